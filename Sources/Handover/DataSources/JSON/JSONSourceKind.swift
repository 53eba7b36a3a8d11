/// The `json` kind (a file holding one array of objects) and the `jsonl` kind (one object per line),
/// each a file with one collection (see ``JSONSource``).
public struct JSONSourceKind: DataSourceKind {
    /// Which of the two layouts this kind reads.
    public let format: JSONSource.Format

    /// Creates the kind for `format`.
    public init(format: JSONSource.Format) {
        self.format = format
    }

    /// `json` or `jsonl`.
    public var name: String {
        switch format {
        case .array: "json"
        case .lines: "jsonl"
        }
    }

    /// A file needs its `path` and holds one collection.
    public func problems(in source: SourceConfiguration, settings: NoSettings) -> [ConfigurationProblem] {
        FileSourceProblems.missingPath(source) + FileSourceProblems.notOneCollection(source)
    }

    /// Opens the file, when first read.
    public func makeSource(_ source: SourceConfiguration, settings: NoSettings, in configuration: Configuration)
        -> any DataSource
    {
        JSONSource(source, file: configuration.resolve(path: source.path ?? ""), format: format)
    }
}
