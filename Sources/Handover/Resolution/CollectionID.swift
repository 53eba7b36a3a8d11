/// Names one collection of one source: `shop/customers`.
public struct CollectionID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The source's id.
    public var source: String
    /// The collection's name.
    public var collection: String

    /// Creates an id.
    public init(source: String, collection: String) {
        self.source = source
        self.collection = collection
    }

    /// `source/collection`.
    public var description: String { "\(source)/\(collection)" }

    /// Orders by source, then collection.
    public static func < (lhs: CollectionID, rhs: CollectionID) -> Bool {
        (lhs.source, lhs.collection) < (rhs.source, rhs.collection)
    }
}

/// Names one field of one collection: `shop/customers.id`.
public struct FieldID: Sendable, Hashable, CustomStringConvertible {
    /// The collection.
    public var collection: CollectionID
    /// The field.
    public var field: String

    /// Creates an id.
    public init(_ collection: CollectionID, _ field: String) {
        self.collection = collection
        self.field = field
    }

    /// `source/collection.field`.
    public var description: String { "\(collection).\(field)" }
}

/// An identifier of the subject found in their records, which then took part in matching.
public struct DiscoveredIdentifier: Sendable, Hashable, Codable {
    /// The identity type.
    public var type: String
    /// The normalised value.
    public var value: String
    /// The field it was found in, `source/collection.field`.
    public var via: String

    /// The JSON member names.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case type, value, via
    }

    /// Creates a discovered identifier.
    public init(type: String, value: String, via: String) {
        self.type = type
        self.value = value
        self.via = via
    }

    /// An identifier's type and value, without where it was found.
    struct Key: Hashable {
        var type: String
        var value: String
    }
}
