/// A lawful basis for processing under GDPR Art. 6(1), named as in configurations and bundles.
///
/// Each case maps to its W3C DPV GDPR concept (``iri``), so a receiving system can interpret it
/// without knowing Handover.
public enum LegalBasis: String, Sendable, Codable, CaseIterable {
    /// Art. 6(1)(a): the subject consented.
    case consent
    /// Art. 6(1)(b): needed for a contract with the subject, or steps before one.
    case contract
    /// Art. 6(1)(c): needed to comply with a legal obligation.
    case legalObligation = "legal_obligation"
    /// Art. 6(1)(d): needed to protect someone's vital interests.
    case vitalInterest = "vital_interest"
    /// Art. 6(1)(e): a task in the public interest or official authority.
    case publicTask = "public_task"
    /// Art. 6(1)(f): the legitimate interests of the controller or a third party.
    case legitimateInterest = "legitimate_interest"

    /// The GDPR article that provides this basis, e.g. `Art. 6(1)(a)`.
    public var article: String {
        switch self {
        case .consent: "Art. 6(1)(a)"
        case .contract: "Art. 6(1)(b)"
        case .legalObligation: "Art. 6(1)(c)"
        case .vitalInterest: "Art. 6(1)(d)"
        case .publicTask: "Art. 6(1)(e)"
        case .legitimateInterest: "Art. 6(1)(f)"
        }
    }

    /// The W3C DPV concept for this basis (`https://w3id.org/dpv/legal/eu/gdpr#A6-1-a` …).
    public var iri: String {
        let suffix =
            switch self {
            case .consent: "a"
            case .contract: "b"
            case .legalObligation: "c"
            case .vitalInterest: "d"
            case .publicTask: "e"
            case .legitimateInterest: "f"
            }
        return "https://w3id.org/dpv/legal/eu/gdpr#A6-1-\(suffix)"
    }
}
