/// An error that stops Handover: one or more diagnostics saying what went wrong, where, and what to
/// do, and the error underneath when there is one.
///
/// Every failure the library reports is a `HandoverError`. Its ``description`` is a complete
/// sentence naming the file, line and field when they are known, followed by a hint; a configuration
/// with several problems throws them all at once (``diagnostics``), each with its line. Programs
/// branch on ``code``; the CLI maps each code to a documented exit code.
public struct HandoverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem found, the first being the one that stopped the operation. Never empty.
    public private(set) var diagnostics: [Diagnostic]
    /// The error that caused this one (a system call's, a library's), kept for programs and logs;
    /// ``description`` does not repeat it, since it may quote data.
    public var underlyingError: (any Error & Sendable)?

    /// Creates an error with one diagnostic.
    ///
    /// - Parameters:
    ///   - code: The kind of failure.
    ///   - message: What went wrong, without the location.
    ///   - location: Where, when known.
    ///   - hint: What to do about it.
    ///   - underlyingError: The error that caused this one.
    public init(
        _ code: Diagnostic.Code, _ message: String, at location: Diagnostic.Location? = nil, hint: String? = nil,
        underlying underlyingError: (any Error & Sendable)? = nil
    ) {
        diagnostics = [Diagnostic(.error, code, message, at: location ?? .init(), hint: hint)]
        self.underlyingError = underlyingError
    }

    /// Creates an error from several problems found together.
    ///
    /// - Parameter diagnostics: The problems; must not be empty.
    public init(_ diagnostics: [Diagnostic]) {
        precondition(!diagnostics.isEmpty, "a HandoverError needs at least one diagnostic")
        self.diagnostics = diagnostics
    }

    /// The kind of the first problem.
    public var code: Diagnostic.Code {
        get { diagnostics[0].code }
        set { diagnostics[0].code = newValue }
    }

    /// What went wrong first, as a sentence fragment without location.
    public var message: String {
        get { diagnostics[0].message }
        set { diagnostics[0].message = newValue }
    }

    /// Where the first problem is, when known.
    public var location: Diagnostic.Location? {
        get { diagnostics[0].location.isEmpty ? nil : diagnostics[0].location }
        set { diagnostics[0].location = newValue ?? .init() }
    }

    /// What the user can do about the first problem.
    public var hint: String? {
        get { diagnostics[0].hint }
        set { diagnostics[0].hint = newValue }
    }

    /// The text shown to users: one sentence, or one line per problem after a count; names from the
    /// input cannot break a line or send terminal escapes (`escapingTerminalControls`).
    public var description: String {
        guard diagnostics.count > 1 else { return Self.sentence(diagnostics[0]) }
        let files = Set(diagnostics.compactMap(\.location.file))
        let place = files.count == 1 ? " in \(files.first!)" : ""
        return "\(diagnostics.count) problems\(place):\n"
            + diagnostics.map { "  - " + Self.sentence($0) }.joined(separator: "\n")
    }

    private static func sentence(_ diagnostic: Diagnostic) -> String {
        var text = ""
        let place = diagnostic.location.description
        if !place.isEmpty { text = "\(place): " }
        text += diagnostic.message
        if !text.hasSuffix(".") { text += "." }
        if let hint = diagnostic.hint { text += " " + hint + (hint.hasSuffix(".") ? "" : ".") }
        return text.escapingTerminalControls
    }

    /// Two errors are equal when their diagnostics are; the underlying errors are not compared.
    public static func == (lhs: HandoverError, rhs: HandoverError) -> Bool {
        lhs.diagnostics == rhs.diagnostics
    }
}
