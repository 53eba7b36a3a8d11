/// A `format` that is checked, not just annotated.
struct FormatAssertion: Sendable {
    /// The format's name.
    var name: String
    /// The check.
    var check: @Sendable (String) -> Bool
}
