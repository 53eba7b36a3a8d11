/// The outcome of validating a bundle or a configuration.
public struct ValidationReport: Sendable, Equatable {
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
}
