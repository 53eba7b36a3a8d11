/// One place that holds personal data: a database or a file, and the collections inside it.
public struct SourceConfiguration: Sendable, Decodable, Equatable {
    /// A short unique name, used in bundles and messages (`shop`, `newsletter`).
    public var id: String
    /// The kind of source: `sqlite`, `csv`, `json`, `jsonl`, or a kind a library user registered
    /// (see ``DataSourceKind``).
    public var kind: String
    /// The file to read, relative to the configuration file, for kinds that read a file.
    public var path: String?
    /// The kind's own settings: every other key of the source's mapping (a CSV file's `delimiter`,
    /// `header` and `columns`), decoded and checked by the kind.
    public var settings: SourceSettings
    /// The tables or files inside the source. A file source holds exactly one.
    public var collections: [CollectionConfiguration]
    /// Tables of a database source that hold nothing to export (`ignore: [schema_migrations, sessions]`):
    /// listed so that `handover check` knows them, where any other table no collection names fails
    /// the check as new.
    public var ignoredTables: [String]

    /// Creates a source description.
    public init(
        id: String, kind: String, path: String? = nil, settings: SourceSettings = [:],
        collections: [CollectionConfiguration], ignoredTables: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.path = path
        self.settings = settings
        self.collections = collections
        self.ignoredTables = ignoredTables
    }

    /// The keys every source has; the others are the kind's settings.
    public static let commonKeys = ["id", "kind", "path", "collections", "ignore"]

    /// Decodes the YAML or JSON form; keys other than ``commonKeys`` are kept as ``settings`` for the
    /// kind to check.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        id = try container.decode(String.self, forKey: AnyCodingKey("id"))
        kind = try container.decode(String.self, forKey: AnyCodingKey("kind"))
        path = try container.decodeIfPresent(String.self, forKey: AnyCodingKey("path"))
        collections = try container.decode([CollectionConfiguration].self, forKey: AnyCodingKey("collections"))
        ignoredTables = try container.decodeIfPresent([String].self, forKey: AnyCodingKey("ignore")) ?? []
        settings = SourceSettings(
            try container.allKeys.filter { !Self.commonKeys.contains($0.stringValue) }.map {
                (key: $0.stringValue, value: try container.decode(SourceSettings.Value.self, forKey: $0))
            })
    }
}
