/// A compiled ECMA-262 regular expression (Unicode mode), matched against strings without Foundation.
///
/// The pattern is parsed by ``RegexParser`` and compiled into instructions for a backtracking matcher that
/// walks the string's UTF-8 bytes scalar by scalar, so matching needs no conversion to UTF-16 and no
/// allocation for most patterns. Semantics follow ECMA-262: `\d`, `\w` and `\b` are ASCII-only, `\s` is the
/// ECMA set, `.` excludes line terminators, `$` matches only at the very end, lookbehind may have any width,
/// empty iterations of a quantifier stop the loop, and captures reset at each iteration.
///
/// Matching is a search (``matches(_:)`` is true if the pattern matches anywhere), as JSON Schema's `pattern`
/// requires. A pattern that backtracks catastrophically is stopped after a fixed budget of steps and reported
/// as ``MatchOutcome/tooComplex`` rather than hanging the validator.
///
/// A class, so that passing a compiled pattern around costs one reference count, not one per array inside.
final class ECMARegex: Sendable {
    /// The result of a search.
    enum MatchOutcome: Sendable {
        /// The pattern matches somewhere in the string.
        case match
        /// It does not match anywhere.
        case noMatch
        /// The search exceeded the step or depth budget, so it was stopped without an answer.
        case tooComplex
    }

    /// The pattern's source text.
    let pattern: String
    /// The compiled program.
    private let program: RegexProgram

    /// How many matcher steps one search may take unless told otherwise.
    static let defaultStepLimit = 10_000_000
    /// How deeply the matcher may nest its backtracking points.
    static let depthLimit = 4_000

    /// Compiles a pattern.
    ///
    /// - Parameters:
    ///   - pattern: The regular expression, without delimiters or flags.
    ///   - stepLimit: How many matcher steps one search may take before it gives up as too complex.
    /// - Throws: ``RegexSyntaxError`` if it is not a valid ECMA-262 Unicode-mode pattern.
    init(_ pattern: String, stepLimit: Int = defaultStepLimit) throws(RegexSyntaxError) {
        self.pattern = pattern
        let (node, groupCount) = try RegexParser.parse(pattern)
        var program = RegexCompiler.compile(node, groupCount: groupCount)
        program.stepLimit = stepLimit
        self.program = program
    }

    /// Searches a string for the pattern.
    ///
    /// - Parameter string: The string to search.
    /// - Returns: Whether the pattern matches anywhere, or ``MatchOutcome/tooComplex``.
    func matches(_ string: String) -> MatchOutcome {
        if let outcome = string.utf8.withContiguousStorageIfAvailable({ program.search($0) }) {
            return outcome
        }
        return Array(string.utf8).withUnsafeBufferPointer { program.search($0) }
    }
}
