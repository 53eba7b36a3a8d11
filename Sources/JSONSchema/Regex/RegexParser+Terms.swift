extension RegexParser {
    // MARK: - Disjunctions, alternatives, terms

    /// `Alternative ('|' Alternative)*`.
    mutating func parseDisjunction() throws(RegexSyntaxError) -> RegexNode {
        var alternatives = [try parseAlternative()]
        while current == ascii("|") {
            position += 1
            alternatives.append(try parseAlternative())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    /// `Term*`, up to `|`, `)` or the end.
    private mutating func parseAlternative() throws(RegexSyntaxError) -> RegexNode {
        var terms: [RegexNode] = []
        while let scalar = current, scalar != ascii("|"), scalar != ascii(")") {
            terms.append(try parseTerm())
        }
        switch terms.count {
        case 0: return .empty
        case 1: return terms[0]
        default: return .sequence(terms)
        }
    }

    /// An assertion, or an atom with an optional quantifier.
    private mutating func parseTerm() throws(RegexSyntaxError) -> RegexNode {
        let scalar = scalars[position]
        var assertion: RegexNode?
        if scalar == ascii("^") {
            position += 1
            assertion = .inputStart
        } else if scalar == ascii("$") {
            position += 1
            assertion = .inputEnd
        } else if scalar == ascii("\\"), let next = peek(1), next == ascii("b") || next == ascii("B") {
            position += 2
            assertion = .wordBoundary(negated: next == ascii("B"))
        } else if scalar == ascii("("), peek(1) == ascii("?") {
            let third = peek(2)
            var ahead = true
            var negated = false
            var length = 0
            if third == ascii("=") || third == ascii("!") {
                negated = third == ascii("!")
                length = 3
            } else if third == ascii("<"), let fourth = peek(3), fourth == ascii("=") || fourth == ascii("!") {
                ahead = false
                negated = fourth == ascii("!")
                length = 4
            }
            if length > 0 {
                position += length
                let body = try parseDisjunction()
                guard current == ascii(")") else { throw error("missing ')' after a lookaround") }
                position += 1
                assertion = .look(body, ahead: ahead, negated: negated)
            }
        }
        if let assertion {
            if try quantifierFollows() {
                throw error("nothing to repeat (an assertion cannot be quantified)")
            }
            return assertion
        }
        let atom = try parseAtom()
        return try parseQuantifier(of: atom)
    }

    /// Whether a quantifier starts at the current position (a `{` must form a complete quantifier).
    func quantifierFollows() throws(RegexSyntaxError) -> Bool {
        guard let scalar = current else { return false }
        if scalar == ascii("*") || scalar == ascii("+") || scalar == ascii("?") {
            return true
        }
        if scalar == ascii("{") {
            var copy = self
            return (try? copy.parseBraces()) != nil
        }
        return false
    }

    /// Reads an optional quantifier after an atom.
    private mutating func parseQuantifier(of atom: RegexNode) throws(RegexSyntaxError) -> RegexNode {
        guard let scalar = current else { return atom }
        var minimum: Int
        var maximum: Int
        switch scalar {
        case ascii("*"):
            (minimum, maximum) = (0, Int.max)
            position += 1
        case ascii("+"):
            (minimum, maximum) = (1, Int.max)
            position += 1
        case ascii("?"):
            (minimum, maximum) = (0, 1)
            position += 1
        case ascii("{"):
            (minimum, maximum) = try parseBraces()
        default:
            return atom
        }
        var greedy = true
        if current == ascii("?") {
            greedy = false
            position += 1
        }
        if let next = current, next == ascii("*") || next == ascii("+") || next == ascii("?") || next == ascii("{") {
            throw error("nothing to repeat")
        }
        return .quantified(atom, min: minimum, max: maximum, greedy: greedy)
    }

    /// Reads `{n}`, `{n,}` or `{n,m}`; anything else after `{` is an error in Unicode mode.
    private mutating func parseBraces() throws(RegexSyntaxError) -> (Int, Int) {
        let start = position
        position += 1
        guard let minimum = readDecimal() else {
            position = start
            throw error("incomplete quantifier (a literal '{' must be escaped as '\\{')")
        }
        var maximum = minimum
        if current == ascii(",") {
            position += 1
            maximum = readDecimal() ?? Int.max
        }
        guard current == ascii("}") else {
            position = start
            throw error("incomplete quantifier (a literal '{' must be escaped as '\\{')")
        }
        position += 1
        guard minimum <= maximum else {
            position = start
            throw error("numbers out of order in {} quantifier")
        }
        return (minimum, maximum)
    }

    /// Reads decimal digits, saturating at a billion.
    mutating func readDecimal() -> Int? {
        var value: Int?
        while let scalar = current, scalar >= ascii("0"), scalar <= ascii("9") {
            value = min((value ?? 0) * 10 + Int(scalar - ascii("0")), 1_000_000_000)
            position += 1
        }
        return value
    }
}
