/// The outcome of validating a bundle or a configuration.
public struct ValidationReport: Sendable, Equatable, Encodable {
    /// What was examined: a bundle's zip or a configuration file.
    public var subject: String
    /// The checks that ran, in order (`zip`, `manifest`, `entries`, …), for reports that list them.
    public var checks: [String] = []
    /// The findings, in the order they were found.
    public var diagnostics: [Diagnostic] = []
    /// `true` when the input could not be examined at all (missing, unreadable, not a zip).
    public var inputUnusable = false

    /// Creates an empty report about `subject`.
    public init(subject: String) {
        self.subject = subject
    }

    /// Whether nothing worse than a warning was found.
    public var isValid: Bool { !inputUnusable && !diagnostics.contains { $0.severity == .error } }

    /// The diagnostics a check found, by the check's name; for reports that group them.
    public var diagnosticsByCheck: [String: [Diagnostic]] = [:]

    enum CodingKeys: String, CodingKey {
        case subject, valid, usable, checks, diagnostics
    }

    /// Encodes `subject`, `valid` (``isValid``), `usable` (not ``inputUnusable``), `checks` and
    /// `diagnostics` (each flat, as ``Diagnostic`` encodes itself), in that order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject, forKey: .subject)
        try container.encode(isValid, forKey: .valid)
        try container.encode(!inputUnusable, forKey: .usable)
        try container.encode(checks, forKey: .checks)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}
