/// One finding: what is wrong, where, how bad, and a stable code to branch on.
///
/// Everything Handover reports is made of diagnostics: a validation report lists them, and a
/// ``HandoverError`` carries one or more (a configuration with five problems throws all five, each
/// with its line). The library says nothing of how a program presents them; the CLI prints them and
/// chooses its exit code from the ``code``.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible, Encodable {
    /// How bad a finding is.
    public enum Severity: String, Sendable, Comparable, Encodable {
        /// The bundle or configuration is invalid, or the operation failed.
        case error
        /// Suspicious, but not invalid.
        case warning

        /// Errors sort first.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs != .error }
    }

    /// How bad it is.
    public var severity: Severity
    /// The kind of finding.
    public var code: Code
    /// What is wrong, as a sentence.
    public var message: String
    /// Where.
    public var location: Location
    /// What to do about it, when there is advice.
    public var hint: String?

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - severity: How bad it is.
    ///   - code: The kind of finding.
    ///   - message: What is wrong, without the location.
    ///   - location: Where.
    ///   - hint: What to do about it.
    public init(
        _ severity: Severity, _ code: Code, _ message: String, at location: Location = Location(), hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// `alice.zip: data.json:12: error: message [code]`, on one line: control characters in the
    /// names it holds are escaped (`escapingTerminalControls`).
    public var description: String {
        let place = location.description
        let text =
            (place.isEmpty ? "" : "\(place): ") + "\(severity.rawValue): \(message) [\(code)]"
            + (hint.map { " " + $0 + ($0.hasSuffix(".") ? "" : ".") } ?? "")
        return text.escapingTerminalControls
    }

    enum CodingKeys: String, CodingKey {
        case severity, code, message, file, entry, line, column, field, pointer, hint
    }

    /// Encodes one flat object: `severity`, `code` (its name), `message`, the known parts of the
    /// location (`file`, `entry`, `line`, `column`, `field`, `pointer`) and `hint`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(code.name, forKey: .code)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(location.file, forKey: .file)
        try container.encodeIfPresent(location.entry, forKey: .entry)
        try container.encodeIfPresent(location.line, forKey: .line)
        try container.encodeIfPresent(location.column, forKey: .column)
        try container.encodeIfPresent(location.field, forKey: .field)
        try container.encodeIfPresent(location.pointer, forKey: .pointer)
        try container.encodeIfPresent(hint, forKey: .hint)
    }
}
