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
        var members: [String: JSONValue] = [:]
        var memberLines: [String: Int] = [:]
        while true {
            let line = json.line
            let key = try json.readKey()
            guard members[key] == nil, memberLines[key] == nil else {
                throw failure("the member '\(key)' occurs twice", "/\(key)", line)
            }
            if key == "collections" {
                memberLines[key] = line
                try json.expect(UInt8(ascii: "["))
                break
            }
            guard ["format", "formatVersion", "scope", "controller", "subject"].contains(key) else {
                throw failure("unknown member '\(key)'", "/\(key)", line)
            }
            members[key] = try json.readValue()
            memberLines[key] = line
            guard try json.next(closing: UInt8(ascii: "}")) else {
                throw failure("the member 'collections' is missing", "", line)
            }
        }
        let line = memberLines["collections"] ?? 1
        let document = JSONDocument(entry: entry, line: line)
        guard case .string("handover-bundle-data") = members["format"] else {
            throw failure("'format' must be \"handover-bundle-data\"", "/format", memberLines["format"] ?? line)
        }
        guard case .number(let version) = members["formatVersion"], version == String(BundleHeader.formatVersion) else {
            throw failure(
                "this Handover reads bundle format version \(BundleHeader.formatVersion); the data declares another or none",
                "/formatVersion", memberLines["formatVersion"] ?? line)
        }
        let scope = try document.decode(members["scope"], at: "/scope") { (value, pointer) throws -> ExportScope in
            let text = try document.string(value, at: pointer)
            guard let scope = ExportScope(rawValue: text) else {
                throw document.failure("'\(text)' is not a known scope", pointer)
            }
            return scope
        }
        let controller = try document.decode(members["controller"], at: "/controller", document.controller)
        let (identifiers, discovered) = try document.decode(members["subject"], at: "/subject") {
            (value, pointer) throws -> ([SubjectIdentifier], [DiscoveredIdentifier]) in
            let subject = try document.object(value, at: pointer, required: ["identifiers"], optional: ["discovered"])
            let identifiers = try document.array(subject["identifiers"], at: pointer + "/identifiers").enumerated().map
            {
                let identifier = try document.object(
                    $1, at: "\(pointer)/identifiers/\($0)", required: ["type", "value"], optional: [])
                return SubjectIdentifier(
                    type: try document.string(identifier["type"], at: "\(pointer)/identifiers/\($0)/type"),
                    value: try document.string(identifier["value"], at: "\(pointer)/identifiers/\($0)/value"))
            }
            let discovered: [DiscoveredIdentifier] =
                try subject["discovered"].map { list in
                    try document.array(list, at: pointer + "/discovered").enumerated().map {
                        (index, item) throws -> DiscoveredIdentifier in
                        let at = "\(pointer)/discovered/\(index)"
                        let identifier = try document.object(
                            item, at: at, required: ["type", "value", "via"], optional: [])
                        return DiscoveredIdentifier(
                            type: try document.string(identifier["type"], at: at + "/type"),
                            value: try document.string(identifier["value"], at: at + "/value"),
                            via: try document.string(identifier["via"], at: at + "/via"))
                    }
                } ?? []
            return (identifiers, discovered)
        }
        state = .beforeCollection
        position = BundleDataPosition(line: 1, pointer: "")
        return .header(
            BundleHeader(controller: controller, identifiers: identifiers, discovered: discovered, scope: scope))
    }

    private mutating func readCollectionHeader() throws -> BundleDataItem {
        let base = "/collections/\(collectionIndex)"
        let startLine = json.line
        try json.expect(UInt8(ascii: "{"))
        var members: [String: JSONValue] = [:]
        let allowed = [
            "source", "name", "dataSubject", "purposes", "legalBasis", "otherLegalBases", "legalBasisByField",
            "retention", "recipients", "fields",
            "supplementary",
        ]
        while true {
            let line = json.line
            let key = try json.readKey()
            if key == "records" {
                try json.expect(UInt8(ascii: "["))
                break
            }
            guard allowed.contains(key) else {
                throw failure(
                    key == "recordCount" ? "'recordCount' must follow 'records'" : "unknown member '\(key)'",
                    "\(base)/\(key)", line)
            }
            guard members[key] == nil else { throw failure("the member '\(key)' occurs twice", "\(base)/\(key)", line) }
            members[key] = try json.readValue()
            guard try json.next(closing: UInt8(ascii: "}")) else {
                throw failure("the member 'records' is missing", base, line)
            }
        }
        let document = JSONDocument(entry: entry, line: startLine)
        var object: [JSONMember] = members.map { JSONMember(key: $0.key, value: $0.value) }
        object.append(JSONMember(key: "records", value: .array([])))
        object.append(JSONMember(key: "recordCount", value: .number("0")))
        let header = try document.collectionHeader(.object(object), at: base)
        position = BundleDataPosition(line: startLine, pointer: base)
        state = .inRecords
        return .collection(header)
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
