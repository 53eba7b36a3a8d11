import JSONCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One parsed CSV record.
///
/// The fields are decoded from UTF-8 with quoting removed (`""` inside a quoted field becomes `"`). `line` is the
/// physical line on which the record starts, so a record that follows a quoted field spanning several lines still
/// reports the line it is really on.
struct CSVRecord: Equatable, Sendable {
    /// The record's fields, in order.
    var fields: [String]
    /// The 1-based physical line number where the record starts.
    var line: Int
}

/// Streams records from a CSV file or byte buffer, one at a time, with bounded memory.
///
/// The reader follows RFC 4180 with the relaxations of Python's `csv` module:
///
/// - Fields are separated by the delimiter (`,` by default). A record ends with LF, CRLF or a lone CR.
/// - A field that starts with `"` is quoted: it may contain delimiters, CR, LF and doubled quotes (`""` stands for
///   one `"`). After its closing quote only a delimiter, a line break or the end of input may follow.
/// - A `"` inside a field that does not start with one is kept literally.
/// - A UTF-8 byte order mark at the very start of the input is skipped.
/// - The last record needs no trailing line break, and a trailing line break does not add an empty record.
/// - Empty physical lines outside quoted fields produce no record at all (as with Python's `csv.DictReader`), so
///   callers never see a record with zero fields. A line holding only `""` is a record with one empty field.
/// - Line numbers count physical lines, including the line breaks inside quoted fields.
///
/// Two ways to read: ``next()`` returns each record as strings; ``advance()`` only finds the record's fields as
/// byte ranges in the reader's buffer, and ``withField(_:_:)`` and ``string(at:)`` read the fields a caller needs,
/// so that a record nobody wants costs no allocation. Every record is checked either way: its quoting, and its
/// UTF-8 (runs of ASCII are recognised eight bytes at a time while the record is split into fields).
///
/// A file is read with `open(2)` and `read(2)` into one buffer that holds at least the current record; it grows
/// only for a record longer than itself, up to `maxRecordBytes`, and a single field may not exceed `maxFieldBytes`.
/// The file is closed when the input is exhausted, when an error is thrown, on ``close()``, or when the reader is
/// deallocated.
///
/// After ``next()`` or ``advance()`` throws, every further call throws the same error. A reader is not `Sendable`:
/// use it from one task at a time.
///
/// ## Usage
///
/// ```swift
/// let reader = try CSVReader(path: "people.csv")
/// while let record = try reader.next() {
///     print(record.line, record.fields)
/// }
/// ```
final class CSVReader {
    /// All parsing state; a struct so that the hot paths run without dynamic exclusivity checks.
    /// The reader is used by one thread at a time and never hands out `parser` itself, so the
    /// per-call access check of a class property is left out too.
    @exclusivity(unchecked) private var parser: Parser

    /// Opens the CSV file at `path` for streaming.
    ///
    /// Nothing is read until the first call to ``next()`` or ``advance()``.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - delimiter: The field separator byte; must not be `"`, CR or LF.
    ///   - bufferSize: Bytes read per `read(2)` call (at least 4 are used).
    ///   - maxFieldBytes: The largest field accepted, in bytes; larger ones throw
    ///     ``CSVSyntaxError/Reason/fieldTooLarge(limit:)``.
    ///   - maxRecordBytes: The largest record accepted, in bytes; larger ones throw
    ///     ``CSVSyntaxError/Reason/recordTooLarge(limit:)``.
    ///   - offset: Where to start reading: 0, or the offset of a record's first byte (lines are then
    ///     counted from 1 there, and there is no byte order mark).
    /// - Throws: ``CSVFileError`` if the file cannot be opened or positioned.
    init(
        path: String,
        delimiter: UInt8 = UInt8(ascii: ","),
        bufferSize: Int = 1 << 20,
        maxFieldBytes: Int = 16 << 20,
        maxRecordBytes: Int = 64 << 20,
        startingAt offset: Int = 0
    ) throws(CSVFileError) {
        Parser.checkDelimiter(delimiter)
        let descriptor = RegularFile.open(path)
        guard descriptor >= 0 else { throw CSVFileError(path: path, errno: errno) }
        if offset > 0 && lseek(descriptor, off_t(offset), SEEK_SET) < 0 {
            let code = errno
            _ = closeDescriptor(descriptor)
            throw CSVFileError(path: path, errno: code)
        }
        parser = Parser(
            buffer: .allocate(capacity: max(bufferSize, 4)),
            end: 0,
            fileDescriptor: descriptor,
            delimiter: delimiter,
            maxFieldBytes: maxFieldBytes,
            maxRecordBytes: max(maxRecordBytes, maxFieldBytes)
        )
        if offset > 0 {
            // A record starts here: no byte order mark, lines counted from 1.
            parser.hasStarted = true
            parser.bufferOffset = offset
            parser.lineStart = offset
        }
    }

    /// Creates a reader over CSV bytes already in memory.
    ///
    /// The bytes are copied once into the reader, so the array may be released after this call.
    ///
    /// - Parameters:
    ///   - bytes: The CSV input.
    ///   - delimiter: The field separator byte; must not be `"`, CR or LF.
    ///   - maxFieldBytes: The largest field accepted, in bytes; larger ones throw
    ///     ``CSVSyntaxError/Reason/fieldTooLarge(limit:)``.
    init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), maxFieldBytes: Int = 16 << 20) {
        Parser.checkDelimiter(delimiter)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(fromContentsOf: bytes)
        parser = Parser(
            buffer: buffer,
            end: bytes.count,
            fileDescriptor: -1,
            delimiter: delimiter,
            maxFieldBytes: maxFieldBytes,
            maxRecordBytes: Int.max
        )
    }

    /// Closes the file, if still open, and releases the buffers.
    ///
    /// Records not yet returned are lost.
    deinit {
        parser.closeFile()
        parser.buffer.deallocate()
        parser.spans.deallocate()
    }

    /// Returns the next record, or `nil` at the end of the input.
    ///
    /// Empty lines between records are skipped. After the end of the input, or after ``close()``, it keeps
    /// returning `nil`; after it has thrown, it keeps throwing the same error.
    ///
    /// - Returns: The next record, or `nil` when there are no more.
    /// - Throws: ``CSVSyntaxError`` if the input is malformed or the file cannot be read.
    func next() throws(CSVSyntaxError) -> CSVRecord? {
        guard try parser.advance() else { return nil }
        var fields: [String] = []
        fields.reserveCapacity(parser.spanCount)
        for index in 0..<parser.spanCount { fields.append(parser.string(at: index)) }
        return CSVRecord(fields: fields, line: parser.recordLine)
    }

    /// Moves to the next record without decoding its fields.
    ///
    /// The record's quoting and UTF-8 are checked as by ``next()``. Its fields are then available through
    /// ``fieldCount``, ``withField(_:_:)`` and ``string(at:)`` until the next call.
    ///
    /// - Returns: `false` at the end of the input.
    /// - Throws: ``CSVSyntaxError`` as ``next()`` does.
    func advance() throws(CSVSyntaxError) -> Bool {
        try parser.advance()
    }

    /// The number of fields of the current record.
    var fieldCount: Int { parser.spanCount }

    /// ``advance()`` answers `false` instead of reading a record that starts at or after this offset.
    ///
    /// It stops there without finishing: raising the offset lets reading go on.
    var stopOffset: Int {
        get { parser.stopOffset }
        set { parser.stopOffset = newValue }
    }

    /// Where the record that ``advance()`` did not read because of ``stopOffset`` starts; `nil` after
    /// any other call.
    var stoppedAt: Int? { parser.stoppedAt }

    /// The current 1-based physical line (at a stop: the line at ``stoppedAt``).
    var line: Int { parser.line }

    /// How far into the file the reader has parsed, in bytes.
    var offset: Int { parser.bufferOffset + parser.position }

    /// The 1-based physical line on which the current record starts.
    var recordLine: Int { parser.recordLine }

    /// Calls `body` with the bytes of field `index` of the current record, quoting removed.
    ///
    /// The bytes are valid only inside `body`.
    func withField<Result>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try parser.withField(index, body)
    }

    /// Field `index` of the current record as a string.
    func string(at index: Int) -> String {
        parser.string(at: index)
    }

    /// Closes the file early; later calls to ``next()`` return `nil`.
    ///
    /// Use this when a caller stops reading before the end. Calling it more than once is harmless.
    func close() {
        parser.finish()
    }
}

extension CSVReader {
    /// Where one field of the current record lies in the buffer, relative to the record's first byte.
    struct FieldSpan {
        /// The first byte of the field's content (after an opening quote).
        var start: Int
        /// One past the last byte of the content (before a closing quote).
        var end: Int
        /// Whether the content holds `""` pairs that stand for one quote each.
        var hasDoubledQuotes: Bool
    }

    /// The byte-level CSV state machine behind ``CSVReader``.
    ///
    /// It owns no memory itself: ``CSVReader`` allocates `buffer` and `spans` and frees them in its `deinit`.
    /// The current record always lies wholly in `buffer`, from `recordStart`; fields are kept as spans relative
    /// to it, so moving the record to the front of the buffer before a read leaves them valid.
    fileprivate struct Parser {
        /// The quote byte `"`.
        static let quote = UInt8(ascii: "\"")
        /// The line feed byte (LF).
        static let lineFeed: UInt8 = 0x0A
        /// The carriage return byte (CR).
        static let carriageReturn: UInt8 = 0x0D
        /// The high bit of every byte of a word: set in an OR of words when one byte is not ASCII.
        static let highBits: UInt64 = 0x8080_8080_8080_8080
        /// One in every byte of a word.
        static let ones: UInt64 = 0x0101_0101_0101_0101

        /// Input window: the whole input for byte arrays, the current record and what follows it for files.
        var buffer: UnsafeMutableBufferPointer<UInt8>
        /// Number of valid bytes in `buffer`.
        var end: Int
        /// The open file, or -1 for byte input and once the file is closed.
        var fileDescriptor: Int32
        /// The field separator byte.
        let delimiter: UInt8
        /// The largest field accepted, in bytes.
        let maxFieldBytes: Int
        /// The largest record accepted, in bytes (the buffer never grows past it).
        let maxRecordBytes: Int
        /// Next unread byte in `buffer`.
        var position = 0
        /// Offset of `buffer[0]` in the whole input.
        var bufferOffset = 0
        /// Where the current record starts in `buffer`.
        var recordStart = 0
        /// The line on which the current record starts.
        var recordLine = 1
        /// Offset in the whole input of the first byte of the line on which the current record starts.
        var recordLineStart = 0
        /// The current record's fields.
        var spans = UnsafeMutableBufferPointer<FieldSpan>.allocate(capacity: 16)
        /// How many of `spans` belong to the current record.
        var spanCount = 0
        /// Current 1-based physical line.
        var line = 1
        /// Offset in the whole input of the first byte of the current line.
        var lineStart = 0
        /// Offset in the whole input just after the last CR line break, so that an LF there completes a CRLF.
        var afterCarriageReturn = -1
        /// Line where the field being parsed starts, for error messages.
        var fieldLine = 1
        /// Column where the field being parsed starts, for error messages.
        var fieldColumn = 1
        /// Unquoted bytes of a field with doubled quotes, rebuilt on demand.
        var scratch: [UInt8] = []
        /// No record starting at or after this offset is read.
        var stopOffset = Int.max
        /// Where reading stopped because of `stopOffset`.
        var stoppedAt: Int?
        /// Whether the byte order mark check has run.
        var hasStarted = false
        /// Whether the end of input was reached or ``CSVReader/close()`` was called.
        var isFinished = false
        /// The error thrown earlier, rethrown by every later ``advance()``.
        var failure: CSVSyntaxError?

        init(
            buffer: UnsafeMutableBufferPointer<UInt8>, end: Int, fileDescriptor: Int32, delimiter: UInt8,
            maxFieldBytes: Int, maxRecordBytes: Int
        ) {
            self.buffer = buffer
            self.end = end
            self.fileDescriptor = fileDescriptor
            self.delimiter = delimiter
            self.maxFieldBytes = maxFieldBytes
            self.maxRecordBytes = maxRecordBytes
        }

        /// Implements ``CSVReader/advance()``: remembers a thrown error and closes the file on failure.
        mutating func advance() throws(CSVSyntaxError) -> Bool {
            if let failure { throw failure }
            if isFinished { return false }
            do throws(CSVSyntaxError) {
                return try readRecord()
            } catch {
                failure = error
                spanCount = 0
                closeFile()
                throw error
            }
        }

        /// Implements ``CSVReader/close()``: closes the file and makes ``advance()`` return `false`.
        ///
        /// A previously thrown error is still rethrown.
        mutating func finish() {
            closeFile()
            isFinished = true
            position = end
            spanCount = 0
        }

        // MARK: Fields

        /// Calls `body` with the content of field `index`, `""` pairs made single.
        mutating func withField<Result>(
            _ index: Int, _ body: (UnsafeRawBufferPointer) throws -> Result
        ) rethrows -> Result {
            let span = spans[index]
            let base = UnsafeRawPointer(buffer.baseAddress! + recordStart)
            guard span.hasDoubledQuotes else {
                return try body(UnsafeRawBufferPointer(start: base + span.start, count: span.end - span.start))
            }
            scratch.removeAll(keepingCapacity: scratch.capacity <= 1 << 20)
            var index = span.start
            while index < span.end {
                let byte = base.load(fromByteOffset: index, as: UInt8.self)
                scratch.append(byte)
                index += byte == Self.quote ? 2 : 1
            }
            return try scratch.withUnsafeBytes(body)
        }

        /// Field `index` as a string (its UTF-8 was checked when the record was read).
        mutating func string(at index: Int) -> String {
            withField(index) { String(decoding: $0, as: UTF8.self) }
        }

        // MARK: Parsing

        /// Finds the next record's fields, after skipping empty lines.
        ///
        /// Returns `false` (and marks the parser finished) when only line breaks remain.
        mutating func readRecord() throws(CSVSyntaxError) -> Bool {
            if !hasStarted { try start() }
            spanCount = 0
            stoppedAt = nil
            while true {
                if position == end {
                    recordStart = position
                    guard try refill() else {
                        isFinished = true
                        return false
                    }
                }
                if bufferOffset + position >= stopOffset {
                    stoppedAt = bufferOffset + position
                    recordStart = position
                    return false
                }
                let byte = buffer[position]
                guard byte == Self.lineFeed || byte == Self.carriageReturn else { break }
                noteLineBreak(byte, at: position)
                position += 1
            }
            recordStart = position
            recordLine = line
            recordLineStart = lineStart
            var ascii: UInt64 = 0
            while try readField(ascii: &ascii) {}
            if ascii & Self.highBits != 0 { try checkUTF8() }
            return true
        }

        /// Parses one field starting at `position` and records its span.
        ///
        /// Consumes the delimiter or line break after the field. Returns `true` if a delimiter followed, so another
        /// field of the same record comes next, and `false` if the record ended.
        mutating func readField(ascii: inout UInt64) throws(CSVSyntaxError) -> Bool {
            fieldLine = line
            fieldColumn = bufferOffset + position - lineStart + 1
            if position == end {
                guard try refill() else {
                    try addSpan(from: position, to: position, doubled: false)
                    return false
                }
            }
            if buffer[position] == Self.quote {
                return try readQuotedField(ascii: &ascii)
            }
            return try readUnquotedField(ascii: &ascii)
        }

        /// Parses a field that does not start with a quote: everything up to the delimiter or line break.
        ///
        /// Quotes inside it are kept literally. Returns as ``readField(ascii:)`` does.
        mutating func readUnquotedField(ascii: inout UInt64) throws(CSVSyntaxError) -> Bool {
            var start = position
            var index = position
            while true {
                index = Self.findSpecial(in: buffer, from: index, to: end, byte: delimiter, ascii: &ascii)
                if index == end {
                    position = end
                    let before = recordStart
                    let more = try refill(fieldStart: start)
                    start -= before - recordStart
                    guard more else {
                        try addSpan(from: start, to: end, doubled: false)
                        return false
                    }
                    index = position
                    continue
                }
                let byte = buffer[index]
                if byte == delimiter {
                    try addSpan(from: start, to: index, doubled: false)
                    position = index + 1
                    return true
                }
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    try addSpan(from: start, to: index, doubled: false)
                    noteLineBreak(byte, at: index)
                    position = index + 1
                    return false
                }
                // Another control character: part of the field.
                index += 1
            }
        }

        /// Parses a field that starts with a quote, up to its closing quote and the delimiter or line break after it.
        ///
        /// Line breaks inside are kept and counted. Returns as ``readField(ascii:)`` does.
        mutating func readQuotedField(ascii: inout UInt64) throws(CSVSyntaxError) -> Bool {
            var start = position + 1
            var index = start
            var doubled = false
            while true {
                index = Self.findSpecial(in: buffer, from: index, to: end, byte: Self.quote, ascii: &ascii)
                // A quote needs the byte after it to tell a doubled quote from the closing one.
                if index == end || (index == end - 1 && buffer[index] == Self.quote && fileDescriptor >= 0) {
                    position = index
                    let before = recordStart
                    // A quote left at the buffer's end may be the closing one: not counted in the field's size.
                    let pendingQuote = index < end ? 1 : 0
                    let more = try refill(fieldStart: start + pendingQuote)
                    start -= before - recordStart
                    index = position
                    guard more else {
                        if index < end {
                            // The closing quote is the input's last byte.
                            try addSpan(from: start, to: index, doubled: doubled)
                            position = end
                            return false
                        }
                        throw CSVSyntaxError(reason: .unterminatedQuotedField, line: fieldLine, column: fieldColumn)
                    }
                    continue
                }
                let byte = buffer[index]
                if byte != Self.quote {
                    if byte == Self.lineFeed || byte == Self.carriageReturn { noteLineBreak(byte, at: index) }
                    index += 1
                    continue
                }
                let following = index + 1
                if following == end {
                    // Byte input ends with the closing quote.
                    try addSpan(from: start, to: index, doubled: doubled)
                    position = end
                    return false
                }
                let next = buffer[following]
                if next == Self.quote {
                    doubled = true
                    index = following + 1
                    continue
                }
                // The size first: a reader whose buffer ended inside this field has already said so.
                guard index - start <= maxFieldBytes else { throw fieldTooLarge() }
                position = following + 1
                if next == delimiter {
                    try addSpan(from: start, to: index, doubled: doubled)
                    return true
                }
                if next == Self.lineFeed || next == Self.carriageReturn {
                    try addSpan(from: start, to: index, doubled: doubled)
                    noteLineBreak(next, at: following)
                    return false
                }
                throw CSVSyntaxError(
                    reason: .unexpectedCharacterAfterClosingQuote(next),
                    line: line,
                    column: bufferOffset + following - lineStart + 1
                )
            }
        }

        /// The first index in `start..<stop` holding `byte` or a control byte below 14 (LF, CR and a few
        /// others); `stop` when there is none. ORs every byte looked at into `ascii`.
        ///
        /// Eight bytes are compared at a time: a byte equal to `byte` becomes zero after an XOR, and the classic
        /// "has a zero byte" and "has a byte less than n" word tests find them; their lowest flagged byte is
        /// always a true one.
        @inline(__always)
        static func findSpecial(
            in buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int, to stop: Int, byte: UInt8,
            ascii: inout UInt64
        ) -> Int {
            let base = buffer.baseAddress!
            let pattern = ones &* UInt64(byte)
            var index = start
            while index + 8 <= stop {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                ascii |= word
                let equal = word ^ pattern
                let flags =
                    ((equal &- ones) & ~equal & highBits) | ((word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & highBits)
                if flags != 0 { return index + flags.trailingZeroBitCount >> 3 }
                index += 8
            }
            while index < stop {
                let current = base[index]
                ascii |= UInt64(current)
                if current == byte || current < 0x0E { return index }
                index += 1
            }
            return stop
        }

        /// Records the field `buffer[start..<stop]`, checking its size.
        mutating func addSpan(from start: Int, to stop: Int, doubled: Bool) throws(CSVSyntaxError) {
            guard stop - start <= maxFieldBytes else { throw fieldTooLarge() }
            if spanCount == spans.count {
                let larger = UnsafeMutableBufferPointer<FieldSpan>.allocate(capacity: spans.count * 2)
                _ = larger.initialize(fromContentsOf: spans)
                spans.deallocate()
                spans = larger
            }
            spans[spanCount] = FieldSpan(start: start - recordStart, end: stop - recordStart, hasDoubledQuotes: doubled)
            spanCount += 1
        }

        /// Checks that every field of the current record is UTF-8, throwing for the first that is not.
        ///
        /// Quotes, delimiters and line breaks are ASCII, so checking each field's content is checking the record.
        mutating func checkUTF8() throws(CSVSyntaxError) {
            for index in 0..<spanCount {
                let span = spans[index]
                let bytes = UnsafeBufferPointer(
                    start: buffer.baseAddress! + recordStart + span.start, count: span.end - span.start)
                guard isValidUTF8(bytes) else {
                    let (line, column) = position(ofField: index)
                    throw CSVSyntaxError(reason: .invalidUTF8, line: line, column: column)
                }
            }
        }

        /// The line and column where field `index` of the current record starts (its opening quote, if any).
        ///
        /// Only for error messages: it walks the record from its start.
        func position(ofField index: Int) -> (line: Int, column: Int) {
            var fieldStart = recordStart
            for previous in 0..<index {
                // The byte after a field's content is its closing quote (if quoted) and then the delimiter.
                fieldStart = recordStart + spans[previous].end
                if fieldStart < end && buffer[fieldStart] == Self.quote { fieldStart += 1 }
                fieldStart += 1
            }
            var line = recordLine
            var lineStart = recordLineStart - bufferOffset
            var previous: UInt8 = 0
            for offset in recordStart..<fieldStart {
                let byte = buffer[offset]
                if byte == Self.carriageReturn || (byte == Self.lineFeed && previous != Self.carriageReturn) {
                    line += 1
                }
                if byte == Self.carriageReturn || byte == Self.lineFeed { lineStart = offset + 1 }
                previous = byte
            }
            return (line, fieldStart - lineStart + 1)
        }

        /// Updates the line count for the CR or LF `byte` at `buffer[index]`.
        ///
        /// CR and LF each start a new line, except an LF right after a CR, which completes a CRLF.
        @inline(__always)
        mutating func noteLineBreak(_ byte: UInt8, at index: Int) {
            let offset = bufferOffset + index
            if byte == Self.carriageReturn {
                line += 1
                afterCarriageReturn = offset + 1
            } else if offset != afterCarriageReturn {
                line += 1
            }
            lineStart = offset + 1
        }

        /// The error for a field over `maxFieldBytes`, located at the field's start.
        func fieldTooLarge() -> CSVSyntaxError {
            CSVSyntaxError(reason: .fieldTooLarge(limit: maxFieldBytes), line: fieldLine, column: fieldColumn)
        }

        // MARK: Input

        /// Prepares the first bytes: reads at least three (if the file has them) and skips a UTF-8 byte order mark.
        ///
        /// Called once, on the first ``advance()``.
        mutating func start() throws(CSVSyntaxError) {
            hasStarted = true
            while end < 3 && fileDescriptor >= 0 {
                let count = read(fileDescriptor, buffer.baseAddress! + end, buffer.count - end)
                if count > 0 {
                    end += count
                } else if count == 0 {
                    closeFile()
                } else if errno != EINTR {
                    throw readFailed(errno)
                }
            }
            if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
                position = 3
                lineStart = 3
            }
        }

        /// Reads more of the file behind the current record, moving the record to the front of the buffer (and
        /// growing the buffer when the record fills it).
        ///
        /// `fieldStart` is where the field being parsed starts, to stop a field over `maxFieldBytes` before the
        /// buffer grows for it. Indexes into the buffer shift by the amount `recordStart` moves. Returns `false` at
        /// the end of the input (always for byte input), leaving the buffer untouched; closes the file at its end.
        mutating func refill(fieldStart: Int? = nil) throws(CSVSyntaxError) -> Bool {
            // Checked before the end of byte input too, so that a field with no end (an unclosed quote)
            // gets the same error from memory as from a file, whatever the buffer size.
            if let fieldStart, end - fieldStart > maxFieldBytes { throw fieldTooLarge() }
            guard fileDescriptor >= 0 else { return false }
            let kept = end - recordStart
            if kept == buffer.count {
                guard buffer.count < maxRecordBytes else {
                    throw CSVSyntaxError(
                        reason: .recordTooLarge(limit: maxRecordBytes), line: recordLine,
                        column: recordLine == line ? bufferOffset + recordStart - lineStart + 1 : 1)
                }
                let larger = UnsafeMutableBufferPointer<UInt8>.allocate(
                    capacity: min(buffer.count * 2, maxRecordBytes))
                _ = larger.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: buffer[recordStart..<end]))
                buffer.deallocate()
                buffer = larger
            } else if recordStart > 0 {
                let base = buffer.baseAddress!
                memmove(base, base + recordStart, kept)
            }
            let shift = recordStart
            bufferOffset += shift
            recordStart = 0
            position -= shift
            end = kept
            while true {
                let count = read(fileDescriptor, buffer.baseAddress! + end, buffer.count - end)
                if count > 0 {
                    end += count
                    return true
                }
                if count == 0 {
                    closeFile()
                    return false
                }
                let code = errno
                if code != EINTR { throw readFailed(code) }
            }
        }

        /// The error for a failed `read(2)`, located at the current position.
        ///
        /// ``advance()`` closes the file when it records the failure.
        func readFailed(_ code: Int32) -> CSVSyntaxError {
            CSVSyntaxError(
                reason: .readFailed(errno: code),
                line: line,
                column: bufferOffset + position - lineStart + 1
            )
        }

        /// Closes the file descriptor if it is open.
        ///
        /// Safe to call repeatedly; byte input has no descriptor.
        mutating func closeFile() {
            guard fileDescriptor >= 0 else { return }
            _ = closeDescriptor(fileDescriptor)
            fileDescriptor = -1
        }

        /// Stops the program if `delimiter` would make the input ambiguous.
        ///
        /// A quote, CR or LF cannot separate fields because they already have a meaning in CSV.
        static func checkDelimiter(_ delimiter: UInt8) {
            precondition(
                delimiter != quote && delimiter != lineFeed && delimiter != carriageReturn,
                "CSV delimiter must not be a quote, CR or LF"
            )
        }
    }
}

/// Closes a file descriptor with the system's `close(2)`.
///
/// A free function, because inside ``CSVReader`` the name `close` refers to ``CSVReader/close()``.
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
