/// An error that stops Handover, with where it happened and what to do about it.
///
/// Every failure the library reports is a `HandoverError`. Its ``description`` is a complete
/// sentence naming the file, line and field when they are known, followed by a hint, so that a
/// command-line user can act on it without reading code. Programs branch on ``code``; each code
/// maps to a documented process exit code (``Code/exitCode``).
public struct HandoverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure. New codes may be added in minor versions.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A stable machine-readable name, such as `configuration-invalid`.
        public let name: String
        /// The process exit code the CLI uses for this kind of failure (sysexits.h values).
        public let exitCode: Int32

        /// The configuration file is malformed or says something inconsistent (exit 78).
        public static let configurationInvalid = Code(name: "configuration-invalid", exitCode: 78)
        /// A file that must be read does not exist or cannot be opened (exit 66).
        public static let inputMissing = Code(name: "input-missing", exitCode: 66)
        /// A source holds data Handover refuses to export as it is: malformed CSV or JSON, a field
        /// the configuration does not map, a value of the wrong type (exit 65).
        public static let dataInvalid = Code(name: "data-invalid", exitCode: 65)
        /// The bundle could not be written to its target (exit 73).
        public static let outputFailed = Code(name: "output-failed", exitCode: 73)
        /// Reading or writing failed at the operating-system level (exit 74).
        public static let ioFailed = Code(name: "io-failed", exitCode: 74)
        /// A bundle (a zip from Handover or another exporter) is damaged, unsafe or not a bundle:
        /// an entry that would escape its folder, a checksum that does not match (exit 65).
        public static let bundleInvalid = Code(name: "bundle-invalid", exitCode: 65)
        /// The request itself is unusable, such as a subject without identifiers (exit 64).
        public static let usage = Code(name: "usage", exitCode: 64)

        /// The text shown to users.
        public var description: String { name }
    }

    /// Where a problem was found. Every part is optional; ``description`` shows what is known.
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        /// The file, as the user named it (or a source id for non-file sources).
        public var file: String?
        /// The 1-based line in that file.
        public var line: Int?
        /// The 1-based column in that line.
        public var column: Int?
        /// The field, column or configuration key concerned.
        public var field: String?

        /// Creates a location from whatever parts are known.
        public init(file: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil) {
            self.file = file
            self.line = line
            self.column = column
            self.field = field
        }

        /// The text shown to users.
        public var description: String {
            var text = file ?? ""
            if let line { text += text.isEmpty ? "line \(line)" : ":\(line)" }
            if let column, line != nil { text += ":\(column)" }
            if let field { text += text.isEmpty ? "field '\(field)'" : ", field '\(field)'" }
            return text
        }
    }

    /// The kind of failure.
    public var code: Code
    /// What went wrong, as a sentence fragment without location.
    public var message: String
    /// Where it went wrong, when known.
    public var location: Location?
    /// What the user can do about it.
    public var hint: String?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: What went wrong.
    ///   - location: Where, when known.
    ///   - hint: What to do about it.
    public init(_ code: Code, _ message: String, at location: Location? = nil, hint: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// The text shown to users.
    public var description: String {
        var text = ""
        if let location, !location.description.isEmpty { text = "\(location): " }
        text += message
        if !text.hasSuffix(".") { text += "." }
        if let hint { text += " " + hint + (hint.hasSuffix(".") ? "" : ".") }
        return text
    }
}
