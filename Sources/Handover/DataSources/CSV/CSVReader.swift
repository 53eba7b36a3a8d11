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
/// A file is read with `open(2)` and `read(2)` into one reusable buffer; memory use is that buffer plus the current
/// record, and a single field may not exceed `maxFieldBytes`. The file is closed when the input is exhausted, when
/// an error is thrown, on ``close()``, or when the reader is deallocated.
///
/// After ``next()`` throws, every further call throws the same error. A reader is not `Sendable`: use it from one
/// task at a time.
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
    private var parser: Parser

    /// Opens the CSV file at `path` for streaming.
    ///
    /// Nothing is read until the first call to ``next()``.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - delimiter: The field separator byte; must not be `"`, CR or LF.
    ///   - bufferSize: Bytes read per `read(2)` call (at least 4 are used).
    ///   - maxFieldBytes: The largest field accepted, in bytes; larger ones throw
    ///     ``CSVSyntaxError/Reason/fieldTooLarge(limit:)``.
    /// - Throws: ``CSVFileError`` if the file cannot be opened.
    init(
        path: String,
        delimiter: UInt8 = UInt8(ascii: ","),
        bufferSize: Int = 1 << 16,
        maxFieldBytes: Int = 16 << 20
    ) throws(CSVFileError) {
        Parser.checkDelimiter(delimiter)
        var descriptor: Int32
        repeat {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw CSVFileError(path: path, errno: errno) }
        parser = Parser(
            buffer: .allocate(capacity: max(bufferSize, 4)),
            end: 0,
            fileDescriptor: descriptor,
            delimiter: delimiter,
            maxFieldBytes: maxFieldBytes
        )
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
            maxFieldBytes: maxFieldBytes
        )
    }

    /// Closes the file, if still open, and releases the buffer.
    ///
    /// Records not yet returned are lost.
    deinit {
        parser.closeFile()
        parser.buffer.deallocate()
    }

    /// Returns the next record, or `nil` at the end of the input.
    ///
    /// Empty lines between records are skipped. After the end of the input, or after ``close()``, it keeps
    /// returning `nil`; after it has thrown, it keeps throwing the same error.
    ///
    /// - Returns: The next record, or `nil` when there are no more.
    /// - Throws: ``CSVSyntaxError`` if the input is malformed or the file cannot be read.
    func next() throws(CSVSyntaxError) -> CSVRecord? {
        try parser.next()
    }

    /// Closes the file early; later calls to ``next()`` return `nil`.
    ///
    /// Use this when a caller stops reading before the end. Calling it more than once is harmless.
    func close() {
        parser.finish()
    }
}

extension CSVReader {
    /// The byte-level CSV state machine behind ``CSVReader``.
    ///
    /// It owns no memory itself: ``CSVReader`` allocates `buffer` and frees it in its `deinit`. Fields that lie
    /// wholly inside the buffer are decoded in place; only fields that span two reads, or contain `""`, are
    /// gathered in `scratch` first.
    private struct Parser {
        /// The quote byte `"`.
        static let quote = UInt8(ascii: "\"")
        /// The line feed byte (LF).
        static let lineFeed: UInt8 = 0x0A
        /// The carriage return byte (CR).
        static let carriageReturn: UInt8 = 0x0D
        /// Scratch space above this many bytes is released after the field that needed it.
        static let retainedScratchLimit = 1 << 20

        /// Input window: the whole input for byte arrays, the last chunk read for files.
        let buffer: UnsafeMutableBufferPointer<UInt8>
        /// Number of valid bytes in `buffer`.
        var end: Int
        /// The open file, or -1 for byte input and once the file is closed.
        var fileDescriptor: Int32
        /// The field separator byte.
        let delimiter: UInt8
        /// The largest field accepted, in bytes.
        let maxFieldBytes: Int
        /// Next unread byte in `buffer`.
        var position = 0
        /// Offset of `buffer[0]` in the whole input.
        var bufferOffset = 0
        /// The input byte just before `buffer[0]` (0 at the start), to recognise a CRLF split across two reads.
        var byteBeforeBuffer: UInt8 = 0
        /// Current 1-based physical line.
        var line = 1
        /// Offset in the whole input of the first byte of the current line.
        var lineStart = 0
        /// Line where the field being parsed starts, for error messages.
        var fieldLine = 1
        /// Column where the field being parsed starts, for error messages.
        var fieldColumn = 1
        /// Bytes of the current field that could not be decoded in place.
        var scratch: [UInt8] = []
        /// Field count of the previous record, used to size the next record's array.
        var expectedFieldCount = 8
        /// Whether the byte order mark check has run.
        var hasStarted = false
        /// Whether the end of input was reached or ``CSVReader/close()`` was called.
        var isFinished = false
        /// The error thrown earlier, rethrown by every later ``next()``.
        var failure: CSVSyntaxError?

        /// Creates the state for a buffer whose first `end` bytes are already valid.
        ///
        /// `fileDescriptor` is -1 when the buffer holds the whole input.
        init(
            buffer: UnsafeMutableBufferPointer<UInt8>,
            end: Int,
            fileDescriptor: Int32,
            delimiter: UInt8,
            maxFieldBytes: Int
        ) {
            self.buffer = buffer
            self.end = end
            self.fileDescriptor = fileDescriptor
            self.delimiter = delimiter
            self.maxFieldBytes = maxFieldBytes
        }

        /// Implements ``CSVReader/next()``: remembers a thrown error and closes the file on failure.
        ///
        /// Returns `nil` once finished.
        mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
            if let failure { throw failure }
            if isFinished { return nil }
            do throws(CSVSyntaxError) {
                return try readRecord()
            } catch {
                failure = error
                closeFile()
                throw error
            }
        }

        /// Implements ``CSVReader/close()``: closes the file and makes ``next()`` return `nil`.
        ///
        /// A previously thrown error is still rethrown.
        mutating func finish() {
            closeFile()
            isFinished = true
            position = end
        }

        // MARK: Parsing

        /// Parses one record starting at `position`, after skipping empty lines.
        ///
        /// Returns `nil` (and marks the parser finished) when only line breaks remain.
        mutating func readRecord() throws(CSVSyntaxError) -> CSVRecord? {
            if !hasStarted { try start() }
            while true {
                if position == end {
                    guard try refill() else {
                        isFinished = true
                        return nil
                    }
                }
                let byte = buffer[position]
                guard byte == Self.lineFeed || byte == Self.carriageReturn else { break }
                noteLineBreak(at: position)
                position += 1
            }
            let recordLine = line
            var fields: [String] = []
            fields.reserveCapacity(expectedFieldCount)
            while try readField(into: &fields) {}
            expectedFieldCount = fields.count
            return CSVRecord(fields: fields, line: recordLine)
        }

        /// Parses one field starting at `position` and appends it to `fields`.
        ///
        /// Consumes the delimiter or line break after the field. Returns `true` if a delimiter followed, so another
        /// field of the same record comes next, and `false` if the record ended.
        mutating func readField(into fields: inout [String]) throws(CSVSyntaxError) -> Bool {
            fieldLine = line
            fieldColumn = bufferOffset + position - lineStart + 1
            if !scratch.isEmpty {
                if scratch.capacity > Self.retainedScratchLimit {
                    scratch = []
                } else {
                    scratch.removeAll(keepingCapacity: true)
                }
            }
            if position == end {
                guard try refill() else {
                    fields.append("")
                    return false
                }
            }
            if buffer[position] == Self.quote {
                return try readQuotedField(into: &fields)
            }
            return try readUnquotedField(into: &fields)
        }

        /// Parses a field that does not start with a quote: everything up to the delimiter or line break.
        ///
        /// Quotes inside it are kept literally. Returns as ``readField(into:)`` does.
        mutating func readUnquotedField(into fields: inout [String]) throws(CSVSyntaxError) -> Bool {
            let delimiter = self.delimiter
            let bytes = buffer.baseAddress!
            var start = position
            var highBits: UInt8 = 0
            while true {
                let end = self.end
                var index = start
                while index < end {
                    let byte = bytes[index]
                    if byte == delimiter { break }
                    if byte <= Self.carriageReturn && (byte == Self.lineFeed || byte == Self.carriageReturn) { break }
                    highBits |= byte
                    index += 1
                }
                if index < end {
                    try appendField(from: start, to: index, isASCII: highBits < 0x80, into: &fields)
                    position = index + 1
                    if bytes[index] == delimiter { return true }
                    noteLineBreak(at: index)
                    return false
                }
                try stash(from: start, to: end)
                position = end
                guard try refill() else {
                    try appendField(from: position, to: position, isASCII: false, into: &fields)
                    return false
                }
                start = position
            }
        }

        /// Parses a field that starts with a quote, up to its closing quote and the delimiter or line break after it.
        ///
        /// Doubled quotes become one; line breaks inside are kept and counted. Returns as ``readField(into:)`` does.
        mutating func readQuotedField(into fields: inout [String]) throws(CSVSyntaxError) -> Bool {
            let bytes = buffer.baseAddress!
            position += 1
            var start = position
            var highBits: UInt8 = 0
            while true {
                let end = self.end
                var index = start
                while index < end {
                    let byte = bytes[index]
                    if byte == Self.quote { break }
                    if byte <= Self.carriageReturn && (byte == Self.lineFeed || byte == Self.carriageReturn) {
                        noteLineBreak(at: index)
                    }
                    highBits |= byte
                    index += 1
                }
                if index == end {
                    try stash(from: start, to: end)
                    position = end
                    guard try refill() else {
                        throw CSVSyntaxError(reason: .unterminatedQuotedField, line: fieldLine, column: fieldColumn)
                    }
                    start = position
                    continue
                }
                // A quote at `index`: the byte after it tells a doubled quote from the closing one.
                var contentEnd = index
                var following = index + 1
                if following == end {
                    try stash(from: start, to: index)
                    position = end
                    guard try refill() else {
                        try appendField(from: position, to: position, isASCII: false, into: &fields)
                        return false
                    }
                    start = position
                    contentEnd = position
                    following = position
                }
                let byte = bytes[following]
                if byte == Self.quote {
                    try stash(from: start, to: contentEnd)
                    scratch.append(Self.quote)
                    start = following + 1
                    continue
                }
                position = following + 1
                if byte == delimiter {
                    try appendField(from: start, to: contentEnd, isASCII: highBits < 0x80, into: &fields)
                    return true
                }
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    try appendField(from: start, to: contentEnd, isASCII: highBits < 0x80, into: &fields)
                    noteLineBreak(at: following)
                    return false
                }
                throw CSVSyntaxError(
                    reason: .unexpectedCharacterAfterClosingQuote(byte),
                    line: line,
                    column: bufferOffset + following - lineStart + 1
                )
            }
        }

        /// Appends the field made of `scratch` followed by `buffer[start..<stop]`, checking its size and UTF-8.
        ///
        /// A field that lies wholly in the buffer is decoded in place, without copying. `isASCII` may be `true`
        /// only if the bytes in the buffer are known to be ASCII; it lets them skip UTF-8 validation.
        mutating func appendField(
            from start: Int,
            to stop: Int,
            isASCII: Bool,
            into fields: inout [String]
        ) throws(CSVSyntaxError) {
            if scratch.isEmpty {
                let count = stop - start
                if count == 0 {
                    fields.append("")
                    return
                }
                guard count <= maxFieldBytes else { throw fieldTooLarge() }
                let bytes = UnsafeBufferPointer(start: buffer.baseAddress! + start, count: count)
                guard isASCII || Self.isValidUTF8(bytes) else { throw invalidUTF8() }
                fields.append(String(decoding: bytes, as: UTF8.self))
            } else {
                try stash(from: start, to: stop)
                let field: String? = scratch.withUnsafeBufferPointer { bytes in
                    Self.isValidUTF8(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
                }
                guard let field else { throw invalidUTF8() }
                fields.append(field)
            }
        }

        /// Copies `buffer[start..<stop]` to the end of `scratch`, enforcing `maxFieldBytes`.
        ///
        /// Called before the buffer is overwritten by the next read and around doubled quotes.
        mutating func stash(from start: Int, to stop: Int) throws(CSVSyntaxError) {
            let count = stop - start
            guard count > 0 else { return }
            guard scratch.count + count <= maxFieldBytes else { throw fieldTooLarge() }
            scratch.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress! + start, count: count))
        }

        /// Updates the line count for the CR or LF at `buffer[index]`.
        ///
        /// CR and LF each start a new line, except an LF right after a CR, which completes a CRLF.
        @inline(__always)
        mutating func noteLineBreak(at index: Int) {
            let previous = index > 0 ? buffer[index - 1] : byteBeforeBuffer
            if !(buffer[index] == Self.lineFeed && previous == Self.carriageReturn) {
                line += 1
            }
            lineStart = bufferOffset + index + 1
        }

        /// Tells whether `bytes` are well-formed UTF-8 (Unicode table 3-7: no overlongs, surrogates or values
        /// above U+10FFFF).
        ///
        /// Runs of ASCII are skipped eight bytes at a time.
        static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return true }
            let count = bytes.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let lead = base[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xED: length = 3; high = 0x9F
                case 0xE1...0xEF: length = 3
                case 0xF0: length = 4; low = 0x90
                case 0xF4: length = 4; high = 0x8F
                case 0xF1...0xF3: length = 4
                default: return false
                }
                guard index + length <= count else { return false }
                let second = base[index + 1]
                guard second >= low && second <= high else { return false }
                for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 {
                    return false
                }
                index += length
            }
            return true
        }

        /// The error for a field over `maxFieldBytes`, located at the field's start.
        ///
        /// Kept separate so the hot paths stay short.
        func fieldTooLarge() -> CSVSyntaxError {
            CSVSyntaxError(reason: .fieldTooLarge(limit: maxFieldBytes), line: fieldLine, column: fieldColumn)
        }

        /// The error for a field that is not UTF-8, located at the field's start.
        ///
        /// Kept separate so the hot paths stay short.
        func invalidUTF8() -> CSVSyntaxError {
            CSVSyntaxError(reason: .invalidUTF8, line: fieldLine, column: fieldColumn)
        }

        // MARK: Input

        /// Prepares the first bytes: reads at least three (if the file has them) and skips a UTF-8 byte order mark.
        ///
        /// Called once, on the first ``next()``.
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

        /// Replaces the fully consumed buffer with the next chunk of the file.
        ///
        /// Returns `false` at the end of the input (always for byte input), leaving the buffer untouched. Closes
        /// the file at its end.
        mutating func refill() throws(CSVSyntaxError) -> Bool {
            guard fileDescriptor >= 0 else { return false }
            let lastByte = end > 0 ? buffer[end - 1] : byteBeforeBuffer
            while true {
                let count = read(fileDescriptor, buffer.baseAddress!, buffer.count)
                if count > 0 {
                    byteBeforeBuffer = lastByte
                    bufferOffset += end
                    position = 0
                    end = count
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
        /// ``next()`` closes the file when it records the failure.
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
