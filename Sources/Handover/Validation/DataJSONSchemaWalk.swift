import JSONCore
import JSONSchema

/// Validates `data.json` against its JSON Schema without holding its records, so memory stays
/// bounded whatever the number of records.
///
/// The schema constrains a collection's `records` only through `items` (each is a `record`), so
/// validating the document with every `records` array emptied, and then each record on its own
/// against `#/$defs/record`, finds exactly the errors that validating the whole tree finds. The
/// document is walked with ``JSONStructureReader``: the root, `collections` and each collection
/// object are stepped through, everything else (and each record) is parsed whole.
struct DataJSONSchemaWalk {
    /// The whole-document validator and the validator of one record.
    let document: JSONSchemaValidator
    let record: JSONSchemaValidator

    /// The problems found, as (JSON pointer, message), in document order.
    private(set) var problems: [(String, String)] = []
    /// How many problems to keep.
    let limit: Int

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
                let element = try reader.readValue()
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
        return try reader.readValue()
    }
}
