/// The `sqlite` kind: a database file whose tables are the collections (see ``SQLiteSource``).
public struct SQLiteSourceKind: DataSourceKind {
    /// Creates the kind.
    public init() {}

    /// `sqlite`.
    public var name: String { "sqlite" }

    /// A database of tables: `ignore:` may list the ones that hold nothing to export.
    public var holdsTables: Bool { true }

    /// A database needs its `path`.
    public func problems(in source: SourceConfiguration, settings: NoSettings) -> [ConfigurationProblem] {
        FileSourceProblems.missingPath(source)
    }

    /// Opens the database read-only, when first read.
    public func makeSource(_ source: SourceConfiguration, settings: NoSettings, in configuration: Configuration)
        -> any DataSource
    {
        SQLiteSource(source, file: configuration.resolve(path: source.path ?? ""))
    }
}
