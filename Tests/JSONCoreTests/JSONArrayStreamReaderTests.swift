import Foundation
import Testing

@testable import JSONCore

/// Tests of ``JSONArrayStreamReader``: records split across tiny buffers, the array's structure, and errors.
struct JSONArrayStreamReaderTests {
    /// Records with nesting, escapes, multi-byte characters and line breaks between and inside them.
    static let sample = """
        [
          {"id": 1, "name": "Ada", "tags": ["a", "b"], "score": 1.50},
          {"id": 2, "name": "Zoë \\u00e9 😀 \\ud83d\\ude00", "nested": {"deep": [[{}], {"x": null}]}},
          {
            "id": 3,
            "empty": {}, "list": [], "flag": true, "big": 123456789012345678901234567890e-5
          },
          {}
        ]

        """

    /// Reads every record, with the line each starts on.
    static func readAll(_ reader: inout JSONArrayStreamReader) throws(JSONSyntaxError) -> [(JSONValue, Int)] {
        var records: [(JSONValue, Int)] = []
        while let (value, line) = try reader.next() {
            records.append((value, line))
        }
        return records
    }

    @Test(arguments: [1, 2, 3, 5, 7, 16, 1 << 16])
    func recordsAcrossBufferBoundariesEqualTheWholeParse(bufferSize: Int) throws {
        guard case .array(let expected) = try JSONParser.parse(Self.sample) else {
            Issue.record("the sample is not an array")
            return
        }
        var reader = JSONArrayStreamReader(bytes: Array(Self.sample.utf8), bufferSize: bufferSize)
        let records = try Self.readAll(&reader)
        #expect(records.map(\.0) == expected)
        #expect(records.map(\.1) == [2, 3, 4, 8])
        #expect(try reader.next() == nil)
    }

    /// Everything a reader yields for `bytes`: the records with their lines, then the error (if any).
    static func outcome(_ bytes: [UInt8], bufferSize: Int) -> (
        records: [JSONValue], lines: [Int], error: JSONSyntaxError?
    ) {
        var reader = JSONArrayStreamReader(bytes: bytes, bufferSize: bufferSize)
        var records: [JSONValue] = []
        var lines: [Int] = []
        do {
            while let (value, line) = try reader.next() {
                records.append(value)
                lines.append(line)
            }
            return (records, lines, nil)
        } catch {
            return (records, lines, error)
        }
    }

    /// Cuts the sample at every length and deletes every single byte: through a 3-byte buffer the reader must
    /// yield exactly what it yields with the whole input in one buffer, down to the error's line and column,
    /// and what it accepts must agree with parsing the whole text.
    @Test func splittingNeverChangesTheOutcome() {
        let sample = Array(Self.sample.utf8)
        let prefixes = (0...sample.count).map { Array(sample[..<$0]) }
        let deletions = sample.indices.map { index in Array(sample[..<index] + sample[(index + 1)...]) }
        for bytes in prefixes + deletions {
            let whole = Self.outcome(bytes, bufferSize: 1 << 16)
            let split = Self.outcome(bytes, bufferSize: 3)
            #expect(
                split.records == whole.records && split.lines == whole.lines && split.error == whole.error,
                "\(String(decoding: bytes, as: UTF8.self))"
            )
            if whole.error == nil {
                #expect((try? JSONParser.parse(bytes)) == .array(whole.records))
            }
        }
    }

    @Test func readsAFileThroughASmallBuffer() throws {
        let path = try TemporaryJSONFile.write(Self.sample)
        defer { TemporaryJSONFile.remove(path) }
        var reader = try JSONArrayStreamReader(path: path, bufferSize: 5)
        let records = try Self.readAll(&reader)
        #expect(records.count == 4)
        #expect(records.first?.0["score"] == .number("1.50"))
        #expect(records.map(\.1) == [2, 3, 4, 8])
    }

    @Test(arguments: ["[]", " [ \n ] \n", "\u{FEFF}[]"])
    func emptyArrayYieldsNothing(text: String) throws {
        var reader = JSONArrayStreamReader(bytes: Array(text.utf8), bufferSize: 2)
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        var reader = JSONArrayStreamReader(bytes: [0xEF, 0xBB, 0xBF] + Array(#"[{"a": 1}, 2]"#.utf8), bufferSize: 2)
        #expect(try reader.next()?.value == .object([JSONMember(key: "a", value: .number("1"))]))
        // Columns on the first line do not count the byte order mark.
        #expect(throws: JSONSyntaxError(reason: .elementNotAnObject, line: 1, column: 12)) { try reader.next() }
    }

    @Test func topLevelThatIsNotAnArrayIsRejected() {
        var object = JSONArrayStreamReader(bytes: Array(" \n  {\"a\": 1}".utf8))
        #expect(throws: JSONSyntaxError(reason: .notAnArray, line: 2, column: 3)) { try object.next() }
        var empty = JSONArrayStreamReader(bytes: [])
        #expect(throws: JSONSyntaxError(reason: .unexpectedEndOfInput, line: 1, column: 1)) { try empty.next() }
    }

    @Test func elementThatIsNotAnObjectIsRejected() throws {
        var reader = JSONArrayStreamReader(bytes: Array("[{\"a\": 1},\n [1, 2]]".utf8), bufferSize: 3)
        #expect(try reader.next()?.line == 1)
        #expect(throws: JSONSyntaxError(reason: .elementNotAnObject, line: 2, column: 2)) { try reader.next() }
        // The error sticks.
        #expect(throws: JSONSyntaxError(reason: .elementNotAnObject, line: 2, column: 2)) { try reader.next() }

        var scalar = JSONArrayStreamReader(bytes: Array(#"["x"]"#.utf8))
        #expect(throws: JSONSyntaxError(reason: .elementNotAnObject, line: 1, column: 2)) { try scalar.next() }
    }

    @Test func trailingGarbageIsReportedWhenReached() throws {
        var reader = JSONArrayStreamReader(bytes: Array("[{\"a\": 1}]\n x".utf8), bufferSize: 4)
        #expect(try reader.next() != nil)
        #expect(throws: JSONSyntaxError(reason: .trailingContent, line: 2, column: 2)) { try reader.next() }

        var secondArray = JSONArrayStreamReader(bytes: Array("[{}][]".utf8))
        #expect(try secondArray.next() != nil)
        #expect(throws: JSONSyntaxError(reason: .trailingContent, line: 1, column: 5)) { try secondArray.next() }
    }

    @Test func brokenStructureIsRejected() throws {
        var trailingComma = JSONArrayStreamReader(bytes: Array("[{},]".utf8))
        #expect(try trailingComma.next() != nil)
        #expect(throws: JSONSyntaxError(reason: .unexpectedCharacter(UInt8(ascii: "]")), line: 1, column: 5)) {
            try trailingComma.next()
        }
        var missingComma = JSONArrayStreamReader(bytes: Array("[{} {}]".utf8))
        #expect(try missingComma.next() != nil)
        #expect(throws: JSONSyntaxError(reason: .unexpectedCharacter(UInt8(ascii: "{")), line: 1, column: 5)) {
            try missingComma.next()
        }
        var badElement = JSONArrayStreamReader(bytes: Array("[{\"a\": tru}]".utf8), bufferSize: 3)
        #expect(throws: JSONSyntaxError(reason: .unexpectedCharacter(UInt8(ascii: "}")), line: 1, column: 11)) {
            try badElement.next()
        }
    }

    @Test(arguments: [2, 5, 1 << 16])
    func truncatedFileReportsEndOfInputWithItsLine(bufferSize: Int) throws {
        var reader = JSONArrayStreamReader(bytes: Array("[\n{\"a\": 1},\n{\"b\": [1, ".utf8), bufferSize: bufferSize)
        #expect(try reader.next()?.line == 2)
        #expect(throws: JSONSyntaxError(reason: .unexpectedEndOfInput, line: 3, column: 11)) { try reader.next() }

        var unclosed = JSONArrayStreamReader(bytes: Array("[{\"a\": 1}\n".utf8), bufferSize: bufferSize)
        #expect(try unclosed.next() != nil)
        #expect(throws: JSONSyntaxError(reason: .unexpectedEndOfInput, line: 2, column: 1)) { try unclosed.next() }
    }

    @Test func recordsLargerThanTheLimitAreRejected() throws {
        let text = "[{\"a\": \"short\"},\n {\"b\": \"\(String(repeating: "x", count: 100))\"}]"
        for bufferSize in [4, 1 << 16] {
            var reader = JSONArrayStreamReader(bytes: Array(text.utf8), bufferSize: bufferSize, maxElementBytes: 50)
            #expect(try reader.next() != nil)
            #expect(throws: JSONSyntaxError(reason: .valueTooLarge(limit: 50), line: 2, column: 2)) {
                try reader.next()
            }
        }
        // A record that needs a buffer larger than the usual one, but within the limit, is read.
        var grows = JSONArrayStreamReader(bytes: Array(text.utf8), bufferSize: 4, maxElementBytes: 200)
        #expect(try Self.readAll(&grows).count == 2)
    }

    @Test func depthLimitCountsTheTopLevelArray() throws {
        var allowed = JSONArrayStreamReader(bytes: Array(#"[{"a": {}}]"#.utf8), maxDepth: 3)
        #expect(try allowed.next() != nil)
        var tooDeep = JSONArrayStreamReader(bytes: Array(#"[{"a": {"b": []}}]"#.utf8), maxDepth: 3)
        #expect(throws: JSONSyntaxError(reason: .nestingTooDeep(limit: 3), line: 1, column: 14)) { try tooDeep.next() }
    }

    @Test func missingFileIsReported() {
        #expect(throws: JSONSyntaxError(reason: .openFailed(errno: ENOENT), line: 1, column: 1)) {
            try JSONArrayStreamReader(path: "/nonexistent/handover/records.json")
        }
    }
}

/// Temporary files for the reader tests.
enum TemporaryJSONFile {
    /// Writes `text` to a new file in the temporary directory and returns its path.
    static func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("handover-json-\(UUID().uuidString)")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Deletes the file at `path`.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
