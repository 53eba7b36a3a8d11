import Foundation

/// Reads a JSON Lines file (one JSON object per line), one record at a time.
///
/// The file is read through a fixed buffer (64 KiB by default) that grows only for a line longer than the
/// buffer, up to ``maxLineBytes``; a longer line is an error, so one bad line cannot use unbounded memory.
/// Lines end with LF or CRLF, and the last line may lack its line ending. Blank lines, and lines of only
/// spaces and tabs, are skipped. Every other line must hold exactly one JSON object; a line with any other
/// value is ``JSONSyntaxError/Reason/elementNotAnObject``. Errors name the line in the file and the byte column
/// within it.
///
/// A UTF-8 byte order mark at the start of the file is skipped, as ``JSONArrayStreamReader`` does.
/// After an error the reader throws the same error on every later call.
///
/// ## Usage
/// ```swift
/// var reader = try JSONLinesReader(path: "events.jsonl")
/// while let (record, line) = try reader.next() {
///     print(line, record["type"] ?? .null)
/// }
/// ```
package struct JSONLinesReader {
    /// The bytes read so far and not yet consumed.
    private var buffer: JSONReadBuffer
    /// The parser, kept so that its scratch storage is reused for every line.
    private var parser: JSONParser
    /// The offset in the buffer where the current line starts.
    private var lineStart = 0
    /// The 1-based number of the current line.
    private var lineNumber = 1
    /// How far the current line has been searched for its line feed, so a refill does not search again.
    private var searchedUpTo = 0
    /// The error that stopped the reader, thrown again on later calls.
    private var failure: JSONSyntaxError?

    /// The longest line, in bytes, not counting its line feed (a CR before it counts).
    package let maxLineBytes: Int
    /// Whether the reader started at the file's first byte (where a byte order mark may be).
    private let startsAtFileStart: Bool
    /// ``next(where:)`` answers `nil` instead of reading a line that starts at or after this offset.
    package var stopOffset = Int.max

    /// How far into the input the reader has read, in bytes: the start of the line read next.
    package var offset: Int { buffer.offsetOfFirstByte + lineStart }

    /// The 1-based number of the line read next (lines counted from where the reader started).
    package var currentLine: Int { lineNumber }

    /// Opens the file at `path`.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - bufferSize: The usual buffer size in bytes.
    ///   - maxLineBytes: The longest line in bytes, not counting its line feed (a CR before it counts).
    ///   - maxDepth: How many arrays and objects may be nested inside each other within a line.
    ///   - offset: Where to start: 0, or the offset just after a line feed (lines are then counted from 1
    ///     there).
    /// - Throws: ``JSONSyntaxError`` with ``JSONSyntaxError/Reason/openFailed(errno:)`` if the file cannot be opened.
    package init(
        path: String,
        bufferSize: Int = 1 << 16,
        maxLineBytes: Int = 64 << 20,
        maxDepth: Int = JSONParser.defaultMaxDepth,
        startingAt offset: Int = 0
    ) throws(JSONSyntaxError) {
        buffer = try JSONReadBuffer.opening(path, capacity: bufferSize, offset: offset)
        self.maxLineBytes = maxLineBytes
        parser = JSONParser(maxDepth: maxDepth)
        startsAtFileStart = offset == 0
    }

    /// Reads lines from bytes in memory, handed over `bufferSize` bytes at a time as from a file.
    ///
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - bufferSize: The usual buffer size in bytes; tests use tiny sizes to split lines.
    ///   - maxLineBytes: The longest line in bytes, not counting its line feed (a CR before it counts).
    ///   - maxDepth: How many arrays and objects may be nested inside each other within a line.
    package init(
        bytes: [UInt8],
        bufferSize: Int = 1 << 16,
        maxLineBytes: Int = 64 << 20,
        maxDepth: Int = JSONParser.defaultMaxDepth
    ) {
        buffer = JSONReadBuffer(bytes: bytes, capacity: bufferSize)
        self.maxLineBytes = maxLineBytes
        parser = JSONParser(maxDepth: maxDepth)
        startsAtFileStart = true
    }

    /// Reads the next record.
    ///
    /// - Returns: The record and its 1-based line number, or `nil` at the end of the file.
    /// - Throws: ``JSONSyntaxError`` for the first bad line, with its line number and the column within it.
    package mutating func next() throws(JSONSyntaxError) -> (value: JSONValue, line: Int)? {
        try next(where: nil)
    }

    /// Reads the next record among the lines that `mayHold` accepts.
    ///
    /// `mayHold` sees each line's raw bytes (without its line feed) before it is parsed; a line it
    /// rejects is skipped unparsed, so a caller that can tell from the bytes that a line is of no
    /// interest pays only for finding the line's end. Skipped lines are not checked for errors.
    ///
    /// - Returns: The record and its 1-based line number, or `nil` at the end of the file.
    /// - Throws: ``JSONSyntaxError`` for the first bad line that is parsed.
    package mutating func next(
        where mayHold: ((UnsafeRawBufferPointer) -> Bool)?
    ) throws(JSONSyntaxError) -> (value: JSONValue, line: Int)? {
        try next(where: mayHold, pausingAfter: .max)
    }

    /// Whether the last call of ``next(where:pausingAfter:)`` returned `nil` because it had skipped
    /// its limit of lines, not because the input ended.
    package private(set) var isPaused = false

    /// As ``next(where:)``, but returns `nil` with ``isPaused`` set after skipping `limit` lines in a
    /// row, so that a caller can check for cancellation and report progress during a long run of
    /// lines of no interest; calling again goes on from there.
    package mutating func next(
        where mayHold: ((UnsafeRawBufferPointer) -> Bool)?, pausingAfter limit: Int
    ) throws(JSONSyntaxError) -> (value: JSONValue, line: Int)? {
        isPaused = false
        if let failure {
            throw failure
        }
        var skipped = 0
        do {
            while buffer.offsetOfFirstByte + lineStart < stopOffset, let lineEnd = try nextLineEnd() {
                let number = lineNumber
                if let mayHold {
                    let (from, to) = (lineStart, lineEnd)
                    let wanted = buffer.withBytes { bytes in
                        mayHold(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[from..<to]))
                    }
                    if !wanted {
                        lineStart = lineEnd + 1
                        searchedUpTo = lineStart
                        lineNumber += 1
                        skipped += 1
                        if skipped >= limit {
                            isPaused = true
                            return nil
                        }
                        continue
                    }
                }
                let value = try parseLine(endingAt: lineEnd)
                // Step over the line feed (if the line has one) to the next line.
                lineStart = lineEnd + 1
                searchedUpTo = lineStart
                lineNumber += 1
                if let value {
                    return (value, number)
                }
            }
            return nil
        } catch {
            failure = error
            throw error
        }
    }

    /// Finds the end of the current line, reading more of the file as needed.
    ///
    /// - Returns: The offset of the line's line feed, or of the end of the data for a last line without one;
    ///   `nil` when no line is left.
    private mutating func nextLineEnd() throws(JSONSyntaxError) -> Int? {
        while true {
            let (from, to) = (searchedUpTo, buffer.count)
            let found = buffer.withBytes { bytes -> Int? in
                guard to > from, let base = bytes.baseAddress,
                    let hit = memchr(base + from, Int32(UInt8(ascii: "\n")), to - from)
                else { return nil }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            }
            if let found {
                guard found - lineStart <= maxLineBytes else { throw lineTooLong() }
                return found
            }
            guard buffer.count - lineStart <= maxLineBytes else { throw lineTooLong() }
            searchedUpTo = buffer.count
            if buffer.isAtEnd {
                return lineStart < buffer.count ? buffer.count : nil
            }
            do {
                // Room for the longest line plus its line feed.
                let dropped = try buffer.refill(keepingFrom: lineStart, maxCapacity: maxLineBytes + 1)
                lineStart -= dropped
                searchedUpTo -= dropped
            } catch {
                throw JSONSyntaxError(reason: .readFailed(errno: error.code), line: lineNumber, column: 1)
            }
        }
    }

    /// Parses the current line, which ends at `lineEnd` (its line feed or the end of the data).
    ///
    /// - Returns: The line's object, or `nil` for a blank line.
    private mutating func parseLine(endingAt lineEnd: Int) throws(JSONSyntaxError) -> JSONValue? {
        var start = JSONParser.Location(offset: lineStart, line: lineNumber, lineStart: lineStart)
        if lineNumber == 1 && startsAtFileStart && buffer.hasByteOrderMark(at: lineStart) {
            start.offset += 3
            start.lineStart += 3
        }
        return try buffer.withBytes { (bytes) throws(JSONSyntaxError) -> JSONValue? in
            parser.begin(UnsafeBufferPointer(rebasing: bytes[0..<lineEnd]), at: start)
            parser.skipWhitespace()
            if parser.currentByte == nil {
                return nil
            }
            let valueStart = parser.location
            let value = try parser.parseValue()
            parser.skipWhitespace()
            if parser.currentByte != nil {
                throw parser.error(.trailingContent)
            }
            guard case .object = value else {
                throw JSONSyntaxError(reason: .elementNotAnObject, line: valueStart.line, column: valueStart.column)
            }
            return value
        }
    }

    /// The error for a line longer than ``maxLineBytes``, reported at the start of the line.
    ///
    /// Raised as soon as the buffered part of the line exceeds the limit, before the rest is read.
    private func lineTooLong() -> JSONSyntaxError {
        JSONSyntaxError(reason: .valueTooLarge(limit: maxLineBytes), line: lineNumber, column: 1)
    }
}
