/// One record read from a source: its fields in source order, and where it came from.
public struct Record: Sendable, Equatable {
    /// One field of a record.
    public struct Field: Sendable, Equatable {
        /// The field's name in the source (column, header or JSON key).
        public var name: String
        /// The field's value.
        public var value: Value

        /// Creates a field.
        public init(name: String, value: Value) {
            self.name = name
            self.value = value
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

    /// Roughly how many bytes the record takes in memory: its text plus a per-field overhead.
    var estimatedSize: Int {
        fields.reduce(64) { $0 + 48 + $1.name.utf8.count + ($1.value.text?.utf8.count ?? 8) }
    }
}
