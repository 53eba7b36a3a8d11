import Testing

@testable import JSONCore

/// Stepping over values without building them.
struct JSONStructureReaderTests {
    private func reader(_ text: String, bufferSize: Int = 5) -> JSONStructureReader {
        JSONStructureReader(bytes: Array(text.utf8), bufferSize: bufferSize, maxValueBytes: 64)
    }

    @Test func skipsNestedContainersStringsAndEscapes() throws {
        var reader = reader(#"[{"a]": "}\"[", "b": [1, [2, {}]]}, "x\\"] , {"next": true}"#)
        #expect(try reader.skipValue() == UInt8(ascii: "["))
        #expect(try reader.next(closing: UInt8(ascii: "]")))
        #expect(try reader.readValue() == .object([JSONMember(key: "next", value: .bool(true))]))
    }

    @Test func keepsLineNumbersAcrossWhatItSkips() throws {
        var reader = reader("[\n1,\n[2,\n3]\n]\n  x")
        try reader.skipValue()
        #expect(throws: JSONSyntaxError(reason: .trailingContent, line: 6, column: 3)) { try reader.expectEnd() }
    }

    @Test func aScalarIsReadAndAnUnfinishedContainerIsAnError() throws {
        var scalar = reader(#""text" 5"#)
        #expect(try scalar.skipValue() == UInt8(ascii: "\""))
        #expect(try scalar.readValue() == .number("5"))
        var open = reader("[1, [2, 3]")
        #expect(throws: JSONSyntaxError.self) { try open.skipValue() }
    }

    @Test func nestingDeeperThanTheParserAllowsIsAnError() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        var reader = reader(deep, bufferSize: 1 << 12)
        #expect {
            try reader.skipValue()
        } throws: { error in
            guard case .nestingTooDeep = (error as? JSONSyntaxError)?.reason else { return false }
            return true
        }
    }

    @Test func aValueLargerThanTheBufferIsSteppedOverInPieces() throws {
        let large = "[" + String(repeating: "\"abc\",", count: 10_000) + "1]"
        var reader = reader(large + " 7", bufferSize: 16)
        try reader.skipValue()
        #expect(try reader.readValue() == .number("7"))
    }
}
