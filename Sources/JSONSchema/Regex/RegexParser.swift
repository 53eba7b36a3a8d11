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
    let scalars: [UInt32]
    /// The offset of the next scalar.
    var position = 0
    /// How many capturing groups the pattern has (counted before parsing, so `\2` may precede group 2).
    let groupCount: Int
    /// The numbers of named groups.
    let groupNames: [String: Int]
    /// The number of the next capturing group.
    var nextGroup = 1

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
    func ascii(_ character: Unicode.Scalar) -> UInt32 {
        character.value
    }

    /// The scalar at the current position, if any.
    var current: UInt32? {
        position < scalars.count ? scalars[position] : nil
    }

    /// The scalar `offset` places after the current one, if any.
    func peek(_ offset: Int) -> UInt32? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }

    /// An error at the current position.
    func error(_ message: String) -> RegexSyntaxError {
        RegexSyntaxError(message: message, offset: position)
    }
}
