extension RegexParser {
    // MARK: - Character classes

    /// One element of a class: a scalar, or a set for a class escape.
    private enum ClassAtom {
        /// A single scalar, which may start or end a range.
        case scalar(UInt32)
        /// A class escape, which may not.
        case set(ScalarSet.Part)
    }

    /// `[…]` or `[^…]`.
    mutating func parseClass() throws(RegexSyntaxError) -> RegexNode {
        let start = position
        position += 1
        var negated = false
        if current == ascii("^") {
            negated = true
            position += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var parts: [ScalarSet.Part] = []
        while true {
            guard let scalar = current else {
                throw RegexSyntaxError(message: "missing ']'", offset: start)
            }
            if scalar == ascii("]") {
                position += 1
                break
            }
            let first = try parseClassAtom()
            if current == ascii("-"), let after = peek(1), after != ascii("]") {
                let dash = position
                position += 1
                let second = try parseClassAtom()
                guard case .scalar(let low) = first, case .scalar(let high) = second else {
                    throw RegexSyntaxError(message: "a class escape cannot start or end a range", offset: dash)
                }
                guard low <= high else {
                    throw RegexSyntaxError(message: "range out of order in character class", offset: dash)
                }
                ranges.append(low...high)
                continue
            }
            switch first {
            case .scalar(let value): ranges.append(value...value)
            case .set(let part): parts.append(part)
            }
        }
        parts.append(.ranges(ranges))
        return .set(ScalarSet(parts, negated: negated))
    }

    /// One class atom: an escape (`\b` is backspace here, `\-` a dash) or any scalar but `]`.
    private mutating func parseClassAtom() throws(RegexSyntaxError) -> ClassAtom {
        let scalar = scalars[position]
        guard scalar == ascii("\\") else {
            position += 1
            return .scalar(scalar)
        }
        if peek(1) == ascii("b") {
            position += 2
            return .scalar(0x08)
        }
        if let next = peek(1), next >= ascii("1"), next <= ascii("9") {
            throw error("backreferences are not allowed in a character class")
        }
        if let part = try parseClassEscapeParts() {
            return .set(part)
        }
        return .scalar(try parseCharacterEscape(inClass: true))
    }
}
