/// The keywords for strings.
struct StringKeywords: Sendable {
    /// `minLength`, in code points.
    var minLength: Int?
    /// `maxLength`, in code points.
    var maxLength: Int?
    /// `pattern`.
    var pattern: ECMARegex?
    /// `format`, when it is asserted.
    var format: FormatAssertion?
}
