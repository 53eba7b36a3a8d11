/// A legal notion with its GDPR citation and a plain one-sentence explanation.
struct CitedText: Sendable {
    /// `Consent`, `Right of access`.
    let title: String
    /// `Art. 6(1)(a) GDPR`, in the language's citation style.
    let citation: String
    /// One plain sentence.
    let explanation: String

    /// `Consent (Art. 6(1)(a) GDPR)`.
    var label: String { "\(title) (\(citation))" }
}
