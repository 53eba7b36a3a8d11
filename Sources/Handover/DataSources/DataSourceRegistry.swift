import Foundation

/// The source kinds a configuration may use, by name: given once to ``ConfigurationLoader``, and
/// carried by the loaded ``Configuration`` to checking, exporting and validating.
///
/// ``standard`` holds `sqlite`, `csv`, `json` and `jsonl`. A library user adds a kind:
///
/// ```swift
/// var registry = DataSourceRegistry.standard
/// registry.register(TicketAPIKind())
/// let configuration = try ConfigurationLoader(registry: registry).load(from: configurationFile)
/// let summary = try await Exporter(configuration: configuration).export(request, to: bundleFile)
/// ```
public struct DataSourceRegistry: Sendable {
    /// One registered kind, with its settings type erased.
    private struct Entry: Sendable {
        var settingKeys: [String]
        var holdsTables: Bool
        var problems: @Sendable (SourceConfiguration) -> [ConfigurationProblem]
        var make: @Sendable (SourceConfiguration, Configuration) throws -> any DataSource
    }

    /// Why a source's settings cannot be decoded.
    private struct Unusable: Error {
        var problems: [ConfigurationProblem]
    }

    private var entries: [String: Entry] = [:]

    /// A registry with no kinds.
    public init() {}

    /// The registry of built-in kinds: `sqlite`, `csv`, `json`, `jsonl`.
    public static let standard: DataSourceRegistry = {
        var registry = DataSourceRegistry()
        registry.register(SQLiteSourceKind())
        registry.register(CSVSourceKind())
        registry.register(JSONSourceKind(format: .array))
        registry.register(JSONSourceKind(format: .lines))
        registry.register(PostgreSQLSourceKind())
        return registry
    }()

    /// The names of the kinds this registry can build.
    public var kinds: Set<String> { Set(entries.keys) }

    /// The settings a kind reads (``DataSourceSettings/keys``), or `nil` for an unknown kind.
    public func settingKeys(of kind: String) -> [String]? {
        entries[kind]?.settingKeys
    }

    /// Every key a source of `kind` may have: ``SourceConfiguration/commonKeys`` (without `ignore`
    /// unless the kind ``DataSourceKind/holdsTables``) and its settings; `nil` for an unknown kind.
    public func sourceKeys(of kind: String) -> [String]? {
        entries[kind].map { entry in
            SourceConfiguration.commonKeys.filter { entry.holdsTables || $0 != "ignore" } + entry.settingKeys
        }
    }

    /// Adds `kind`, replacing a kind registered under the same name.
    public mutating func register<Kind: DataSourceKind>(_ kind: Kind) {
        entries[kind.name] = Entry(
            settingKeys: Kind.Settings.keys,
            holdsTables: kind.holdsTables,
            problems: { source in
                let ignoring =
                    kind.holdsTables || source.ignoredTables.isEmpty
                    ? []
                    : [
                        ConfigurationProblem(
                            at: ConfigurationPath().appending("ignore"),
                            "a \(source.kind) source is one collection, so it has no tables to ignore",
                            hint: "Remove 'ignore'; mark single fields 'ignore' instead")
                    ]
                switch Self.settings(of: source, as: Kind.Settings.self) {
                case .success(let settings): return ignoring + kind.problems(in: source, settings: settings)
                case .failure(let unusable): return ignoring + unusable.problems
                }
            },
            make: { source, configuration in
                switch Self.settings(of: source, as: Kind.Settings.self) {
                case .success(let settings): return try kind.makeSource(source, settings: settings, in: configuration)
                case .failure(let unusable):
                    throw HandoverError(
                        unusable.problems.map {
                            Diagnostic(
                                .error, .configurationInvalid, "source '\(source.id)', \($0.path): \($0.message)",
                                at: .init(file: configuration.file?.path), hint: $0.hint)
                        })
                }
            })
    }

    /// The problems of one source: an unknown kind, settings the kind does not read or cannot
    /// decode, and the kind's own checks.
    ///
    /// - Parameter source: The source, as configured.
    /// - Returns: Problems with paths relative to the source's mapping.
    public func problems(in source: SourceConfiguration) -> [ConfigurationProblem] {
        guard let entry = entries[source.kind] else {
            return [
                ConfigurationProblem(
                    at: ConfigurationPath().appending("kind"), "'\(source.kind)' is not a known source kind",
                    hint: "Use one of: \(kinds.sorted().joined(separator: ", "))")
            ]
        }
        return entry.problems(source)
    }

    /// Opens the source a configuration describes.
    ///
    /// - Throws: ``HandoverError`` when the kind is unknown, its settings are unusable, or the kind
    ///   cannot open the source.
    public func makeSource(_ source: SourceConfiguration, in configuration: Configuration) throws -> any DataSource {
        guard let entry = entries[source.kind] else {
            throw HandoverError(
                .configurationInvalid, "source '\(source.id)' has the unknown kind '\(source.kind)'",
                hint: "Use one of: \(kinds.sorted().joined(separator: ", "))")
        }
        return try entry.make(source, configuration)
    }

    /// Decodes a source's settings, or says which keys are unknown and what does not decode.
    private static func settings<Settings: DataSourceSettings>(
        of source: SourceConfiguration, as type: Settings.Type
    ) -> Result<Settings, Unusable> {
        let unknown = source.settings.keys.filter { !Settings.keys.contains($0) }
        if !unknown.isEmpty {
            let allowed = SourceConfiguration.commonKeys.filter { $0 != "ignore" } + Settings.keys
            return .failure(
                Unusable(
                    problems: unknown.map {
                        ConfigurationProblem(
                            at: ConfigurationPath().appending($0),
                            "'\($0)' is not a setting of a \(source.kind) source",
                            hint: "Use one of: \(allowed.joined(separator: ", "))")
                    }))
        }
        do {
            return .success(try source.settings.decode(type))
        } catch let error as DecodingError {
            return .failure(Unusable(problems: [ConfigurationProblem(error, under: ConfigurationPath())]))
        } catch {
            return .failure(Unusable(problems: [ConfigurationProblem(at: ConfigurationPath(), "\(error)")]))
        }
    }
}
