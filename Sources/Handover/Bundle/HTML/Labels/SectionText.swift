/// A section's heading and its one-sentence introduction.
struct SectionText: Sendable {
    let heading: String
    let intro: String
}
