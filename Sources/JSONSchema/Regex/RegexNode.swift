/// The syntax tree of a regular expression.
indirect enum RegexNode: Sendable {
    /// Matches the empty string.
    case empty
    /// Matches one scalar.
    case scalar(UInt32)
    /// Matches one scalar of a set (a class, a class escape or `.`).
    case set(ScalarSet)
    /// Matches its parts one after the other.
    case sequence([RegexNode])
    /// Matches the first alternative that leads to an overall match.
    case alternation([RegexNode])
    /// A capturing group with its 1-based number.
    case capture(RegexNode, index: Int)
    /// A quantified atom; `max` is `Int.max` when unbounded.
    case quantified(RegexNode, min: Int, max: Int, greedy: Bool)
    /// `^` (the `m` flag is never set, so: the start of the input).
    case inputStart
    /// `$` (the end of the input).
    case inputEnd
    /// `\b`, or `\B` when negated.
    case wordBoundary(negated: Bool)
    /// A lookahead or lookbehind assertion.
    case look(RegexNode, ahead: Bool, negated: Bool)
    /// `\1` or `\k<name>`: the text a group captured.
    case backreference(Int)
}
