import Foundation
import Testing

@testable import JSONCore

/// Tests of ``JSONLinesReader``: line endings, blank lines, line numbers in errors, and the line length limit.
struct JSONLinesReaderTests {
    /// Reads every record, with its line number.
    static func readAll(_ reader: inout JSONLinesReader) throws(JSONSyntaxError) -> [(JSONValue, Int)] {
        var records: [(JSONValue, Int)] = []
        while let (value, line) = try reader.next() {
            records.append((value, line))
        }
        return records
    }

    /// A one-member object, for expected values.
    static func record(_ key: String, _ number: String) -> JSONValue {
        .object([JSONMember(key: key, value: .number(number))])
    }

    @Test(arguments: [1, 2, 3, 7, 1 << 16])
    func blankLinesAreSkippedAndLinesAreNumbered(bufferSize: Int) throws {
        let text = "\n  \n{\"a\": 1}\n\t \n{\"b\": 2}\n\n{\"c\": {\"d\": [1, \"é\"]}}"
        var reader = JSONLinesReader(bytes: Array(text.utf8), bufferSize: bufferSize)
        let records = try Self.readAll(&reader)
        #expect(records.map(\.1) == [3, 5, 7])
        #expect(
            records.map(\.0) == [
                Self.record("a", "1"), Self.record("b", "2"), try JSONParser.parse(#"{"c": {"d": [1, "é"]}}"#),
            ]
        )
        #expect(try reader.next() == nil)
    }

    /// Cuts a sample at every length: through a 2-byte buffer the reader must yield exactly what it yields
    /// with the whole input in one buffer, down to the error's line and column.
    @Test func splittingNeverChangesTheOutcome() {
        let sample = Array("{\"a\": [1, {\"b\": \"é\\n\"}]}\r\n\n  {\"c\": true}\n{\"d\": null, \"e\": -1.5e3}".utf8)
        func outcome(_ bytes: [UInt8], bufferSize: Int) -> ([JSONValue], [Int], JSONSyntaxError?) {
            var reader = JSONLinesReader(bytes: bytes, bufferSize: bufferSize)
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
        for length in 0...sample.count {
            let bytes = Array(sample[..<length])
            let whole = outcome(bytes, bufferSize: 1 << 16)
            let split = outcome(bytes, bufferSize: 2)
            #expect(split.0 == whole.0 && split.1 == whole.1 && split.2 == whole.2, "length \(length)")
        }
        #expect(outcome(sample, bufferSize: 2).0.count == 3)
    }

    @Test(arguments: [2, 1 << 16])
    func crlfLineEndingsAreAccepted(bufferSize: Int) throws {
        let text = "{\"a\": 1}\r\n\r\n{\"b\": 2}\r\n"
        var reader = JSONLinesReader(bytes: Array(text.utf8), bufferSize: bufferSize)
        let records = try Self.readAll(&reader)
        #expect(records.map(\.0) == [Self.record("a", "1"), Self.record("b", "2")])
        #expect(records.map(\.1) == [1, 3])
    }

    @Test(arguments: [3, 1 << 16])
    func errorOnLineNReportsN(bufferSize: Int) throws {
        let text = "{\"a\": 1}\n{\"b\": 2}\n\n{\"c\": }\n{\"d\": 4}\n"
        var reader = JSONLinesReader(bytes: Array(text.utf8), bufferSize: bufferSize)
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next()?.line == 2)
        let error = JSONSyntaxError(reason: .unexpectedCharacter(UInt8(ascii: "}")), line: 4, column: 7)
        #expect(throws: error) { try reader.next() }
        #expect(error.description.contains("line 4, column 7"))
        #expect(throws: error) { try reader.next() }  // The error sticks.
    }

    @Test func lineThatIsNotAnObjectIsRejected() throws {
        var array = JSONLinesReader(bytes: Array("{\"a\": 1}\n[1, 2]\n".utf8))
        #expect(try array.next() != nil)
        #expect(throws: JSONSyntaxError(reason: .elementNotAnObject, line: 2, column: 1)) { try array.next() }

        var number = JSONLinesReader(bytes: Array("  42\n".utf8))
        #expect(throws: JSONSyntaxError(reason: .elementNotAnObject, line: 1, column: 3)) { try number.next() }
    }

    @Test func oneValuePerLine() throws {
        var twoOnOneLine = JSONLinesReader(bytes: Array("{\"a\": 1} {\"b\": 2}\n".utf8))
        #expect(throws: JSONSyntaxError(reason: .trailingContent, line: 1, column: 10)) { try twoOnOneLine.next() }

        // A pretty-printed object spans lines, which JSON Lines does not allow.
        var spread = JSONLinesReader(bytes: Array("{\n\"a\": 1}\n".utf8))
        #expect(throws: JSONSyntaxError(reason: .unexpectedEndOfInput, line: 1, column: 2)) { try spread.next() }
    }

    @Test(arguments: [4, 1 << 16])
    func linesLongerThanTheLimitAreRejected(bufferSize: Int) throws {
        let exactly40 = "{\"k\": \"\(String(repeating: "x", count: 31))\"}"
        let longer = "{\"k\": \"\(String(repeating: "y", count: 33))\"}"
        #expect(exactly40.utf8.count == 40)
        let text = exactly40 + "\r\n" + longer + "\n"
        var reader = JSONLinesReader(bytes: Array(text.utf8), bufferSize: bufferSize, maxLineBytes: 41)
        #expect(try reader.next()?.line == 1)  // 40 bytes plus the CR: exactly at the limit.
        #expect(throws: JSONSyntaxError(reason: .valueTooLarge(limit: 41), line: 2, column: 1)) { try reader.next() }

        // A last line without a line feed is limited too.
        var unterminated = JSONLinesReader(bytes: Array(longer.utf8), bufferSize: bufferSize, maxLineBytes: 20)
        #expect(throws: JSONSyntaxError(reason: .valueTooLarge(limit: 20), line: 1, column: 1)) {
            try unterminated.next()
        }
    }

    @Test func byteOrderMarkIsSkipped() throws {
        var reader = JSONLinesReader(bytes: [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}\n[]".utf8), bufferSize: 2)
        #expect(try reader.next()?.value == Self.record("a", "1"))
        #expect(throws: JSONSyntaxError(reason: .elementNotAnObject, line: 2, column: 1)) { try reader.next() }
    }

    @Test func emptyInputHasNoRecords() throws {
        var empty = JSONLinesReader(bytes: [])
        #expect(try empty.next() == nil)
        var blank = JSONLinesReader(bytes: Array("\n\r\n \n".utf8))
        #expect(try blank.next() == nil)
    }

    @Test func readsAFile() throws {
        let lines = (1...500).map { #"{"id": \#($0), "name": "user \#($0)", "ok": true}"# }
        let path = try TemporaryJSONFile.write(lines.joined(separator: "\n") + "\n")
        defer { TemporaryJSONFile.remove(path) }
        var reader = try JSONLinesReader(path: path, bufferSize: 64)
        let records = try Self.readAll(&reader)
        #expect(records.count == 500)
        #expect(records.last?.1 == 500)
        #expect(records.last?.0["name"] == .string("user 500"))
    }

    @Test func missingFileIsReported() {
        #expect(throws: JSONSyntaxError(reason: .openFailed(errno: ENOENT), line: 1, column: 1)) {
            try JSONLinesReader(path: "/nonexistent/handover/events.jsonl")
        }
    }
}
