/// A problem in a regular expression's syntax.
///
/// The message is a clause without a capital or full stop (for example `nothing to repeat`), so that a caller
/// can frame it; ``offset`` counts Unicode scalars from the start of the pattern.
struct RegexSyntaxError: Error, Equatable, Sendable {
    /// What is wrong.
    var message: String
    /// The 0-based scalar offset in the pattern where the problem was found.
    var offset: Int
}
