public import Foundation

/// Drafts a configuration from live sources, for `handover init`: surveys every table, column,
/// header and JSON key, guesses categories, identities, references and secrets from names and the
/// shapes of sampled values, and marks every guess for review.
///
/// ```swift
/// let draft = try await ConfigurationDrafter(defaultCountry: "NL")
///     .draft([.path(URL(fileURLWithPath: "Examples/quickstart"))], relativeTo: configurationFolder)
/// try draft.yaml.write(to: configurationFile, atomically: true, encoding: .utf8)
/// ```
///
/// Guesses are conservative where a wrong guess would put another person's data in a bundle: a
/// field is an identity only when its name says so (`email`, `billing_email`, `phone`), e-mail
/// addresses or phone numbers in a field whose name does not are withheld as other people's
/// (`third_party: redact`), and credential-like names are `secret`. No value from the data is
/// written into the draft.
public struct ConfigurationDrafter: Sendable {
    /// What to survey.
    public enum Input: Sendable, Equatable {
        /// An SQLite file, a CSV, JSON or JSON Lines file, or a folder of such files (not recursive).
        case path(URL)
        /// A PostgreSQL database: a libpq URL (or `nil` for the `PG*` variables), and the
        /// environment variable holding the password, when there is one.
        case postgreSQL(url: String?, passwordEnv: String?)
    }

    /// The most records whose values are profiled per collection.
    public var sampleLimit: Int
    /// The country of national phone numbers (`NL`), for the `phone` identity type.
    public var defaultCountry: String?

    /// Creates a drafter.
    public init(sampleLimit: Int = 1000, defaultCountry: String? = nil) {
        self.sampleLimit = sampleLimit
        self.defaultCountry = defaultCountry
    }

    /// A surveyed source, before guessing.
    struct Surveyed {
        var id: String
        var kind: String
        var settings: [(key: String, value: String)]
        var collections: [SurveyedCollection]
    }

    /// Drafts a configuration for `inputs`.
    ///
    /// - Parameters:
    ///   - inputs: What to survey.
    ///   - base: The folder the configuration will be written to: file paths are written relative to it.
    /// - Returns: The draft.
    /// - Throws: ``HandoverError`` when an input cannot be read, or holds nothing to draft from.
    public func draft(_ inputs: [Input], relativeTo base: URL) async throws -> ConfigurationDraft {
        var surveyed: [Surveyed] = []
        var notes: [String] = []
        var ids: Set<String> = []
        func uniqueID(_ wanted: String) -> String {
            var id = wanted
            var number = 2
            while !ids.insert(id).inserted {
                id = "\(wanted)_\(number)"
                number += 1
            }
            return id
        }
        for input in inputs {
            switch input {
            case .postgreSQL(let url, let passwordEnv):
                var settings: [(key: String, value: String)] = []
                if let url { settings.append(("url", url)) }
                if let passwordEnv { settings.append(("password_env", passwordEnv)) }
                let id = uniqueID(Self.sourceID(fromDatabaseURL: url))
                let configuration = SourceConfiguration(id: id, kind: "postgresql", collections: [])
                let source = PostgreSQLSource(
                    configuration, settings: .init(url: url, passwordEnv: passwordEnv, passwordFile: nil),
                    passwordFile: nil)
                surveyed.append(
                    Surveyed(
                        id: id, kind: "postgresql", settings: settings,
                        collections: try await source.surveyCollections(sampleLimit: sampleLimit)))
            case .path(let url):
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                    throw HandoverError(
                        .inputMissing, "there is no file or folder here", at: .init(file: url.relativePath),
                        hint: "Name an SQLite, CSV, JSON or JSON Lines file, or a folder holding them")
                }
                let files: [URL]
                if isFolder.boolValue {
                    files = try FileManager.default.contentsOfDirectory(
                        at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
                    ).sorted { $0.lastPathComponent < $1.lastPathComponent }
                } else {
                    files = [url]
                }
                var skipped: [String] = []
                for file in files {
                    guard let kind = Self.kind(ofFile: file) else {
                        if isFolder.boolValue {
                            skipped.append(file.lastPathComponent)
                            continue
                        }
                        throw HandoverError(
                            .inputUnreadable, "not an SQLite, CSV, JSON or JSON Lines file",
                            at: .init(file: file.relativePath),
                            hint: "Name files ending in .sqlite/.db, .csv/.tsv, .json or .jsonl/.ndjson")
                    }
                    let id = uniqueID(Self.identifier(file.deletingPathExtension().lastPathComponent))
                    surveyed.append(try await survey(file: file, kind: kind, id: id, base: base))
                }
                if !skipped.isEmpty {
                    notes.append(
                        "not read (not SQLite, CSV, JSON or JSON Lines): " + skipped.joined(separator: ", "))
                }
            }
        }
        guard !surveyed.isEmpty else {
            throw HandoverError(
                .inputMissing, "nothing to draft from: no SQLite, CSV, JSON or JSON Lines file was found",
                hint: "Name the files or folders that hold the data, or a PostgreSQL database with --postgresql")
        }
        var draft = DraftLinker(surveyed: surveyed, defaultCountry: defaultCountry).link()
        draft.review = notes + draft.review
        guard !draft.sources.isEmpty else {
            throw HandoverError(
                .dataInvalid, "no table or file has a field that links its records to a person",
                hint: "Handover finds records by identity fields (e-mail, phone: by name) and references "
                    + "(<name>_id fields, foreign keys); write the configuration by hand for data named otherwise")
        }
        return draft
    }

    /// Surveys one file as the source `id`.
    static func survey(file: URL, id: String, base: URL, sampleLimit: Int = 1000) async throws -> Surveyed {
        guard let kind = kind(ofFile: file) else {
            throw HandoverError(
                .inputUnreadable, "not an SQLite, CSV, JSON or JSON Lines file", at: .init(file: file.relativePath),
                hint: "Name files ending in .sqlite/.db, .csv/.tsv, .json or .jsonl/.ndjson")
        }
        return try await ConfigurationDrafter(sampleLimit: sampleLimit).survey(
            file: file, kind: kind, id: id, base: base)
    }

    private func survey(file: URL, kind: String, id: String, base: URL) async throws -> Surveyed {
        let path = Self.relativePath(of: file, from: base)
        var settings: [(key: String, value: String)] = [("path", path)]
        let configuration = SourceConfiguration(
            id: id, kind: kind, path: path,
            collections: [
                CollectionConfiguration(
                    name: id, identities: [:], purposes: [], legalBasis: .contract,
                    retention: Retention(description: ""), fields: [:])
            ])
        let source: any SchemaSurveying
        switch kind {
        case "sqlite": source = SQLiteSource(configuration, file: file)
        case "csv":
            let tab = file.pathExtension.lowercased() == "tsv"
            if tab { settings.append(("delimiter", "\t")) }
            source = try CSVSource(
                configuration, settings: .init(delimiter: tab ? "\t" : ","), file: file)
        case "json": source = JSONSource(configuration, file: file, format: .array)
        default: source = JSONSource(configuration, file: file, format: .lines)
        }
        return Surveyed(
            id: id, kind: kind, settings: settings,
            collections: try await source.surveyCollections(sampleLimit: sampleLimit))
    }

    /// The kind a file is read as (`sqlite`, `csv`, `json`, `jsonl`), by its extension or, for
    /// SQLite, its first bytes; `nil` for other files and for what is not a regular file.
    public static func kind(ofFile file: URL) -> String? {
        guard (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { return nil }
        switch file.pathExtension.lowercased() {
        case "sqlite", "sqlite3", "db": return "sqlite"
        case "csv", "tsv": return "csv"
        case "json": return "json"
        case "jsonl", "ndjson": return "jsonl"
        default:
            guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
            defer { try? handle.close() }
            let head = (try? handle.read(upToCount: 16)) ?? Data()
            return head == Data("SQLite format 3\0".utf8) ? "sqlite" : nil
        }
    }

    /// `name` as an id: lowercase letters, digits and `_`.
    static func identifier(_ name: String) -> String {
        let mapped = String(name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
        let trimmed = mapped.split(separator: "_", omittingEmptySubsequences: true).joined(separator: "_")
        return trimmed.isEmpty ? "source" : trimmed
    }

    /// A source id from a database URL's last path part (`postgresql://host/shop` → `shop`).
    static func sourceID(fromDatabaseURL url: String?) -> String {
        guard let url, let components = URLComponents(string: url) else { return "database" }
        let name = components.path.split(separator: "/").last.map(String.init) ?? ""
        return name.isEmpty ? "database" : identifier(name)
    }

    /// `file`'s path relative to `base` (with `..` where needed), or absolute when they share no folder.
    public static func relativePath(of file: URL, from base: URL) -> String {
        let filePath = file.standardizedFileURL.path
        let basePath = base.standardizedFileURL.path
        let prefix = basePath.hasSuffix("/") ? basePath : basePath + "/"
        if filePath.hasPrefix(prefix) { return String(filePath.dropFirst(prefix.count)) }
        let fileParts = filePath.split(separator: "/")
        let baseParts = basePath.split(separator: "/")
        let common = zip(fileParts, baseParts).prefix { $0 == $1 }.count
        guard common > 0 else { return filePath }
        return (Array(repeating: "..", count: baseParts.count - common) + fileParts[common...].map(String.init))
            .joined(separator: "/")
    }
}
