/// A short label and a plain one-sentence explanation.
struct DescribedLabel: Sendable {
    let label: String
    let explanation: String
}
