internal import Yams

/// The settings of one source that belong to its kind: every key of the source's mapping other than
/// `id`, `kind`, `path`, `collections` and `ignore`, kept as written until the kind decodes them.
///
/// A CSV source's `delimiter`, `header` and `columns` are settings; so are the keys a library user's
/// kind reads (`url`, `table_prefix`). The kind decodes them into its own ``DataSourceKind/Settings``
/// type, which refuses keys it does not know, so a misspelt setting is an error with its line.
///
/// ## Usage
///
/// ```swift
/// let settings: SourceSettings = ["delimiter": ";", "header": false, "columns": ["id", "email"]]
/// ```
public struct SourceSettings: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// One setting's value, as written in the configuration.
    public indirect enum Value: Sendable, Equatable, Decodable, ExpressibleByStringLiteral,
        ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral
    {
        /// A scalar: text, a number or a boolean, as its text (`;`, `42`, `true`).
        case scalar(String)
        /// A list.
        case list([Value])
        /// A mapping, in document order.
        case mapping([(key: String, value: Value)])
        /// An empty value (`delimiter:` with nothing after it, or `null`).
        case null

        /// Creates a scalar from text.
        public init(stringLiteral value: String) { self = .scalar(value) }
        /// Creates a scalar from a boolean.
        public init(booleanLiteral value: Bool) { self = .scalar(value ? "true" : "false") }
        /// Creates a scalar from a whole number.
        public init(integerLiteral value: Int) { self = .scalar(String(value)) }
        /// Creates a list.
        public init(arrayLiteral elements: Value...) { self = .list(elements) }

        /// Decodes any YAML or JSON value.
        public init(from decoder: any Decoder) throws {
            if let mapping = try? decoder.container(keyedBy: AnyCodingKey.self) {
                // A mapping decoded as such keeps its keys; Yams lists them in document order.
                self = .mapping(
                    try mapping.allKeys.map { ($0.stringValue, try mapping.decode(Value.self, forKey: $0)) })
                return
            }
            if var list = try? decoder.unkeyedContainer() {
                var values: [Value] = []
                while !list.isAtEnd { values.append(try list.decode(Value.self)) }
                self = .list(values)
                return
            }
            let scalar = try decoder.singleValueContainer()
            self = scalar.decodeNil() ? .null : .scalar(try scalar.decode(String.self))
        }

        /// Values are equal when they are of the same case with equal contents, mappings in the same order.
        public static func == (lhs: Value, rhs: Value) -> Bool {
            switch (lhs, rhs) {
            case (.scalar(let a), .scalar(let b)): a == b
            case (.list(let a), .list(let b)): a == b
            case (.mapping(let a), .mapping(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
            case (.null, .null): true
            default: false
            }
        }

        /// The YAML node this value was read from, for decoding with the configuration's own rules.
        var node: Node {
            switch self {
            case .scalar(let text): Node(text)
            case .list(let values): Node(values.map(\.node))
            case .mapping(let pairs): Node(pairs.map { (Node($0.key), $0.value.node) })
            case .null: Node("null", Tag(.null))
            }
        }
    }

    /// The settings in document order.
    public private(set) var entries: [(key: String, value: Value)]

    /// Creates settings from keys and values, in order.
    public init(_ entries: [(key: String, value: Value)] = []) {
        self.entries = entries
    }

    /// Creates settings from a literal.
    public init(dictionaryLiteral elements: (String, Value)...) {
        entries = elements.map { (key: $0.0, value: $0.1) }
    }

    /// The setting names, in document order.
    public var keys: [String] { entries.map(\.key) }

    /// Whether no setting is given.
    public var isEmpty: Bool { entries.isEmpty }

    /// The value of a setting, when given.
    public subscript(key: String) -> Value? {
        entries.first { $0.key == key }?.value
    }

    /// Decodes the settings into a kind's settings type, with the configuration's decoding rules
    /// (YAML scalars: `true`, `42`, `"text"`).
    ///
    /// - Throws: `DecodingError` with a coding path relative to the source's mapping.
    public func decode<Settings: Decodable>(_ type: Settings.Type) throws -> Settings {
        try YAMLDecoder().decode(type, from: Value.mapping(entries).node)
    }

    /// Settings are equal when they hold the same keys and values in the same order.
    public static func == (lhs: SourceSettings, rhs: SourceSettings) -> Bool {
        Value.mapping(lhs.entries) == Value.mapping(rhs.entries)
    }
}
