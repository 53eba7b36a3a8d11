/// Which right a request exercises, which decides what a bundle contains.
public enum ExportScope: String, Sendable, Codable, CaseIterable {
    /// GDPR Art. 15, the right of access: all personal data held about the subject.
    case access
}
