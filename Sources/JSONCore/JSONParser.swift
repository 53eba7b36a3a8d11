import Foundation

/// A problem that stops JSON from being read: bad syntax, a limit that was exceeded, or a failed read.
///
/// The error says where the problem is as a 1-based line and a 1-based byte column (a character that takes
/// several UTF-8 bytes counts as several columns). Its ``description`` is a full sentence meant for the person
/// who has to fix the file.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    ///
    /// The cases that describe input name the first thing that makes the input invalid; the parser never
    /// guesses what was meant.
    public enum Reason: Equatable, Sendable {
        /// A byte that cannot stand where it stands (for example a comment, a single quote or a trailing comma).
        case unexpectedCharacter(UInt8)
        /// The input ends inside a value, or before any value.
        case unexpectedEndOfInput
        /// A backslash in a string is followed by something other than `" \ / b f n r t u`.
        case invalidEscape
        /// A `\u` escape is not followed by four hexadecimal digits.
        case invalidUnicodeEscape
        /// A `\u` escape encodes half of a UTF-16 surrogate pair without its other half.
        case loneSurrogate
        /// The bytes are not well-formed UTF-8.
        case invalidUTF8
        /// A string holds a raw control character (U+0000 to U+001F) instead of an escape.
        case controlCharacterInString
        /// A number does not follow the RFC 8259 grammar (leading zero, `+` sign, `.5`, `1.`, `NaN`, …).
        case invalidNumber
        /// The same key occurs twice in one object.
        case duplicateKey(String)
        /// Arrays and objects are nested deeper than the limit.
        case nestingTooDeep(limit: Int)
        /// Something other than whitespace follows the complete value.
        case trailingContent
        /// The top-level value of a file that must hold an array of records is not an array.
        case notAnArray
        /// A record (an array element or a JSON Lines line) is not an object.
        case elementNotAnObject
        /// A record or a line is longer than the limit, in bytes.
        case valueTooLarge(limit: Int)
        /// The file could not be opened; the payload is the `errno` value.
        case openFailed(errno: Int32)
        /// Reading the file failed; the payload is the `errno` value.
        case readFailed(errno: Int32)
    }

    /// What went wrong.
    public var reason: Reason
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based byte column of the problem within its line.
    public var column: Int

    /// A sentence that says what is wrong, where, and what to do about it.
    ///
    /// For example: `Invalid JSON at line 3, column 7: unexpected character '}'. Fix the data at that
    /// position (or export it again from where it came from) and run Handover again.`
    public var description: String {
        switch reason {
        case .openFailed(let code):
            return "Cannot open the JSON file: \(Self.systemMessage(code)). Check the path and its permissions."
        case .readFailed(let code):
            return "Reading the JSON file failed near line \(line), column \(column): \(Self.systemMessage(code))."
                + " Check that the file is readable and not being changed, then run Handover again."
        case .nestingTooDeep(let limit):
            return "Invalid JSON at line \(line), column \(column): arrays and objects are nested more than"
                + " \(limit) levels deep. Flatten the data or raise the nesting limit."
        case .valueTooLarge(let limit):
            return "JSON record too large at line \(line), column \(column): it is longer than the limit of"
                + " \(limit) bytes. Split the record or raise the limit."
        default:
            return "Invalid JSON at line \(line), column \(column): \(explanation). Fix the data at that position"
                + " (or export it again from where it came from) and run Handover again."
        }
    }

    /// The part of the description that explains a syntax problem.
    ///
    /// A clause without a capital or full stop, so that ``description`` can frame it.
    public var explanation: String {
        switch reason {
        case .unexpectedCharacter(let byte):
            return "unexpected \(Self.show(byte))"
        case .unexpectedEndOfInput:
            return "the JSON text ends before its value is complete"
        case .invalidEscape:
            return #"invalid escape in a string (allowed are \" \\ \/ \b \f \n \r \t and \uXXXX)"#
        case .invalidUnicodeEscape:
            return #"a \u escape must be followed by exactly four hexadecimal digits"#
        case .loneSurrogate:
            return #"a \u escape holds half of a UTF-16 surrogate pair without the other half"#
        case .invalidUTF8:
            return "the bytes are not valid UTF-8"
        case .controlCharacterInString:
            return "a string holds a raw control character (such as a tab or line break); it must be escaped"
        case .invalidNumber:
            return "malformed number (no leading zeros, no '+' sign, digits needed around '.' and after 'e')"
        case .duplicateKey(let key):
            let shown = key.count > 80 ? key.prefix(80) + "…" : Substring(key)
            return "the key \"\(shown)\" occurs more than once in the same object"
        case .trailingContent:
            return "more content follows the complete JSON value"
        case .notAnArray:
            return "the file must hold one JSON array of records ([{…}, {…}]), but it does not start with '['"
        case .elementNotAnObject:
            return "a record must be a JSON object ({…}), but this value is not"
        case .nestingTooDeep, .valueTooLarge, .openFailed, .readFailed:
            return "\(reason)"
        }
    }

    /// Shows a byte as a quoted ASCII character where that is readable, else in hexadecimal.
    ///
    /// Control characters, spaces and bytes of multi-byte characters are shown as `byte 0x..`.
    private static func show(_ byte: UInt8) -> String {
        if byte > 0x20 && byte < 0x7F {
            return "character '\(Character(Unicode.Scalar(byte)))'"
        }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x\(byte < 0x10 ? "0" : "")\(hex)"
    }

    /// The operating system's text for an `errno` value.
    ///
    /// Followed by the number, which is what a search or a bug report needs.
    private static func systemMessage(_ code: Int32) -> String {
        RegularFile.describe(code)
    }
}

/// A strict RFC 8259 JSON parser that works directly on UTF-8 bytes.
///
/// It accepts exactly the JSON grammar and nothing more: no comments, trailing commas, single quotes, `NaN`,
/// leading zeros or byte order mark; whitespace is only space, tab, CR and LF; strings must be valid UTF-8
/// with control characters escaped, and a `\u` escape for half a surrogate pair is refused rather than
/// repaired. Two members with the same key in one object are an error, since a later reader could pick either.
/// Nesting deeper than ``maxDepth`` is an error; the parser keeps its own stack, so deep input can never
/// overflow the thread's stack.
///
/// Use ``parse(_:maxDepth:)`` for a complete JSON text. The streaming readers
/// (``JSONArrayStreamReader``, ``JSONLinesReader``) instead keep one parser and drive it over their buffer
/// with ``begin(_:at:)``, ``skipWhitespace()`` and ``parseValue()``, so its scratch storage is reused.
///
/// ## Usage
/// ```swift
/// let value = try JSONParser.parse(#"{"id": 7, "name": "Ada"}"#)
/// ```
public struct JSONParser {
    /// A position in the input: the byte offset and the line it is on.
    ///
    /// `lineStart` may be negative: a streaming reader drops the bytes it has consumed and shifts offsets.
    struct Location: Equatable, Sendable {
        /// The offset of the next byte to read.
        var offset: Int
        /// The 1-based line that `offset` is on.
        var line: Int
        /// The offset at which that line starts.
        var lineStart: Int

        /// The start of a text: offset 0, line 1.
        static let start = Location(offset: 0, line: 1, lineStart: 0)

        /// The 1-based byte column of `offset`.
        var column: Int { offset - lineStart + 1 }
    }

    /// The nesting limit used when none is given.
    public static let defaultMaxDepth = 256

    /// How many arrays and objects may be nested inside each other.
    let maxDepth: Int

    /// The bytes being parsed; valid only while the caller that passed them to ``begin(_:at:)`` keeps them alive.
    private var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The offset of the next byte to read.
    private var offset = 0
    /// The 1-based line of `offset`.
    private var line = 1
    /// The offset at which the current line starts.
    private var lineStart = 0

    /// Scratch space for strings with escapes.
    private var decoded: [UInt8] = []
    /// Finished elements of the arrays being parsed, innermost last.
    private var elements: [JSONValue] = []
    /// Finished members of the objects being parsed, innermost last.
    private var members: [JSONMember] = []
    /// The arrays and objects being parsed, innermost last.
    private var open: [OpenContainer] = []

    /// An array or object whose closing bracket has not been read yet.
    ///
    /// Its finished items wait in the parser's shared `members` or `elements` storage and are copied out into
    /// one exactly sized array when the bracket closes, so parsing does not grow many small arrays.
    private struct OpenContainer {
        /// Whether this is an object (else an array).
        var isObject: Bool
        /// Where its finished items start in `members` or `elements`.
        var firstItem: Int
        /// For an object: the key whose value is being parsed.
        var key = ""
        /// For an object with many members: their keys, to find duplicates without a quadratic search.
        var keys: Set<ExactKey>? = nil
    }

    /// A string that hashes and compares by its UTF-8 bytes.
    ///
    /// `String` itself treats canonical equivalents as equal, but `"é"` and `"e\u{301}"` are different keys
    /// in JSON, so the duplicate check must not.
    private struct ExactKey: Hashable {
        /// The key.
        var text: String

        /// Tells whether two keys have the same UTF-8 bytes.
        ///
        /// Stricter than `String.==`, which also matches canonical equivalents.
        static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
            lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }

        /// Hashes the key's UTF-8 bytes.
        ///
        /// Consistent with ``==(_:_:)``: equal bytes give equal hashes.
        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Creates a parser with empty scratch storage.
    ///
    /// - Parameter maxDepth: How many arrays and objects may be nested inside each other.
    init(maxDepth: Int = defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    // MARK: - Parsing a complete text

    /// Parses one complete JSON text.
    ///
    /// The bytes must hold exactly one value, with nothing but whitespace around it.
    ///
    /// - Parameters:
    ///   - bytes: The UTF-8 text, for example an `[UInt8]`, `Data` or `UnsafeRawBufferPointer`.
    ///   - maxDepth: How many arrays and objects may be nested inside each other.
    /// - Returns: The value.
    /// - Throws: ``JSONSyntaxError`` for the first problem in the text.
    public static func parse(
        _ bytes: some Collection<UInt8>,
        maxDepth: Int = defaultMaxDepth
    ) throws(JSONSyntaxError) -> JSONValue {
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONSyntaxError) in try parse(buffer: buffer, maxDepth: maxDepth) }
        }
        if let result {
            return try result.get()
        }
        return try Array(bytes).withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            try parse(buffer: buffer, maxDepth: maxDepth)
        }
    }

    /// Parses one complete JSON text given as a string.
    ///
    /// Convenient in tests and for small texts; the string's UTF-8 bytes are parsed.
    ///
    /// - Parameters:
    ///   - text: The JSON text.
    ///   - maxDepth: How many arrays and objects may be nested inside each other.
    /// - Returns: The value.
    /// - Throws: ``JSONSyntaxError`` for the first problem in the text.
    public static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONSyntaxError) -> JSONValue {
        try parse(text.utf8, maxDepth: maxDepth)
    }

    /// Parses a complete text held in contiguous memory.
    ///
    /// Shared by the public entry points once they have a buffer.
    private static func parse(
        buffer: UnsafeBufferPointer<UInt8>,
        maxDepth: Int
    ) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(maxDepth: maxDepth)
        parser.begin(buffer, at: .start)
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.currentByte != nil {
            throw parser.error(.trailingContent)
        }
        return value
    }

    // MARK: - Driving the parser over a buffer

    /// Points the parser at `input`, at `location`.
    ///
    /// The parser keeps the pointer but not the memory: the caller must keep `input` valid for as long as it
    /// calls the parser's other methods, and call `begin` again with the new buffer after changing it.
    ///
    /// - Parameters:
    ///   - input: The bytes to read; the end of the buffer is the end of the input as far as the parser knows.
    ///   - location: Where to start reading, with the line that position is on.
    mutating func begin(_ input: UnsafeBufferPointer<UInt8>, at location: Location) {
        self.input = input
        offset = location.offset
        line = location.line
        lineStart = location.lineStart
    }

    /// Where the parser stands: the next byte it would read.
    ///
    /// A reader saves it between calls and passes it back to ``begin(_:at:)``.
    var location: Location {
        Location(offset: offset, line: line, lineStart: lineStart)
    }

    /// The next byte, or `nil` at the end of the input.
    ///
    /// Does not move the parser.
    var currentByte: UInt8? {
        offset < input.count ? input[offset] : nil
    }

    /// Steps over spaces, tabs, carriage returns and line feeds, counting lines.
    ///
    /// Stops at the first other byte or at the end of the input.
    mutating func skipWhitespace() {
        let input = input
        var index = offset
        while index < input.count {
            let byte = input[index]
            if byte == .space || byte == .tab || byte == .carriageReturn {
                index += 1
            } else if byte == .lineFeed {
                index += 1
                line += 1
                lineStart = index
            } else {
                break
            }
        }
        offset = index
    }

    /// An error at the current position.
    ///
    /// - Parameter reason: What went wrong.
    /// - Returns: The error, with the line and column of the next byte.
    func error(_ reason: JSONSyntaxError.Reason) -> JSONSyntaxError {
        error(reason, at: offset)
    }

    /// An error at `position`, which must be on the current line.
    ///
    /// Strings, numbers and literals never span lines, so any position inside one qualifies.
    private func error(_ reason: JSONSyntaxError.Reason, at position: Int) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, line: line, column: position - lineStart + 1)
    }

    /// Parses the value that starts at the current position (after optional whitespace).
    ///
    /// Stops right after the value: it does not look at what follows, so a streaming reader can call it for
    /// each element. If the input ends before the value is complete, the error is ``JSONSyntaxError/Reason/unexpectedEndOfInput``
    /// and nothing else: a reader that has more bytes can then append them and parse again from the same start.
    ///
    /// - Parameter enclosingDepth: How many arrays and objects around the value the caller has already opened
    ///   itself; they count towards ``maxDepth``.
    /// - Returns: The value.
    /// - Throws: ``JSONSyntaxError`` for the first problem.
    mutating func parseValue(enclosingDepth: Int = 0) throws(JSONSyntaxError) -> JSONValue {
        elements.removeAll(keepingCapacity: true)
        members.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)

        nextValue: while true {
            skipWhitespace()
            guard offset < input.count else { throw error(.unexpectedEndOfInput) }
            var value: JSONValue
            switch input[offset] {
            case .openBrace:
                try checkDepth(enclosingDepth)
                offset += 1
                skipWhitespace()
                if currentByte == .closeBrace {
                    offset += 1
                    value = .object([])
                } else {
                    open.append(OpenContainer(isObject: true, firstItem: members.count))
                    try readKey()
                    continue nextValue
                }
            case .openBracket:
                try checkDepth(enclosingDepth)
                offset += 1
                skipWhitespace()
                if currentByte == .closeBracket {
                    offset += 1
                    value = .array([])
                } else {
                    open.append(OpenContainer(isObject: false, firstItem: elements.count))
                    continue nextValue
                }
            case .quote:
                value = .string(try readString())
            case .minus, .zero ... .nine:
                value = .number(try readNumber())
            case .letterT:
                try readLiteral("true")
                value = .bool(true)
            case .letterF:
                try readLiteral("false")
                value = .bool(false)
            case .letterN:
                try readLiteral("null")
                value = .null
            case let byte:
                throw error(.unexpectedCharacter(byte))
            }

            // A value is complete: add it to the innermost open container, then close every container
            // whose closing bracket follows.
            while let container = open.last {
                if container.isObject {
                    members.append(JSONMember(key: container.key, value: value))
                } else {
                    elements.append(value)
                }
                skipWhitespace()
                guard offset < input.count else { throw error(.unexpectedEndOfInput) }
                let byte = input[offset]
                if byte == .comma {
                    offset += 1
                    if container.isObject {
                        try readKey()
                    }
                    continue nextValue
                }
                guard byte == (container.isObject ? .closeBrace : .closeBracket) else {
                    throw error(.unexpectedCharacter(byte))
                }
                offset += 1
                open.removeLast()
                if container.isObject {
                    value = .object(Array(members[container.firstItem...]))
                    members.removeSubrange(container.firstItem...)
                } else {
                    value = .array(Array(elements[container.firstItem...]))
                    elements.removeSubrange(container.firstItem...)
                }
            }
            return value
        }
    }

    /// Refuses to open one more array or object beyond ``maxDepth``.
    ///
    /// Called before the bracket is consumed, so the error points at the bracket that is one too deep.
    private func checkDepth(_ enclosingDepth: Int) throws(JSONSyntaxError) {
        if enclosingDepth + open.count >= maxDepth {
            throw error(.nestingTooDeep(limit: maxDepth))
        }
    }

    /// Reads an object key and the colon after it, and remembers the key in the innermost open object.
    ///
    /// The key is checked against the object's earlier keys. Small objects are searched directly; from 16
    /// members on, a set of the keys is kept so that huge objects stay linear.
    private mutating func readKey() throws(JSONSyntaxError) {
        skipWhitespace()
        guard offset < input.count else { throw error(.unexpectedEndOfInput) }
        guard input[offset] == .quote else { throw error(.unexpectedCharacter(input[offset])) }
        let keyStart = offset
        let key = try readString()

        let current = open.count - 1
        let firstMember = open[current].firstItem
        if members.count - firstMember < 16 {
            for member in members[firstMember...] where member.key == key && member.key.utf8.elementsEqual(key.utf8) {
                throw error(.duplicateKey(key), at: keyStart)
            }
        } else {
            if open[current].keys == nil {
                open[current].keys = Set(members[firstMember...].map { ExactKey(text: $0.key) })
            }
            if !open[current].keys!.insert(ExactKey(text: key)).inserted {
                throw error(.duplicateKey(key), at: keyStart)
            }
        }
        open[current].key = key

        skipWhitespace()
        guard offset < input.count else { throw error(.unexpectedEndOfInput) }
        guard input[offset] == .colon else { throw error(.unexpectedCharacter(input[offset])) }
        offset += 1
    }

    /// Reads the literal `true`, `false` or `null` at the current position.
    ///
    /// The first byte has already been matched by the caller; a mismatch is reported at the wrong byte.
    private mutating func readLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let input = input
        let start = offset
        let count = literal.utf8CodeUnitCount
        let expected = literal.utf8Start
        for index in 0..<count {
            guard start + index < input.count else { throw error(.unexpectedEndOfInput, at: start + index) }
            let byte = input[start + index]
            guard byte == expected[index] else { throw error(.unexpectedCharacter(byte), at: start + index) }
        }
        offset = start + count
    }

    /// Reads a number at the current position and returns its exact text.
    ///
    /// Grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func readNumber() throws(JSONSyntaxError) -> String {
        let input = input
        let start = offset
        var index = start

        /// Steps over a run of digits and tells whether there was at least one.
        ///
        /// Moves `index`.
        func skipDigits() -> Bool {
            let first = index
            while index < input.count && input[index] >= .zero && input[index] <= .nine {
                index += 1
            }
            return index > first
        }
        /// The error for a missing digit at `index`.
        ///
        /// At the end of the input the number may just be unfinished, so that is reported as the end of input.
        func failure() -> JSONSyntaxError {
            error(index < input.count ? .invalidNumber : .unexpectedEndOfInput, at: index)
        }

        if input[index] == .minus {
            index += 1
        }
        if index < input.count && input[index] == .zero {
            index += 1
            if index < input.count && input[index] >= .zero && input[index] <= .nine {
                throw error(.invalidNumber, at: index)
            }
        } else if !skipDigits() {
            throw failure()
        }
        if index < input.count && input[index] == .period {
            index += 1
            guard skipDigits() else { throw failure() }
        }
        if index < input.count && (input[index] == .letterE || input[index] == .capitalE) {
            index += 1
            if index < input.count && (input[index] == .plus || input[index] == .minus) {
                index += 1
            }
            guard skipDigits() else { throw failure() }
        }
        offset = index
        return String(decoding: UnsafeBufferPointer(rebasing: input[start..<index]), as: UTF8.self)
    }

    /// Reads a string at the current position (which holds its opening quote) and returns its decoded text.
    ///
    /// The common case, a string without escapes, is scanned once and turned into a `String` straight from
    /// the input; a string with escapes is decoded into scratch storage first.
    private mutating func readString() throws(JSONSyntaxError) -> String {
        let input = input
        let contentStart = offset + 1
        var index = contentStart
        while true {
            guard index < input.count else { throw error(.unexpectedEndOfInput, at: index) }
            let byte = input[index]
            if byte == .quote {
                offset = index + 1
                return String(decoding: UnsafeBufferPointer(rebasing: input[contentStart..<index]), as: UTF8.self)
            } else if byte == .backslash {
                decoded.removeAll(keepingCapacity: true)
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: input[contentStart..<index]))
                return try readEscapedString(from: index)
            } else if byte < 0x20 {
                throw error(.controlCharacterInString, at: index)
            } else if byte < 0x80 {
                index += 1
            } else {
                index = try skipUTF8Sequence(at: index)
            }
        }
    }

    /// Finishes a string whose first escape is at `escapeStart`, appending to `decoded`.
    ///
    /// Plain runs between escapes are copied in one piece; the `String` is made once, at the closing quote.
    private mutating func readEscapedString(from escapeStart: Int) throws(JSONSyntaxError) -> String {
        let input = input
        var index = escapeStart
        while true {
            guard index < input.count else { throw error(.unexpectedEndOfInput, at: index) }
            let byte = input[index]
            if byte == .quote {
                offset = index + 1
                return String(decoding: decoded, as: UTF8.self)
            } else if byte == .backslash {
                guard index + 1 < input.count else { throw error(.unexpectedEndOfInput, at: index + 1) }
                switch input[index + 1] {
                case .quote, .backslash, .slash: decoded.append(input[index + 1])
                case .letterB: decoded.append(0x08)
                case .letterF: decoded.append(0x0C)
                case .letterN: decoded.append(.lineFeed)
                case .letterR: decoded.append(.carriageReturn)
                case .letterT: decoded.append(.tab)
                case .letterU:
                    index = try readUnicodeEscape(at: index)
                    continue
                default:
                    throw error(.invalidEscape, at: index)
                }
                index += 2
            } else if byte < 0x20 {
                throw error(.controlCharacterInString, at: index)
            } else {
                // Copy the run of plain bytes up to the next quote, backslash or control character.
                let runStart = index
                while index < input.count {
                    let byte = input[index]
                    if byte == .quote || byte == .backslash || byte < 0x20 {
                        break
                    } else if byte < 0x80 {
                        index += 1
                    } else {
                        index = try skipUTF8Sequence(at: index)
                    }
                }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
            }
        }
    }

    /// Decodes the `\uXXXX` escape at `start` (its backslash), or a surrogate pair of two escapes.
    ///
    /// The scalar is appended to `decoded` as UTF-8 and the offset after the escape is returned. A high
    /// surrogate must be followed at once by an escaped low surrogate, and a low surrogate must not come alone.
    private mutating func readUnicodeEscape(at start: Int) throws(JSONSyntaxError) -> Int {
        let input = input
        /// The value of the four hexadecimal digits at `position`.
        ///
        /// Problems are reported at `escape`, the backslash of the escape the digits belong to.
        func hexValue(at position: Int, escape: Int) throws(JSONSyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for index in position..<position + 4 {
                guard index < input.count else { throw error(.unexpectedEndOfInput, at: index) }
                let byte = input[index]
                let digit: UInt8
                switch byte {
                case .zero ... .nine: digit = byte - .zero
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw error(.invalidUnicodeEscape, at: escape)
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        let unit = try hexValue(at: start + 2, escape: start)
        var scalarValue = unit
        var end = start + 6
        if unit >= 0xDC00 && unit <= 0xDFFF {
            throw error(.loneSurrogate, at: start)
        }
        if unit >= 0xD800 && unit <= 0xDBFF {
            // A high surrogate must be followed at once by a `\u` escape holding a low surrogate.
            guard end < input.count else { throw error(.unexpectedEndOfInput, at: end) }
            guard input[end] == .backslash else { throw error(.loneSurrogate, at: start) }
            guard end + 1 < input.count else { throw error(.unexpectedEndOfInput, at: end + 1) }
            guard input[end + 1] == .letterU else { throw error(.loneSurrogate, at: start) }
            let low = try hexValue(at: end + 2, escape: end)
            guard low >= 0xDC00 && low <= 0xDFFF else { throw error(.loneSurrogate, at: start) }
            scalarValue = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            end += 6
        }
        // Not a surrogate, so always a valid scalar.
        let scalar = Unicode.Scalar(scalarValue)!
        decoded.append(contentsOf: UTF8.encode(scalar)!)
        return end
    }

    /// Checks the multi-byte UTF-8 sequence whose first byte is at `start` and returns the offset after it.
    ///
    /// Follows the well-formed byte sequences of the Unicode Standard (table 3-7): no overlong forms, no
    /// encoded surrogates, nothing above U+10FFFF. A sequence cut off by the end of the input is reported as
    /// the end of the input, not as bad UTF-8, so that a streaming reader can read on.
    private func skipUTF8Sequence(at start: Int) throws(JSONSyntaxError) -> Int {
        let input = input
        let lead = input[start]
        let continuationCount: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: continuationCount = 1
        case 0xE0: continuationCount = 2; secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: continuationCount = 2
        case 0xED: continuationCount = 2; secondHigh = 0x9F
        case 0xF0: continuationCount = 3; secondLow = 0x90
        case 0xF1...0xF3: continuationCount = 3
        case 0xF4: continuationCount = 3; secondHigh = 0x8F
        default: throw error(.invalidUTF8, at: start)
        }
        for index in start + 1...start + continuationCount {
            guard index < input.count else { throw error(.unexpectedEndOfInput, at: index) }
            let byte = input[index]
            let low = index == start + 1 ? secondLow : 0x80
            let high = index == start + 1 ? secondHigh : 0xBF
            guard byte >= low && byte <= high else { throw error(.invalidUTF8, at: start) }
        }
        return start + continuationCount + 1
    }
}

/// The bytes the JSON grammar gives a meaning to, named for the parser.
///
/// File-private, so the names do not leak into the rest of the module.
extension UInt8 {
    fileprivate static let tab: UInt8 = 0x09
    fileprivate static let lineFeed: UInt8 = 0x0A
    fileprivate static let carriageReturn: UInt8 = 0x0D
    fileprivate static let space: UInt8 = 0x20
    fileprivate static let quote: UInt8 = 0x22
    fileprivate static let plus: UInt8 = 0x2B
    fileprivate static let comma: UInt8 = 0x2C
    fileprivate static let minus: UInt8 = 0x2D
    fileprivate static let period: UInt8 = 0x2E
    fileprivate static let slash: UInt8 = 0x2F
    fileprivate static let zero: UInt8 = 0x30
    fileprivate static let nine: UInt8 = 0x39
    fileprivate static let colon: UInt8 = 0x3A
    fileprivate static let capitalE: UInt8 = 0x45
    fileprivate static let openBracket: UInt8 = 0x5B
    fileprivate static let backslash: UInt8 = 0x5C
    fileprivate static let closeBracket: UInt8 = 0x5D
    fileprivate static let letterB: UInt8 = 0x62
    fileprivate static let letterE: UInt8 = 0x65
    fileprivate static let letterF: UInt8 = 0x66
    fileprivate static let letterN: UInt8 = 0x6E
    fileprivate static let letterR: UInt8 = 0x72
    fileprivate static let letterT: UInt8 = 0x74
    fileprivate static let letterU: UInt8 = 0x75
    fileprivate static let openBrace: UInt8 = 0x7B
    fileprivate static let closeBrace: UInt8 = 0x7D
}
