import JSONCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A malformed CSV input, located by line and column.
///
/// ``CSVReader`` throws this error when the bytes it reads do not form valid RFC 4180 CSV, or when reading the
/// underlying file fails part-way. `line` is the 1-based physical line and `column` the 1-based byte offset within
/// that line (a UTF-8 byte order mark at the start of the input is not counted). Which position is reported depends
/// on the ``Reason``:
///
/// - ``Reason/unterminatedQuotedField``, ``Reason/invalidUTF8`` and ``Reason/fieldTooLarge(limit:)``: the start of
///   the offending field (its opening quote, if it is quoted).
/// - ``Reason/unexpectedCharacterAfterClosingQuote(_:)``: the unexpected byte itself.
/// - ``Reason/readFailed(errno:)``: the position the reader had reached.
struct CSVSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong with the input.
    ///
    /// Each case names one way a CSV file can be malformed or unreadable; the ``CSVSyntaxError/description`` turns
    /// it into a sentence with a hint on how to fix the file.
    enum Reason: Equatable, Sendable {
        /// The input ended inside a quoted field.
        case unterminatedQuotedField
        /// A quoted field's closing quote is followed by this byte instead of a delimiter, a line break or the end.
        case unexpectedCharacterAfterClosingQuote(UInt8)
        /// A field's bytes are not valid UTF-8.
        case invalidUTF8
        /// A single field holds more than `limit` bytes.
        case fieldTooLarge(limit: Int)
        /// A single record holds more than `limit` bytes.
        case recordTooLarge(limit: Int)
        /// The `read(2)` system call failed with this `errno`.
        case readFailed(errno: Int32)
    }

    /// What is wrong with the input.
    var reason: Reason
    /// The 1-based physical line of the problem.
    var line: Int
    /// The 1-based byte offset of the problem within ``line``.
    var column: Int

    /// A full sentence that says what went wrong, where, and what to do about it.
    ///
    /// The sentence starts with the location, for example
    /// `line 12, column 7: a quoted field is not closed before the end of the file; check for a missing " .`
    var description: String {
        "line \(line), column \(column): \(problem)"
    }

    /// What is wrong and what to do, without the location (for callers that report the location separately).
    var problem: String {
        switch reason {
        case .unterminatedQuotedField:
            return "a quoted field is not closed before the end of the file; check for a missing \" ."
        case .unexpectedCharacterAfterClosingQuote(let byte):
            return
                "unexpected character \(Self.describe(byte)) after the closing quote of a field; "
                + "only a delimiter or a line break may follow it, and a quote inside a quoted field must be "
                + "doubled (\"\")."
        case .invalidUTF8:
            return "the field is not valid UTF-8; convert the file to UTF-8 and try again."
        case .fieldTooLarge(let limit):
            return
                "a field is larger than the limit of \(limit) bytes; check for an unbalanced quote, "
                + "or raise the limit if such large fields are expected."
        case .recordTooLarge(let limit):
            return
                "a record is larger than the limit of \(limit) bytes; check for an unbalanced quote "
                + "or a missing line break."
        case .readFailed(let code):
            return "reading the file failed: \(describeErrno(code)); check that the file is readable."
        }
    }

    /// Renders a byte for a message: printable ASCII as `'x' (0x78)`, anything else as its hex value.
    ///
    /// Used by ``description`` so that control bytes and non-ASCII bytes do not garble the message.
    private static func describe(_ byte: UInt8) -> String {
        let hex = "0x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        if byte >= 0x20 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))' (\(hex))"
        }
        return hex
    }
}

/// A CSV file that could not be opened.
///
/// ``CSVReader/init(path:delimiter:bufferSize:maxFieldBytes:)`` throws this when `open(2)` fails; `errno` is the
/// system error code, which ``description`` spells out.
struct CSVFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path that was passed to the reader.
    var path: String
    /// The `errno` value reported by `open(2)`.
    var errno: Int32

    /// A full sentence naming the file, the system error, and what to check.
    ///
    /// For example `cannot open CSV file "/tmp/x.csv": No such file or directory (errno 2); check the path and
    /// its permissions.`
    var description: String {
        "cannot open CSV file \"\(path)\": \(describeErrno(errno)); check the path and its permissions."
    }
}

/// Returns the system's message for an `errno` value followed by its number.
///
/// For example `Permission denied (errno 13)`. Shared by ``CSVSyntaxError`` and ``CSVFileError``; falls back to the
/// number alone if the system has no message.
private func describeErrno(_ code: Int32) -> String {
    RegularFile.describe(code)
}
