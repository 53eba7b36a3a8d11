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

/// Parses ECMA-262 regular expressions with the `u` (Unicode) flag, the dialect of JSON Schema's `pattern`.
///
/// JSON Schema (§6.4 of the validation specification) says patterns are ECMA-262 regular expressions; like
/// most validators (Ajv among them) this one reads them in Unicode mode, which works on code points and has
/// `\p{…}`. That mode is strict: an escape that means nothing (`\a`), a lone `{`, `}` or `]`, a quantifier on
/// an assertion or a backreference to a group that does not exist are syntax errors, not literal characters.
///
/// Outside the standard: `\p{digit}` is accepted as `\p{Nd}` (the test suite expects it), and script
/// properties (`\p{Script=Greek}`) are refused because the Swift standard library does not expose scripts.
struct RegexParser {
    /// The pattern's scalars.
    private let scalars: [UInt32]
    /// The offset of the next scalar.
    private var position = 0
    /// How many capturing groups the pattern has (counted before parsing, so `\2` may precede group 2).
    private let groupCount: Int
    /// The numbers of named groups.
    private let groupNames: [String: Int]
    /// The number of the next capturing group.
    private var nextGroup = 1

    /// Parses a pattern.
    ///
    /// - Parameter pattern: The regular expression, without delimiters or flags.
    /// - Returns: The syntax tree and the number of capturing groups.
    /// - Throws: ``RegexSyntaxError`` for the first problem.
    static func parse(_ pattern: String) throws(RegexSyntaxError) -> (node: RegexNode, groupCount: Int) {
        let scalars = pattern.unicodeScalars.map(\.value)
        let (count, names) = try scanGroups(scalars)
        var parser = RegexParser(scalars: scalars, groupCount: count, groupNames: names)
        let node = try parser.parseDisjunction()
        if parser.position < scalars.count {
            // Only an unmatched `)` stops a disjunction early.
            throw RegexSyntaxError(message: "unmatched ')'", offset: parser.position)
        }
        return (node, count)
    }

    /// Creates a parser positioned at the start.
    private init(scalars: [UInt32], groupCount: Int, groupNames: [String: Int]) {
        self.scalars = scalars
        self.groupCount = groupCount
        self.groupNames = groupNames
    }

    /// Counts the capturing groups and collects their names, skipping escapes and classes.
    private static func scanGroups(_ scalars: [UInt32]) throws(RegexSyntaxError) -> (Int, [String: Int]) {
        var count = 0
        var names: [String: Int] = [:]
        var index = 0
        var inClass = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == ascii("\\") {
                index += 2
                continue
            }
            if inClass {
                if scalar == ascii("]") {
                    inClass = false
                }
            } else if scalar == ascii("[") {
                inClass = true
            } else if scalar == ascii("(") {
                if index + 1 < scalars.count && scalars[index + 1] == ascii("?") {
                    if index + 2 < scalars.count && scalars[index + 2] == ascii("<") && index + 3 < scalars.count
                        && scalars[index + 3] != ascii("=") && scalars[index + 3] != ascii("!")
                    {
                        count += 1
                        var end = index + 3
                        var name = ""
                        while end < scalars.count && scalars[end] != ascii(">") {
                            name.unicodeScalars.append(Unicode.Scalar(scalars[end]) ?? "?")
                            end += 1
                        }
                        if names[name] != nil {
                            throw RegexSyntaxError(message: "duplicate group name '\(name)'", offset: index)
                        }
                        names[name] = count
                    }
                } else {
                    count += 1
                }
            }
            index += 1
        }
        return (count, names)
    }

    /// The value of an ASCII character.
    private static func ascii(_ character: Unicode.Scalar) -> UInt32 {
        character.value
    }

    /// The value of an ASCII character.
    private func ascii(_ character: Unicode.Scalar) -> UInt32 {
        character.value
    }

    /// The scalar at the current position, if any.
    private var current: UInt32? {
        position < scalars.count ? scalars[position] : nil
    }

    /// The scalar `offset` places after the current one, if any.
    private func peek(_ offset: Int) -> UInt32? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    /// An error at the current position.
    private func error(_ message: String) -> RegexSyntaxError {
        RegexSyntaxError(message: message, offset: position)
    }

    // MARK: - Disjunctions, alternatives, terms

    /// `Alternative ('|' Alternative)*`.
    private mutating func parseDisjunction() throws(RegexSyntaxError) -> RegexNode {
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
    private func quantifierFollows() throws(RegexSyntaxError) -> Bool {
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
    private mutating func readDecimal() -> Int? {
        var value: Int?
        while let scalar = current, scalar >= ascii("0"), scalar <= ascii("9") {
            value = min((value ?? 0) * 10 + Int(scalar - ascii("0")), 1_000_000_000)
            position += 1
        }
        return value
    }

    // MARK: - Atoms

    /// `.`, a group, a class, an escape or a literal scalar.
    private mutating func parseAtom() throws(RegexSyntaxError) -> RegexNode {
        let scalar = scalars[position]
        switch scalar {
        case ascii("."):
            position += 1
            return .set(ScalarSet.dot)
        case ascii("("):
            return try parseGroup()
        case ascii("["):
            return try parseClass()
        case ascii("\\"):
            return try parseAtomEscape()
        case ascii("*"), ascii("+"), ascii("?"):
            throw error("nothing to repeat")
        case ascii("{"):
            if try quantifierFollows() {
                throw error("nothing to repeat")
            }
            throw error("lone '{' (escape it as '\\{')")
        case ascii("}"):
            throw error("lone '}' (escape it as '\\}')")
        case ascii("]"):
            throw error("lone ']' (escape it as '\\]')")
        default:
            position += 1
            return .scalar(scalar)
        }
    }

    /// `(…)`, `(?:…)` or `(?<name>…)`.
    private mutating func parseGroup() throws(RegexSyntaxError) -> RegexNode {
        let start = position
        position += 1
        var index: Int?
        if current == ascii("?") {
            if peek(1) == ascii(":") {
                position += 2
            } else if peek(1) == ascii("<") {
                position += 2
                let name = try readGroupName()
                index = groupNames[name]
            } else {
                throw error("invalid group: '(?' must be followed by ':', '=', '!', '<=', '<!' or '<name>'")
            }
        } else {
            index = nextGroup
        }
        if index != nil {
            nextGroup += 1
        }
        let body = try parseDisjunction()
        guard current == ascii(")") else {
            throw RegexSyntaxError(message: "missing ')'", offset: start)
        }
        position += 1
        if let index {
            return .capture(body, index: index)
        }
        return body
    }

    /// Reads a group name and its closing `>`: an identifier (letters, `$`, `_`, then also digits).
    private mutating func readGroupName() throws(RegexSyntaxError) -> String {
        var name = ""
        while let scalar = current, scalar != ascii(">") {
            guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid group name") }
            let isStart = unicode.properties.isIDStart || scalar == ascii("$") || scalar == ascii("_")
            let isPart = unicode.properties.isIDContinue || scalar == ascii("$") || scalar == 0x200C || scalar == 0x200D
            guard name.isEmpty ? isStart : isPart else { throw error("invalid group name") }
            name.unicodeScalars.append(unicode)
            position += 1
        }
        guard current == ascii(">"), !name.isEmpty else { throw error("invalid group name") }
        position += 1
        return name
    }

    /// An escape outside a class: a backreference, a class escape or a character escape.
    private mutating func parseAtomEscape() throws(RegexSyntaxError) -> RegexNode {
        guard let scalar = peek(1) else {
            throw error("'\\' at the end of the pattern")
        }
        if scalar >= ascii("1") && scalar <= ascii("9") {
            position += 1
            let start = position
            let number = readDecimal() ?? 0
            guard number <= groupCount else {
                throw RegexSyntaxError(
                    message: "backreference \\\(number) to a group that does not exist", offset: start)
            }
            return .backreference(number)
        }
        if scalar == ascii("k") {
            position += 2
            guard current == ascii("<") else { throw error("'\\k' must be followed by '<name>'") }
            position += 1
            let name = try readGroupName()
            guard let index = groupNames[name] else {
                throw error("backreference to a group named '\(name)' that does not exist")
            }
            return .backreference(index)
        }
        if let set = try parseClassEscape() {
            return .set(set)
        }
        return .scalar(try parseCharacterEscape(inClass: false))
    }

    /// `\d \D \s \S \w \W \p{…} \P{…}` at the current backslash, or `nil` (nothing consumed) for other escapes.
    private mutating func parseClassEscape() throws(RegexSyntaxError) -> ScalarSet? {
        guard let parts = try parseClassEscapeParts() else { return nil }
        return ScalarSet([parts])
    }

    /// The set part that a class escape at the current backslash denotes, or `nil` for other escapes.
    private mutating func parseClassEscapeParts() throws(RegexSyntaxError) -> ScalarSet.Part? {
        guard let scalar = peek(1) else { return nil }
        switch scalar {
        case ascii("d"):
            position += 2
            return .ranges(ScalarSet.digitRanges)
        case ascii("D"):
            position += 2
            return .rangesComplement(ScalarSet.digitRanges)
        case ascii("s"):
            position += 2
            return .ranges(ScalarSet.spaceRanges)
        case ascii("S"):
            position += 2
            return .rangesComplement(ScalarSet.spaceRanges)
        case ascii("w"):
            position += 2
            return .ranges(ScalarSet.wordRanges)
        case ascii("W"):
            position += 2
            return .rangesComplement(ScalarSet.wordRanges)
        case ascii("p"), ascii("P"):
            position += 2
            guard current == ascii("{") else { throw error("'\\p' must be followed by '{property}'") }
            position += 1
            var name = ""
            while let next = current, next != ascii("}") {
                name.unicodeScalars.append(Unicode.Scalar(next) ?? "?")
                position += 1
            }
            guard current == ascii("}") else { throw error("missing '}' after '\\p{'") }
            position += 1
            guard let property = UnicodeProperty.named(name) else {
                throw error("unknown or unsupported Unicode property '\(name)'")
            }
            return .property(property, negated: scalar == ascii("P"))
        default:
            return nil
        }
    }

    /// A character escape at the current backslash: `\t`, `\cX`, `\x41`, `\u{1F600}`, `\0`, `\/`, ….
    private mutating func parseCharacterEscape(inClass: Bool) throws(RegexSyntaxError) -> UInt32 {
        let start = position
        guard let scalar = peek(1) else { throw error("'\\' at the end of the pattern") }
        position += 2
        switch scalar {
        case ascii("t"): return 0x09
        case ascii("n"): return 0x0A
        case ascii("v"): return 0x0B
        case ascii("f"): return 0x0C
        case ascii("r"): return 0x0D
        case ascii("0"):
            if let next = current, next >= ascii("0"), next <= ascii("9") {
                throw RegexSyntaxError(message: "octal escapes are not allowed", offset: start)
            }
            return 0
        case ascii("c"):
            guard let letter = current, let unicode = Unicode.Scalar(letter), unicode.isASCIILetter else {
                throw RegexSyntaxError(message: "'\\c' must be followed by a letter", offset: start)
            }
            position += 1
            return letter % 32
        case ascii("x"):
            guard let high = current.flatMap(Self.hexValue), let low = peek(1).flatMap(Self.hexValue) else {
                throw RegexSyntaxError(message: "'\\x' must be followed by two hexadecimal digits", offset: start)
            }
            position += 2
            return high << 4 | low
        case ascii("u"):
            return try parseUnicodeEscape(start: start)
        default:
            let isSyntaxCharacter = "^$\\.*+?()[]{}|/".unicodeScalars.contains { $0.value == scalar }
            if isSyntaxCharacter || (inClass && scalar == ascii("-")) {
                return scalar
            }
            let shown = Unicode.Scalar(scalar).map { String(Character($0)) } ?? "?"
            throw RegexSyntaxError(message: "invalid escape '\\\(shown)'", offset: start)
        }
    }

    /// The rest of a `\u` escape: `{hex}` or four hex digits, joining an escaped surrogate pair.
    private mutating func parseUnicodeEscape(start: Int) throws(RegexSyntaxError) -> UInt32 {
        if current == ascii("{") {
            position += 1
            var value: UInt32 = 0
            var digits = 0
            while let digit = current.flatMap(Self.hexValue) {
                value = value << 4 | digit
                digits += 1
                position += 1
                guard value <= 0x10FFFF else {
                    throw RegexSyntaxError(message: "'\\u{…}' is beyond U+10FFFF", offset: start)
                }
            }
            guard digits > 0, current == ascii("}") else {
                throw RegexSyntaxError(message: "malformed '\\u{…}' escape", offset: start)
            }
            position += 1
            return value
        }
        guard let value = readFourHex() else {
            throw RegexSyntaxError(message: "'\\u' must be followed by four hexadecimal digits", offset: start)
        }
        if value >= 0xD800 && value <= 0xDBFF && current == ascii("\\") && peek(1) == ascii("u") {
            let saved = position
            position += 2
            if let low = readFourHex(), low >= 0xDC00 && low <= 0xDFFF {
                return 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            position = saved
        }
        return value
    }

    /// Reads exactly four hexadecimal digits.
    private mutating func readFourHex() -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = peek(offset).flatMap(Self.hexValue) else { return nil }
            value = value << 4 | digit
        }
        position += 4
        return value
    }

    /// The value of a hexadecimal digit scalar, or `nil`.
    private static func hexValue(_ scalar: UInt32) -> UInt32? {
        switch scalar {
        case 0x30...0x39: return scalar - 0x30
        case 0x41...0x46: return scalar - 0x41 + 10
        case 0x61...0x66: return scalar - 0x61 + 10
        default: return nil
        }
    }

    // MARK: - Character classes

    /// One element of a class: a scalar, or a set for a class escape.
    private enum ClassAtom {
        /// A single scalar, which may start or end a range.
        case scalar(UInt32)
        /// A class escape, which may not.
        case set(ScalarSet.Part)
    }

    /// `[…]` or `[^…]`.
    private mutating func parseClass() throws(RegexSyntaxError) -> RegexNode {
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
