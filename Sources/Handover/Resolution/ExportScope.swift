/// Which right a request exercises, which decides what a bundle contains.
public enum ExportScope: String, Sendable, Codable, CaseIterable {
    /// GDPR Art. 15, the right of access: all personal data held about the subject, with the
    /// supplementary information of Art. 15(1)–(2) (purposes, categories, recipients, retention,
    /// source, automated decision-making, transfers).
    case access
    /// GDPR Art. 20, the right to data portability: the data the subject provided, or that was
    /// observed about them, processed on the basis of consent or a contract. Derived and inferred
    /// data, and collections on other legal bases, are left out.
    case portability

    /// Whether a collection with `legalBasis` is in scope.
    public func includes(_ legalBasis: LegalBasis) -> Bool {
        switch self {
        case .access: true
        case .portability: legalBasis == .consent || legalBasis == .contract
        }
    }

    /// Whether a field with `provenance` is in scope.
    public func includes(_ provenance: Provenance) -> Bool {
        switch self {
        case .access: true
        case .portability: provenance == .provided || provenance == .observed
        }
    }
}
