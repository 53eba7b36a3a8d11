public import Foundation

/// Checks a configuration against its live sources, for CI (`handover check`): every collection
/// and field it names exists, every table column, CSV header and JSON key in the data is described
/// (or marked `ignore` or `secret`), and no field whose name says it holds a credential is exported.
///
/// A new column fails the check — listed by source, collection and field, with a YAML snippet to
/// start from — before it fails an export. Nothing of the data is read but field names (a JSON
/// file is read to its end to collect its keys); the report never holds a value.
public struct LiveSourceCheck: Sendable {
    /// The loader whose rules and source kinds apply.
    public var loader: ConfigurationLoader

    /// Creates a check.
    public init(loader: ConfigurationLoader = ConfigurationLoader()) {
        self.loader = loader
    }

    /// Names that mark a field as a credential (matched in the lowercased name).
    static let secretWords = [
        "password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "hash", "salt", "otp",
    ]

    /// Checks the configuration at `url` and its sources.
    ///
    /// - Parameters:
    ///   - url: The configuration file.
    ///   - name: How to name the file in diagnostics (default: the path as given).
    /// - Returns: The report: the configuration's own problems (as `validate --config` finds them),
    ///   then the sources'; ``ValidationReport/inputUnusable`` when the file cannot be read.
    public func check(configurationAt url: URL, name: String? = nil) async -> ValidationReport {
        let file = name ?? url.relativePath
        var (report, loaded) = ConfigurationValidator(loader: loader).validated(configurationAt: url, name: file)
        guard let configuration = loaded else { return report }
        report.checks.append("sources")
        var found: [Diagnostic] = []
        for source in configuration.sources {
            let opened: any DataSource
            do {
                opened = try configuration.registry.makeSource(source, in: configuration)
            } catch {
                found.append(Self.diagnostic(error, file: file, source: source.id))
                continue
            }
            found += await tableDiagnostics(of: source, opened: opened, file: file)
            for collection in source.collections {
                let place = "\(source.id)/\(collection.name)"
                let names: [String]
                do {
                    guard let surveyed = try await opened.surveyFieldNames(of: collection) else { continue }
                    names = surveyed
                } catch {
                    found.append(Self.diagnostic(error, file: file, source: place))
                    continue
                }
                let location = Diagnostic.Location(file: file, field: "\(place)")
                let undescribed = names.filter { collection.fields[$0] == nil }
                if !undescribed.isEmpty {
                    let snippet = undescribed.map {
                        "\(Self.yamlKey($0)): { category: <fideslang category>, provenance: <provided|observed|derived|inferred> }"
                    }
                    found.append(
                        Diagnostic(
                            .error, .fieldUndescribed,
                            "\(place) holds fields the configuration does not describe: "
                                + undescribed.joined(separator: ", "),
                            at: location,
                            hint: "Add under its 'fields:' (or mark each 'ignore' or 'secret'): "
                                + snippet.joined(separator: "; ")))
                }
                let present = Set(names)
                for field in collection.fields.keys.sorted() where !present.contains(field) {
                    found.append(
                        Diagnostic(
                            .error, .fieldMissing,
                            "\(place) describes the field '\(field)', which the data does not hold",
                            at: .init(file: file, field: "\(place).\(field)"),
                            hint: "Remove it from the configuration, or check the collection's table or file"))
                }
                for (field, configuration) in collection.fields.sorted(by: { $0.key < $1.key })
                where configuration.disposition == .export && Self.looksSecret(field) {
                    found.append(
                        Diagnostic(
                            .error, .secretExported,
                            "\(place): the field '\(field)' looks like a credential but is exported",
                            at: .init(file: file, field: "\(place).\(field)"),
                            hint: "Mark it 'secret' (never exported); a field so named that holds no credential is "
                                + "better renamed in the source, or marked 'ignore'"))
                }
            }
        }
        report.diagnostics += found
        report.diagnosticsByCheck["sources"] = found
        return report
    }

    /// The tables of a database source that no collection names and `ignore` does not list, and the
    /// names `ignore` lists that the source does not hold.
    private func tableDiagnostics(of source: SourceConfiguration, opened: any DataSource, file: String) async
        -> [Diagnostic]
    {
        let listed: [String]?
        do {
            listed = try await (opened as? any SchemaSurveying)?.surveyCollectionNames()
        } catch {
            return [Self.diagnostic(error, file: file, source: source.id)]
        }
        // A file is one collection (its kind refuses `ignore` when the configuration loads).
        guard let tables = listed else { return [] }
        let location = Diagnostic.Location(file: file, field: "\(source.id).ignore")
        let described = source.collections.map { $0.table ?? $0.name }
        let known = Set((described + source.ignoredTables).compactMap { Self.surveyedName(of: $0, in: tables) })
        var found: [Diagnostic] = []
        let undescribed = tables.filter { !known.contains($0) }
        if !undescribed.isEmpty {
            found.append(
                Diagnostic(
                    .error, .tableUndescribed,
                    "\(source.id) holds tables no collection describes: " + undescribed.joined(separator: ", "),
                    at: .init(file: file, field: source.id),
                    hint: "Describe each as a collection (handover init drafts one), or list it under the source: "
                        + "ignore: [\(undescribed.map(Self.yamlKey).joined(separator: ", "))]"))
        }
        for table in source.ignoredTables where Self.surveyedName(of: table, in: tables) == nil {
            found.append(
                Diagnostic(
                    .error, .tableMissing, "\(source.id) ignores the table '\(table)', which the source does not hold",
                    at: location, hint: "Remove it from 'ignore', or check its name"))
        }
        return found
    }

    /// The surveyed table a configured name reads: the same name, or else the bare name the search
    /// path sees for a schema-qualified one (`public.customers` reads the survey's `customers`).
    static func surveyedName(of configured: String, in surveyed: [String]) -> String? {
        if surveyed.contains(configured) { return configured }
        guard let dot = configured.lastIndex(of: ".") else { return nil }
        let bare = String(configured[configured.index(after: dot)...])
        return surveyed.contains(bare) ? bare : nil
    }

    /// Whether one of the words of `name` (split at `_`, `-`, `.`, spaces and lower-to-upper case
    /// changes) is a credential word: `password_hash`, `apiToken`, `reset-token`, not `tokenizer`.
    static func looksSecret(_ name: String) -> Bool {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            if !(character.isLetter || character.isNumber) {
                words.append(current)
                current = ""
            } else if character.isUppercase && previousWasLower {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previousWasLower = character.isLowercase
        }
        words.append(current)
        let lowered = words.map { $0.lowercased() }
        let joined = zip(lowered, lowered.dropFirst()).map { $0 + "_" + $1 }
        return !Set(secretWords).isDisjoint(with: lowered + joined)
    }

    /// `name` as a YAML key, quoted when it is not plain.
    static func yamlKey(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } ? name : "\"\(name)\""
    }

    private static func diagnostic(_ error: any Error, file: String, source: String) -> Diagnostic {
        if let error = error as? HandoverError {
            var diagnostic = error.diagnostics.first ?? Diagnostic(.error, error.code, error.message)
            if diagnostic.location.file == nil { diagnostic.location.file = file }
            diagnostic.message = "\(source): " + diagnostic.message
            return diagnostic
        }
        return Diagnostic(.error, .inputUnreadable, "\(source): \(type(of: error))", at: .init(file: file))
    }
}
