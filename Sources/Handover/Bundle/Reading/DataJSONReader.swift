import Foundation
import JSONCore

/// Streams a bundle's `data.json` back as ``BundleDataItem`` values, one record at a time.
///
/// The document is walked with ``JSONStructureReader``: headers and records are parsed whole, the
/// `collections` and `records` arrays are stepped through, so memory holds one record. Unknown
/// members, missing members and values whose JSON type disagrees with their declared type are
/// errors that name the line and JSON pointer. The reader relies on the member order Handover
/// writes (`collections` last at the top; `records` and `recordCount` last in a collection), as
/// `Schemas/README.md` documents.
struct DataJSONReader {
    private var json: JSONStructureReader
    private let entry: String
    private var state = State.start
    private var collectionIndex = -1
    private var recordIndex = -1
    /// Where the last item was read.
    private(set) var position = BundleDataPosition(line: 1, pointer: "")

    private enum State {
        case start, beforeCollection, inRecords, afterRecords, finished
    }

    /// Opens `data.json` at `path`; `entry` names it in errors.
    init(path: String, entry: String = "data.json") throws(HandoverError) {
        self.entry = entry
        do {
            json = try JSONStructureReader(path: path)
        } catch {
            throw HandoverError(.inputMissing, error.description, at: .init(file: entry))
        }
    }

    /// Reads from bytes in memory.
    init(bytes: [UInt8], entry: String = "data.json") {
        self.entry = entry
        json = JSONStructureReader(bytes: bytes)
    }

    /// The next item, or `nil` after the last.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/bundleInvalid``, located by line
    ///   and JSON pointer.
    mutating func next() throws(HandoverError) -> BundleDataItem? {
        do {
            return try step()
        } catch let error as JSONSyntaxError {
            state = .finished
            throw HandoverError(
                .bundleInvalid, "invalid JSON: \(error.explanation)",
                at: .init(file: entry, line: error.line, column: error.column))
        } catch let error as HandoverError {
            state = .finished
            throw error
        } catch {
            state = .finished
            throw HandoverError(.bundleInvalid, "\(error)", at: .init(file: entry, line: json.line))
        }
    }

    private mutating func step() throws -> BundleDataItem? {
        switch state {
        case .start:
            return try readHeader()
        case .beforeCollection:
            if collectionIndex >= 0 {
                guard try json.next(closing: UInt8(ascii: "]")) else {
                    try json.expect(UInt8(ascii: "}"))
                    try json.expectEnd()
                    state = .finished
                    return nil
                }
            } else if try json.consume(UInt8(ascii: "]")) {
                try json.expect(UInt8(ascii: "}"))
                try json.expectEnd()
                state = .finished
                return nil
            }
            collectionIndex += 1
            recordIndex = -1
            return try readCollectionHeader()
        case .inRecords:
            let more =
                recordIndex < 0 ? !(try json.consume(UInt8(ascii: "]"))) : try json.next(closing: UInt8(ascii: "]"))
            guard more else {
                state = .afterRecords
                return try readCollectionEnd()
            }
            recordIndex += 1
            let pointer = "/collections/\(collectionIndex)/records/\(recordIndex)"
            position = BundleDataPosition(line: json.line, pointer: pointer)
            return .record(try Self.record(json.readValue(), at: pointer, line: position.line, entry: entry))
        case .afterRecords, .finished:
            return nil
        }
    }

    private mutating func readHeader() throws -> BundleDataItem {
        try json.expect(UInt8(ascii: "{"))
        var members: [JSONMember] = []
        var memberLines: [String: Int] = [:]
        while true {
            let line = json.line
            let key = try json.readKey()
            guard memberLines[key] == nil else {
                throw failure("the member '\(key)' occurs twice", "/\(key)", line)
            }
            memberLines[key] = line
            if key == "collections" {
                try json.expect(UInt8(ascii: "["))
                break
            }
            members.append(JSONMember(key: key, value: try json.readValue()))
            guard try json.next(closing: UInt8(ascii: "}")) else {
                throw failure("the member 'collections' is missing", "", line)
            }
        }
        let line = memberLines["collections"] ?? 1
        func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
        guard case .string("handover-bundle-data") = member("format") else {
            throw failure("'format' must be \"handover-bundle-data\"", "/format", memberLines["format"] ?? line)
        }
        guard case .number(let version) = member("formatVersion"), version == String(BundleHeader.formatVersion) else {
            throw failure(
                "this Handover reads bundle format version \(BundleHeader.formatVersion); the data declares another or none",
                "/formatVersion", memberLines["formatVersion"] ?? line)
        }
        let content = members.filter { $0.key != "format" && $0.key != "formatVersion" }
        let header = try decode(BundleHeader.content, .object(content), at: "", line: line)
        state = .beforeCollection
        position = BundleDataPosition(line: 1, pointer: "")
        return .header(header)
    }

    private mutating func readCollectionHeader() throws -> BundleDataItem {
        let base = "/collections/\(collectionIndex)"
        let startLine = json.line
        try json.expect(UInt8(ascii: "{"))
        var members: [JSONMember] = []
        while true {
            let line = json.line
            let key = try json.readKey()
            if key == "records" {
                try json.expect(UInt8(ascii: "["))
                break
            }
            guard key != "recordCount" else {
                throw failure("'recordCount' must follow 'records'", "\(base)/\(key)", line)
            }
            members.append(JSONMember(key: key, value: try json.readValue()))
            guard try json.next(closing: UInt8(ascii: "}")) else {
                throw failure("the member 'records' is missing", base, line)
            }
        }
        let header = try decode(CollectionHeader.content, .object(members), at: base, line: startLine)
        position = BundleDataPosition(line: startLine, pointer: base)
        state = .inRecords
        return .collection(header)
    }

    /// Decodes a piece read whole through its shape; errors name the piece's first line.
    private func decode<Model>(_ shape: ContentShape<Model>, _ value: JSONValue, at pointer: String, line: Int)
        throws -> Model
    {
        do {
            return try shape.decode(ContentNode(json: value), at: pointer)
        } catch {
            throw failure(error.message, error.pointer, line)
        }
    }

    private mutating func readCollectionEnd() throws -> BundleDataItem {
        let base = "/collections/\(collectionIndex)"
        var count: Int?
        while try json.next(closing: UInt8(ascii: "}")) {
            let line = json.line
            let key = try json.readKey()
            guard key == "recordCount", count == nil else {
                throw failure(
                    count == nil ? "unknown member '\(key)' after 'records'" : "the member '\(key)' occurs twice",
                    "\(base)/\(key)", line)
            }
            guard case .number(let text) = try json.readValue(), let value = Int(text), value >= 0 else {
                throw failure("'recordCount' must be a whole number of at least 0", "\(base)/recordCount", line)
            }
            count = value
        }
        guard let count else { throw failure("the member 'recordCount' is missing", base, json.line) }
        position = BundleDataPosition(line: json.line, pointer: base)
        state = .beforeCollection
        return .collectionEnd(declaredRecordCount: count)
    }

    private func failure(_ message: String, _ pointer: String, _ line: Int) -> HandoverError {
        HandoverError(
            .bundleInvalid, message, at: .init(file: entry, line: line, field: pointer.isEmpty ? "/" : pointer))
    }

    /// Converts a record object of typed values.
    static func record(_ value: JSONValue, at pointer: String, line: Int, entry: String) throws -> ExportedRecord {
        let document = JSONDocument(entry: entry, line: line)
        guard case .object(let members) = value else { throw document.failure("a record must be an object", pointer) }
        return ExportedRecord(
            fields: try members.map { member in
                Record.Field(
                    name: member.key,
                    value: try document.typedValue(member.value, at: pointer + "/" + Self.escape(member.key)))
            })
    }

    /// Escapes a key for a JSON pointer (RFC 6901).
    static func escape(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
