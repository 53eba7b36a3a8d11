/// Reads a file that holds one JSON array of records, one record at a time.
///
/// The file is read through a fixed buffer (64 KiB by default), so memory stays at the buffer plus the record
/// being parsed, however large the file is. Each element must be an object; anything else is reported as
/// ``JSONSyntaxError/Reason/elementNotAnObject`` at the element. The whole file is checked, not just the
/// records: a missing `]`, a trailing comma or bytes after the array are errors, reported when the reader
/// gets to them, so a caller sees every record before the error.
///
/// A UTF-8 byte order mark at the start of the file is skipped. RFC 8259 says that producers must not write
/// one but lets parsers ignore it, and some Windows tools add it; column numbers on the first line do not
/// count it.
///
/// After an error the reader throws the same error on every later call.
///
/// ## Usage
/// ```swift
/// var reader = try JSONArrayStreamReader(path: "customers.json")
/// while let (record, line) = try reader.next() {
///     print(line, record["email"] ?? .null)
/// }
/// ```
package struct JSONArrayStreamReader {
    /// What the reader expects next.
    ///
    /// The array's own structure (`[`, `,`, `]`) is handled here, byte by byte; the records between are left
    /// to the parser.
    private enum State {
        /// The start of the file: an optional byte order mark, then `[`.
        case beforeArray
        /// After `[`: the first element or `]`.
        case firstElement
        /// After an element: `,` or `]`.
        case afterElement
        /// After `]`: only whitespace up to the end.
        case afterArray
        /// Everything has been read.
        case finished
    }

    /// The bytes read so far and not yet consumed.
    private var buffer: JSONReadBuffer
    /// The parser, kept so that its scratch storage is reused for every record.
    private var parser: JSONParser
    /// Where the next unread byte is.
    private var location = JSONParser.Location.start
    /// What comes next.
    private var state = State.beforeArray
    /// The largest record, in bytes.
    private let maxElementBytes: Int
    /// The error that stopped the reader, thrown again on later calls.
    private var failure: JSONSyntaxError?

    /// How far into the input the reader has parsed, in bytes.
    package var offset: Int { buffer.offsetOfFirstByte + location.offset }

    /// Opens the file at `path`.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - bufferSize: The usual buffer size in bytes.
    ///   - maxElementBytes: The largest record in bytes; a larger one is an error rather than a reason to hold
    ///     an unbounded amount of memory.
    ///   - maxDepth: How many arrays and objects may be nested inside each other, counting the top-level array.
    /// - Throws: ``JSONSyntaxError`` with ``JSONSyntaxError/Reason/openFailed(errno:)`` if the file cannot be opened.
    package init(
        path: String,
        bufferSize: Int = 1 << 16,
        maxElementBytes: Int = 64 << 20,
        maxDepth: Int = JSONParser.defaultMaxDepth
    ) throws(JSONSyntaxError) {
        buffer = try JSONReadBuffer.opening(path, capacity: bufferSize)
        self.maxElementBytes = maxElementBytes
        parser = JSONParser(maxDepth: maxDepth)
    }

    /// Reads records from bytes in memory, handed to the parser `bufferSize` bytes at a time as from a file.
    ///
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - bufferSize: The usual buffer size in bytes; tests use tiny sizes to split records.
    ///   - maxElementBytes: The largest record in bytes.
    ///   - maxDepth: How many arrays and objects may be nested inside each other, counting the top-level array.
    package init(
        bytes: [UInt8],
        bufferSize: Int = 1 << 16,
        maxElementBytes: Int = 64 << 20,
        maxDepth: Int = JSONParser.defaultMaxDepth
    ) {
        buffer = JSONReadBuffer(bytes: bytes, capacity: bufferSize)
        self.maxElementBytes = maxElementBytes
        parser = JSONParser(maxDepth: maxDepth)
    }

    /// Reads the next record.
    ///
    /// - Returns: The record and the 1-based line on which it starts, or `nil` after the array's `]` once the
    ///   rest of the file has been checked to be whitespace.
    /// - Throws: ``JSONSyntaxError`` for the first problem in the file, with its line and column.
    package mutating func next() throws(JSONSyntaxError) -> (value: JSONValue, line: Int)? {
        if let failure {
            throw failure
        }
        do {
            return try readNext()
        } catch {
            failure = error
            throw error
        }
    }

    /// Steps through the array's structure up to the next record and reads it.
    ///
    /// Loops until it has a record or the end: the `[`, `]` and trailing whitespace produce no records.
    private mutating func readNext() throws(JSONSyntaxError) -> (value: JSONValue, line: Int)? {
        while true {
            switch state {
            case .beforeArray:
                try skipByteOrderMark()
                guard let byte = try nextNonWhitespace() else { throw syntaxError(.unexpectedEndOfInput) }
                guard byte == UInt8(ascii: "[") else { throw syntaxError(.notAnArray) }
                location.offset += 1
                state = .firstElement
            case .firstElement:
                guard let byte = try nextNonWhitespace() else { throw syntaxError(.unexpectedEndOfInput) }
                if byte == UInt8(ascii: "]") {
                    location.offset += 1
                    state = .afterArray
                } else {
                    state = .afterElement
                    return try readElement(startingWith: byte)
                }
            case .afterElement:
                guard let byte = try nextNonWhitespace() else { throw syntaxError(.unexpectedEndOfInput) }
                if byte == UInt8(ascii: ",") {
                    location.offset += 1
                    guard let first = try nextNonWhitespace() else { throw syntaxError(.unexpectedEndOfInput) }
                    return try readElement(startingWith: first)
                } else if byte == UInt8(ascii: "]") {
                    location.offset += 1
                    state = .afterArray
                } else {
                    throw syntaxError(.unexpectedCharacter(byte))
                }
            case .afterArray:
                if try nextNonWhitespace() != nil {
                    throw syntaxError(.trailingContent)
                }
                state = .finished
            case .finished:
                return nil
            }
        }
    }

    /// Reads the element at the current position, whose first byte is `first`.
    ///
    /// The parser runs over the buffer as it is. If the element runs past the end of the buffer, the reader
    /// keeps the element's bytes, reads more (growing the buffer if the element fills it) and parses the
    /// element again from its start. Elements are objects, so a complete one always ends with its own `}` and
    /// never depends on bytes after it.
    private mutating func readElement(startingWith first: UInt8) throws(JSONSyntaxError) -> (JSONValue, Int) {
        guard first == UInt8(ascii: "{") else {
            let isValue = Array("[\"-0123456789tfn".utf8).contains(first)
            throw syntaxError(isValue ? .elementNotAnObject : .unexpectedCharacter(first))
        }
        while true {
            let start = location
            let attempt = buffer.withBytes { bytes -> Result<JSONValue, JSONSyntaxError> in
                parser.begin(bytes, at: start)
                return Result { () throws(JSONSyntaxError) in try parser.parseValue(enclosingDepth: 1) }
            }
            switch attempt {
            case .success(let value):
                guard parser.location.offset - start.offset <= maxElementBytes else {
                    throw syntaxError(.valueTooLarge(limit: maxElementBytes))
                }
                location = parser.location
                return (value, start.line)
            case .failure(let error) where error.reason == .unexpectedEndOfInput && !buffer.isAtEnd:
                guard buffer.count - start.offset < maxElementBytes else {
                    throw syntaxError(.valueTooLarge(limit: maxElementBytes))
                }
                try refill()
            case .failure(let error):
                throw error
            }
        }
    }

    /// Skips whitespace, reading more of the file as needed, and returns the next byte (`nil` at the end).
    ///
    /// Bytes already consumed are dropped when the buffer is refilled, so whitespace takes no memory.
    private mutating func nextNonWhitespace() throws(JSONSyntaxError) -> UInt8? {
        while true {
            let start = location
            let byte = buffer.withBytes { bytes in
                parser.begin(bytes, at: start)
                parser.skipWhitespace()
                return parser.currentByte
            }
            location = parser.location
            if byte != nil || buffer.isAtEnd {
                return byte
            }
            try refill()
        }
    }

    /// Skips a UTF-8 byte order mark at the start of the file.
    ///
    /// Reads until three bytes are there (or the file ends) so that a mark is recognised whatever the buffer
    /// size; columns on the first line then start after it.
    private mutating func skipByteOrderMark() throws(JSONSyntaxError) {
        while buffer.count < 3 && !buffer.isAtEnd {
            try refill()
        }
        if buffer.hasByteOrderMark(at: 0) {
            location.offset = 3
            location.lineStart = 3
        }
    }

    /// An error at the next unread byte.
    ///
    /// Uses the reader's own ``location``, which is kept current between parser calls.
    private func syntaxError(_ reason: JSONSyntaxError.Reason) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, line: location.line, column: location.column)
    }

    /// Drops the consumed bytes, reads more, and moves ``location`` along with the kept bytes.
    ///
    /// The buffer may grow up to `maxElementBytes`, for a record that does not fit; a failed read becomes a
    /// ``JSONSyntaxError/Reason/readFailed(errno:)`` at the current position.
    private mutating func refill() throws(JSONSyntaxError) {
        do {
            let dropped = try buffer.refill(keepingFrom: location.offset, maxCapacity: maxElementBytes)
            location.offset -= dropped
            location.lineStart -= dropped
        } catch {
            throw JSONSyntaxError(reason: .readFailed(errno: error.code), line: location.line, column: location.column)
        }
    }
}
