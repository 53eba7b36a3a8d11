/// One record read from a source: its fields in source order, and where it came from.
public struct Record: Sendable, Equatable {
    /// One field of a record.
    public struct Field: Sendable, Equatable {
        /// The field's name in the source (column, header or JSON key).
        public var name: String
        /// The field's value.
        public var value: Value
        /// For a value that is a list in the source (a JSON array, carried in ``value`` as its JSON
        /// text): the text of each of its scalars, nested lists flattened, in order. Identities,
        /// references and discovery compare each of them; `nil` for any other value.
        public var listed: [String]?

        /// Creates a field.
        public init(name: String, value: Value, listed: [String]? = nil) {
            self.name = name
            self.value = value
            self.listed = listed
        }

        /// The texts an identity, reference or discovery compares: each listed scalar, or the value's text.
        public var comparedTexts: [String] {
            listed ?? value.text.map { [$0] } ?? []
        }
    }

    /// The fields, in the order the source holds them.
    public var fields: [Field]
    /// Where the record is, for error messages (`customers.csv:12`, `shop.sqlite: customers rowid 7`).
    public var location: Diagnostic.Location

    /// Creates a record.
    public init(fields: [Field], location: Diagnostic.Location) {
        self.fields = fields
        self.location = location
    }

    /// The value of the field named `name`, if the record has one.
    public subscript(name: String) -> Value? {
        fields.first { $0.name == name }?.value
    }

    /// The texts of the field named `name` that identities, references and discovery compare: one
    /// per scalar of a list (``Field/listed``), else the value's text; empty for a missing field or null.
    public func comparedTexts(of name: String) -> [String] {
        fields.first { $0.name == name }?.comparedTexts ?? []
    }

    /// Roughly how many bytes the record takes in memory: its text (a list's texts too) plus a
    /// per-field overhead.
    var estimatedSize: Int {
        fields.reduce(64) { size, field in
            size + 48 + field.name.utf8.count + (field.value.text?.utf8.count ?? 8)
                + (field.listed?.reduce(0) { $0 + 16 + $1.utf8.count } ?? 0)
        }
    }
}
