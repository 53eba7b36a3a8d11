/// A field of one collection that holds a key of another collection's records.
///
/// `orders.customer_id → customers.id` makes every order whose `customer_id` equals the `id` of one
/// of the subject's customer records the subject's too. In YAML, under a collection:
///
/// ```yaml
/// references:
///   - field: customer_id
///     to: customers.id            # same source
///   - field: account
///     to: shop/customers.id       # another source: source/collection.field
/// ```
///
/// Keys are compared exactly, as text (`42` in SQLite equals `42` in a CSV file).
public struct ReferenceConfiguration: Sendable, Decodable, Equatable {
    /// The field of this collection that holds the key.
    public var field: String
    /// The source of the referenced collection; `nil` means the same source.
    public var source: String?
    /// The referenced collection.
    public var collection: String
    /// The referenced collection's key field.
    public var key: String

    /// Creates a reference.
    public init(field: String, source: String? = nil, collection: String, key: String) {
        self.field = field
        self.source = source
        self.collection = collection
        self.key = key
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case field, to
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        field = try container.decode(String.self, forKey: .field)
        let target = try container.decode(String.self, forKey: .to)
        var rest = Substring(target)
        if let slash = rest.firstIndex(of: "/") {
            source = String(rest[..<slash])
            rest = rest[rest.index(after: slash)...]
        }
        guard let dot = rest.lastIndex(of: "."), dot != rest.startIndex, rest.index(after: dot) != rest.endIndex,
            source?.isEmpty != true
        else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: container.codingPath + [CodingKeys.to],
                    debugDescription:
                        "'\(target)' is not a reference target; write collection.field or source/collection.field"))
        }
        collection = String(rest[..<dot])
        key = String(rest[rest.index(after: dot)...])
    }
}
