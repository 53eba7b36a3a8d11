import Foundation

/// Builds data sources from their configuration, by kind.
///
/// ``standard`` knows `sqlite`, `csv`, `json` and `jsonl`. A library user adds a kind:
///
/// ```swift
/// var registry = DataSourceRegistry.standard
/// registry.register("rest") { source, configuration in
///     try RESTSource(source, baseURL: source.options["url"])
/// }
/// let exporter = Exporter(configuration: configuration, registry: registry)
/// ```
public struct DataSourceRegistry: Sendable {
    /// Builds a source from its configuration and the whole configuration (for path resolution).
    public typealias Factory = @Sendable (SourceConfiguration, Configuration) throws -> any DataSource

    private var factories: [String: Factory]

    /// A registry with no kinds.
    public init() {
        factories = [:]
    }

    /// The registry of built-in kinds: `sqlite`, `csv`, `json`, `jsonl`.
    public static let standard: DataSourceRegistry = {
        var registry = DataSourceRegistry()
        registry.register("sqlite") { source, configuration in
            SQLiteSource(source, file: configuration.resolve(path: source.path ?? ""))
        }
        registry.register("csv") { source, configuration in
            try CSVSource(source, file: configuration.resolve(path: source.path ?? ""))
        }
        registry.register("json") { source, configuration in
            JSONSource(source, file: configuration.resolve(path: source.path ?? ""), format: .array)
        }
        registry.register("jsonl") { source, configuration in
            JSONSource(source, file: configuration.resolve(path: source.path ?? ""), format: .lines)
        }
        return registry
    }()

    /// The kinds this registry can build.
    public var kinds: Set<String> { Set(factories.keys) }

    /// Adds or replaces the factory for `kind`.
    public mutating func register(_ kind: String, factory: @escaping Factory) {
        factories[kind] = factory
    }

    /// Builds the source a configuration describes.
    ///
    /// - Throws: ``HandoverError`` when the kind is unknown or the factory fails.
    public func makeSource(_ source: SourceConfiguration, in configuration: Configuration) throws -> any DataSource {
        guard let factory = factories[source.kind] else {
            throw HandoverError(
                .configurationInvalid, "source '\(source.id)' has the unknown kind '\(source.kind)'",
                hint: "Use one of: \(kinds.sorted().joined(separator: ", "))")
        }
        return try factory(source, configuration)
    }
}
