/// Walks a JSON document step by step, holding only a buffer and the value being read.
///
/// For documents too large to parse whole but with a known shape, such as a bundle's `data.json`:
/// the caller steps through the structure (``expect(_:)``, ``peek()``) and parses the small parts
/// whole (``readValue()``). Built on the same ``JSONReadBuffer`` and ``JSONParser`` as the source
/// readers, so the grammar is exactly RFC 8259 and duplicate keys inside parsed values are errors.
package struct JSONStructureReader {
    private var buffer: JSONReadBuffer
    private var parser: JSONParser
    private var location = JSONParser.Location.start
    private var maxValueBytes: Int
    private var startedReading = false

    /// Opens the file at `path`.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - maxValueBytes: The largest value ``readValue()`` parses whole.
    /// - Throws: ``JSONSyntaxError`` when the file cannot be opened.
    package init(path: String, maxValueBytes: Int = 64 << 20) throws(JSONSyntaxError) {
        buffer = try JSONReadBuffer.opening(path, capacity: 1 << 16)
        parser = JSONParser()
        self.maxValueBytes = maxValueBytes
    }

    /// Reads from bytes in memory.
    package init(bytes: [UInt8], bufferSize: Int = 1 << 16, maxValueBytes: Int = 64 << 20) {
        buffer = JSONReadBuffer(bytes: bytes, capacity: bufferSize)
        parser = JSONParser()
        self.maxValueBytes = maxValueBytes
    }

    /// The 1-based line of the next unread byte.
    package var line: Int { location.line }

    /// The next byte after whitespace, without consuming it; `nil` at the end of the document.
    package mutating func peek() throws(JSONSyntaxError) -> UInt8? {
        if !startedReading {
            startedReading = true
            while buffer.count < 3 && !buffer.isAtEnd { try refill() }
            if buffer.hasByteOrderMark(at: 0) {
                location.offset = 3
                location.lineStart = 3
            }
        }
        while true {
            let start = location
            let byte = buffer.withBytes { bytes in
                parser.begin(bytes, at: start)
                parser.skipWhitespace()
                return parser.currentByte
            }
            location = parser.location
            if byte != nil || buffer.isAtEnd { return byte }
            try refill()
        }
    }

    /// Consumes `byte` after whitespace.
    ///
    /// - Throws: ``JSONSyntaxError`` when another byte, or the end, comes first.
    package mutating func expect(_ byte: UInt8) throws(JSONSyntaxError) {
        guard let next = try peek() else { throw error(.unexpectedEndOfInput) }
        guard next == byte else { throw error(.unexpectedCharacter(next)) }
        location.offset += 1
    }

    /// Consumes `byte` after whitespace if it comes next.
    package mutating func consume(_ byte: UInt8) throws(JSONSyntaxError) -> Bool {
        guard try peek() == byte else { return false }
        location.offset += 1
        return true
    }

    /// Parses the complete value that comes next, of at most `limit` bytes (less than the reader's
    /// own limit: for a part of the document that is small when it is right).
    package mutating func readValue(limit: Int) throws(JSONSyntaxError) -> JSONValue {
        let usual = maxValueBytes
        maxValueBytes = min(limit, usual)
        defer { maxValueBytes = usual }
        return try readValue()
    }

    /// Parses the complete value that comes next.
    package mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
        guard try peek() != nil else { throw error(.unexpectedEndOfInput) }
        while true {
            let start = location
            let atEnd = buffer.isAtEnd
            let attempt = buffer.withBytes { bytes -> Result<(JSONValue, Bool), JSONSyntaxError> in
                parser.begin(bytes, at: start)
                return Result { () throws(JSONSyntaxError) in
                    let value = try parser.parseValue()
                    // A number that ends with the buffer may go on in bytes not read yet.
                    return (value, parser.location.offset < bytes.count || atEnd)
                }
            }
            switch attempt {
            case .success((let value, true)):
                location = parser.location
                return value
            case .success((_, false)):
                try growOrFail(from: start)
            case .failure(let failure) where failure.reason == .unexpectedEndOfInput && !buffer.isAtEnd:
                try growOrFail(from: start)
            case .failure(let failure):
                throw failure
            }
        }
    }

    /// Steps over the value that comes next without building it, byte by byte: memory stays that
    /// of the read buffer however large the value is (a flat array of a hundred million numbers
    /// where an object belongs). Strings and nesting are followed so that the value's end is found;
    /// the grammar inside is not checked, since a value is only stepped over where the document's
    /// shape is already wrong and is reported so.
    ///
    /// - Returns: The value's first byte (`{`, `[`, `"`, a digit…), which tells its type.
    /// - Throws: ``JSONSyntaxError`` when the document ends inside the value, or nests deeper than
    ///   the parser allows.
    @discardableResult
    package mutating func skipValue() throws(JSONSyntaxError) -> UInt8 {
        guard let first = try peek() else { throw error(.unexpectedEndOfInput) }
        guard first == UInt8(ascii: "[") || first == UInt8(ascii: "{") else {
            _ = try readValue()
            return first
        }
        var depth = 0
        var inString = false
        var escaped = false
        let limit = parser.maxDepth
        while true {
            let start = location
            let outcome = buffer.withBytes { bytes -> (Location: JSONParser.Location, done: Bool, tooDeep: Bool) in
                var location = start
                var index = start.offset
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if byte == UInt8(ascii: "\n") {
                        location.line += 1
                        location.lineStart = index
                    }
                    if inString {
                        if escaped {
                            escaped = false
                        } else if byte == UInt8(ascii: "\\") {
                            escaped = true
                        } else if byte == UInt8(ascii: "\"") {
                            inString = false
                        }
                    } else if byte == UInt8(ascii: "\"") {
                        inString = true
                    } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                        depth += 1
                        if depth > limit {
                            location.offset = index - 1
                            return (location, false, true)
                        }
                    } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                        depth -= 1
                        if depth == 0 {
                            location.offset = index
                            return (location, true, false)
                        }
                    }
                }
                location.offset = index
                return (location, false, false)
            }
            location = outcome.Location
            if outcome.tooDeep { throw error(.nestingTooDeep(limit: limit)) }
            if outcome.done { return first }
            guard !buffer.isAtEnd else { throw error(.unexpectedEndOfInput) }
            try refill()
        }
    }

    /// Reads a member name and its colon.
    package mutating func readKey() throws(JSONSyntaxError) -> String {
        guard case .string(let key) = try readValue() else { throw error(.unexpectedCharacter(UInt8(ascii: "?"))) }
        try expect(UInt8(ascii: ":"))
        return key
    }

    /// After a member or element: consumes a comma and returns `true`, or consumes `closing` and
    /// returns `false`.
    package mutating func next(closing: UInt8) throws(JSONSyntaxError) -> Bool {
        if try consume(UInt8(ascii: ",")) { return true }
        try expect(closing)
        return false
    }

    /// Checks that only whitespace follows.
    package mutating func expectEnd() throws(JSONSyntaxError) {
        if try peek() != nil { throw error(.trailingContent) }
    }

    /// An error at the next unread byte.
    package func error(_ reason: JSONSyntaxError.Reason) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, line: location.line, column: location.column)
    }

    private mutating func growOrFail(from start: JSONParser.Location) throws(JSONSyntaxError) {
        guard buffer.count - start.offset < maxValueBytes else { throw error(.valueTooLarge(limit: maxValueBytes)) }
        try refill()
    }

    private mutating func refill() throws(JSONSyntaxError) {
        do {
            let dropped = try buffer.refill(keepingFrom: location.offset, maxCapacity: maxValueBytes)
            location.offset -= dropped
            location.lineStart -= dropped
        } catch {
            throw JSONSyntaxError(reason: .readFailed(errno: error.code), line: location.line, column: location.column)
        }
    }
}
