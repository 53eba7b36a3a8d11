/// One place that holds personal data: a database or a file, and the collections inside it.
public struct SourceConfiguration: Sendable, Decodable, Equatable {
    /// A short unique name, used in bundles and messages (`shop`, `newsletter`).
    public var id: String
    /// The kind of source: `sqlite`, `csv`, `json`, `jsonl`, or a kind a library user registered.
    public var kind: String
    /// The file to read, relative to the configuration file (file and SQLite sources).
    public var path: String?
    /// CSV: the field separator, one character (default `,`; `\t` for tabs).
    public var delimiter: String?
    /// CSV: whether the first record names the columns (default `true`).
    public var header: Bool?
    /// CSV without a header: the column names, in order.
    public var columns: [String]?
    /// Settings for sources registered by library users, passed through unread.
    public var options: [String: String]
    /// The tables or files inside the source. A file source holds exactly one.
    public var collections: [CollectionConfiguration]

    /// Creates a source description.
    public init(
        id: String, kind: String, path: String? = nil, delimiter: String? = nil, header: Bool? = nil,
        columns: [String]? = nil, options: [String: String] = [:], collections: [CollectionConfiguration]
    ) {
        self.id = id
        self.kind = kind
        self.path = path
        self.delimiter = delimiter
        self.header = header
        self.columns = columns
        self.options = options
        self.collections = collections
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, path, delimiter, header, columns, options, collections
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(String.self, forKey: .kind)
        path = try container.decodeIfPresent(String.self, forKey: .path)
        delimiter = try container.decodeIfPresent(String.self, forKey: .delimiter)
        header = try container.decodeIfPresent(Bool.self, forKey: .header)
        columns = try container.decodeIfPresent([String].self, forKey: .columns)
        options = try container.decodeIfPresent([String: String].self, forKey: .options) ?? [:]
        collections = try container.decode([CollectionConfiguration].self, forKey: .collections)
    }
}
