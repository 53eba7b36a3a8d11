/// A kind of data source — `sqlite`, `csv`, `json`, `jsonl`, or one a library user adds — as one
/// type: its name, its settings, its configuration checks and the factory that opens it.
///
/// Register a kind once, in the ``DataSourceRegistry`` given to ``ConfigurationLoader``; the loaded
/// ``Configuration`` carries the registry to checking, exporting and validating. The built-in kinds
/// register through exactly this protocol.
///
/// ## Usage
///
/// ```swift
/// struct TicketAPIKind: DataSourceKind {
///     struct Settings: DataSourceSettings {
///         static let keys = ["url"]
///         var url: String
///     }
///     let name = "ticket-api"
///
///     func makeSource(
///         _ source: SourceConfiguration, settings: Settings, in configuration: Configuration
///     ) throws -> any DataSource {
///         TicketAPISource(source, url: settings.url)
///     }
/// }
///
/// var registry = DataSourceRegistry.standard
/// registry.register(TicketAPIKind())
/// let configuration = try ConfigurationLoader(registry: registry).load(from: configurationFile)
/// ```
public protocol DataSourceKind: Sendable {
    /// The settings this kind reads from a source's mapping.
    associatedtype Settings: DataSourceSettings = NoSettings

    /// The name written as `kind:` in a configuration.
    var name: String { get }

    /// Whether a source of this kind is a database of tables, some of which its `ignore:` may list
    /// (SQLite, PostgreSQL), rather than one collection (a file). The default is `false`: `ignore:`
    /// is then refused.
    var holdsTables: Bool { get }

    /// The problems of one source of this kind that decoding alone does not find: a missing `path`,
    /// a file with more than one collection, settings that contradict each other.
    ///
    /// - Parameters:
    ///   - source: The source, as configured.
    ///   - settings: Its decoded settings.
    /// - Returns: Problems with paths relative to the source's mapping (`.appending("delimiter")`);
    ///   empty when the source is usable. The default returns none.
    func problems(in source: SourceConfiguration, settings: Settings) -> [ConfigurationProblem]

    /// Opens a source of this kind. Called once per export, before anything is read.
    ///
    /// - Parameters:
    ///   - source: The source, as configured and checked.
    ///   - settings: Its decoded settings.
    ///   - configuration: The whole configuration, to resolve relative paths
    ///     (``Configuration/resolve(path:)``).
    /// - Throws: ``HandoverError`` when the source cannot be opened.
    func makeSource(_ source: SourceConfiguration, settings: Settings, in configuration: Configuration) throws
        -> any DataSource
}

extension DataSourceKind {
    /// One collection per source.
    public var holdsTables: Bool { false }

    /// No problems beyond decoding.
    public func problems(in source: SourceConfiguration, settings: Settings) -> [ConfigurationProblem] { [] }
}
