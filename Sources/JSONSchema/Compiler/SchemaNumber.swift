/// A number from a schema keyword, with the text it was written as (for messages).
struct SchemaNumber: Sendable {
    /// The value.
    var value: ExactNumber
    /// The source text.
    var text: String
}
