extension RegexParser {
    // MARK: - Atoms

    /// `.`, a group, a class, an escape or a literal scalar.
    mutating func parseAtom() throws(RegexSyntaxError) -> RegexNode {
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
    mutating func parseClassEscapeParts() throws(RegexSyntaxError) -> ScalarSet.Part? {
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
    mutating func parseCharacterEscape(inClass: Bool) throws(RegexSyntaxError) -> UInt32 {
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
}
