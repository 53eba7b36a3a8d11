import JSONCore
import JSONSchema

/// Validates `data.json` against its JSON Schema without holding its records, so memory stays
/// bounded whatever the number of records.
///
/// The schema constrains a collection's `records` only through `items` (each is a `record`), so
/// validating the document with every `records` array emptied, and then each record on its own
/// against `#/$defs/record`, finds exactly the errors that validating the whole tree finds. The
/// document is walked with ``JSONStructureReader``: the root, `collections`, each collection
/// object, each record and each of its values are stepped through; the rest is parsed whole, at
/// most ``headerValueLimit`` bytes a value outside the records. A container where the schema wants
/// something else (a flat array of a hundred million numbers as the root, an array as a field's
/// value) is stepped over and stands in the tree as an empty one of its kind, which the schema
/// rejects as it would the original, so memory stays that of the largest scalar.
struct DataJSONSchemaWalk {
    /// The whole-document validator and the validator of one record.
    let document: JSONSchemaValidator
    let record: JSONSchemaValidator

    /// The problems found, as (JSON pointer, message), in document order.
    private(set) var problems: [(String, String)] = []
    /// How many problems to keep.
    let limit: Int

    /// The most bytes of one value outside the records (the controller, a collection's
    /// description) that are parsed whole.
    static let headerValueLimit = 1 << 20

    init(document: JSONSchemaValidator, record: JSONSchemaValidator, limit: Int) {
        self.document = document
        self.record = record
        self.limit = limit
    }

    /// Walks the document read by `reader`.
    ///
    /// - Throws: ``JSONSyntaxError`` when the document is not JSON.
    mutating func validate(_ reader: inout JSONStructureReader) throws(JSONSyntaxError) {
        let skeleton = try value(&reader, at: [])
        try reader.expectEnd()
        let found = BundleJSONSchemas.problems(skeleton, against: document)
        // Errors in the skeleton come first in the report; records were checked as they came.
        problems = Array((found + problems).prefix(limit))
    }

    /// The value at `path`, with records replaced by an empty array once they are checked.
    private mutating func value(_ reader: inout JSONStructureReader, at path: [String]) throws(JSONSyntaxError)
        -> JSONValue
    {
        let isCollections = path == ["collections"]
        let isCollection = path.count == 2 && path[0] == "collections"
        let isRecords = path.count == 3 && path[0] == "collections" && path[2] == "records"
        let next = try reader.peek()
        if isRecords && next == UInt8(ascii: "[") {
            try reader.expect(UInt8(ascii: "["))
            var index = 0
            if try reader.consume(UInt8(ascii: "]")) { return .array([]) }
            repeat {
                let element = try recordValue(&reader)
                if problems.count < limit {
                    let pointer = "/" + path.joined(separator: "/") + "/\(index)"
                    for (location, message) in BundleJSONSchemas.problems(element, against: record) {
                        problems.append((pointer + location, message))
                    }
                }
                index += 1
            } while try reader.next(closing: UInt8(ascii: "]"))
            return .array([])
        }
        if (path.isEmpty || isCollection) && next == UInt8(ascii: "{") {
            try reader.expect(UInt8(ascii: "{"))
            var members: [JSONMember] = []
            var keys: Set<String> = []
            if try reader.consume(UInt8(ascii: "}")) { return .object([]) }
            repeat {
                let key = try reader.readKey()
                guard keys.insert(key).inserted else { throw reader.error(.duplicateKey(key)) }
                members.append(JSONMember(key: key, value: try value(&reader, at: path + [key])))
            } while try reader.next(closing: UInt8(ascii: "}"))
            return .object(members)
        }
        if isCollections && next == UInt8(ascii: "[") {
            try reader.expect(UInt8(ascii: "["))
            var elements: [JSONValue] = []
            if try reader.consume(UInt8(ascii: "]")) { return .array([]) }
            repeat {
                elements.append(try value(&reader, at: path + [String(elements.count)]))
            } while try reader.next(closing: UInt8(ascii: "]"))
            return .array(elements)
        }
        if path.isEmpty || isCollections || isCollection || isRecords {
            // Not the container the document's shape has here: stepped over, whatever its size.
            return try Self.scalar(&reader)
        }
        return try reader.readValue(limit: Self.headerValueLimit)
    }

    /// One record: an object of typed values, each an object of scalars. Anything else in those
    /// places is stepped over and replaced by an empty container of its kind.
    private func recordValue(_ reader: inout JSONStructureReader) throws(JSONSyntaxError) -> JSONValue {
        try object(&reader) { (reader: inout JSONStructureReader) throws(JSONSyntaxError) -> JSONValue in
            try object(&reader) { (reader: inout JSONStructureReader) throws(JSONSyntaxError) -> JSONValue in
                try Self.scalar(&reader)
            }
        }
    }

    /// An object whose members `member` reads, or, for anything but an object, what ``scalar(_:)`` reads.
    private func object(
        _ reader: inout JSONStructureReader,
        member: (inout JSONStructureReader) throws(JSONSyntaxError) -> JSONValue
    ) throws(JSONSyntaxError) -> JSONValue {
        guard try reader.peek() == UInt8(ascii: "{") else { return try Self.scalar(&reader) }
        try reader.expect(UInt8(ascii: "{"))
        if try reader.consume(UInt8(ascii: "}")) { return .object([]) }
        var members: [JSONMember] = []
        var keys: Set<String> = []
        repeat {
            let key = try reader.readKey()
            guard keys.insert(key).inserted else { throw reader.error(.duplicateKey(key)) }
            members.append(JSONMember(key: key, value: try member(&reader)))
        } while try reader.next(closing: UInt8(ascii: "}"))
        return .object(members)
    }

    /// A scalar, read whole; a container is stepped over and stands as an empty one.
    private static func scalar(_ reader: inout JSONStructureReader) throws(JSONSyntaxError) -> JSONValue {
        let next = try reader.peek()
        guard next == UInt8(ascii: "[") || next == UInt8(ascii: "{") else { return try reader.readValue() }
        return placeholder(try reader.skipValue()) ?? .null
    }

    /// The empty container of the kind `first` opens (`[` or `{`); `nil` for a scalar's first byte.
    private static func placeholder(_ first: UInt8) -> JSONValue? {
        switch first {
        case UInt8(ascii: "["): .array([])
        case UInt8(ascii: "{"): .object([])
        default: nil
        }
    }
}
