/// The `csv` kind: one RFC 4180 file holding one collection (see ``CSVSource``).
public struct CSVSourceKind: DataSourceKind {
    /// How the file is laid out.
    public struct Settings: DataSourceSettings, Equatable {
        /// `delimiter`, `header` and `columns`.
        public static let keys = ["delimiter", "header", "columns"]

        /// The field separator, one ASCII character other than a quote or line break (default `,`;
        /// `\t` for tabs).
        public var delimiter: String?
        /// Whether the first record names the columns (default `true`).
        public var header: Bool?
        /// Without a header: the column names, in file order.
        public var columns: [String]?

        /// Creates settings; `nil` means the default.
        public init(delimiter: String? = nil, header: Bool? = nil, columns: [String]? = nil) {
            self.delimiter = delimiter
            self.header = header
            self.columns = columns
        }

        /// The delimiter as a byte, or `nil` when it is not one usable ASCII character.
        public var delimiterByte: UInt8? {
            let text = delimiter ?? ","
            if text == "\\t" || text == "\t" { return 0x09 }
            guard text.utf8.count == 1, let byte = text.utf8.first, byte < 0x80,
                byte != UInt8(ascii: "\""), byte != 0x0A, byte != 0x0D
            else { return nil }
            return byte
        }
    }

    /// Creates the kind.
    public init() {}

    /// `csv`.
    public var name: String { "csv" }

    /// A file needs its `path`, holds one collection, has a usable delimiter, and without a header
    /// lists its columns.
    public func problems(in source: SourceConfiguration, settings: Settings) -> [ConfigurationProblem] {
        var problems = FileSourceProblems.missingPath(source) + FileSourceProblems.notOneCollection(source)
        if settings.delimiterByte == nil {
            problems.append(
                ConfigurationProblem(
                    at: ConfigurationPath().appending("delimiter"),
                    "the delimiter must be one ASCII character other than a quote or newline",
                    hint: "Write ',' ';' '|' or '\\t'"))
        }
        if settings.header == false && (settings.columns ?? []).isEmpty {
            problems.append(
                ConfigurationProblem(
                    at: ConfigurationPath().appending("columns"), "a CSV file without a header needs 'columns'",
                    hint: "List the column names in file order"))
        }
        return problems
    }

    /// Opens the file, when first read.
    public func makeSource(_ source: SourceConfiguration, settings: Settings, in configuration: Configuration) throws
        -> any DataSource
    {
        try CSVSource(source, settings: settings, file: configuration.resolve(path: source.path ?? ""))
    }
}
