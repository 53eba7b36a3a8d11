import JSONCore
import Testing

@testable import JSONSchema

/// The ECMA-262 (Unicode mode) regular expression engine behind `pattern` and `patternProperties`.
struct ECMARegexTests {
    /// Whether a pattern matches somewhere in a string.
    private func search(_ pattern: String, _ text: String) throws -> Bool {
        switch try ECMARegex(pattern).matches(text) {
        case .match: return true
        case .noMatch: return false
        case .tooComplex: throw RegexSyntaxError(message: "too complex", offset: 0)
        }
    }

    @Test func searchIsUnanchored() throws {
        #expect(try search("b", "abc"))
        #expect(try search("^a", "abc"))
        #expect(try !search("^b", "abc"))
        #expect(try search("c$", "abc"))
        #expect(try search("", ""))
    }

    @Test func ecmaSemantics() throws {
        #expect(try !search("^abc$", "abc\n"), "$ matches only at the very end")
        #expect(try !search("^\\d$", "\u{07C0}"), "\\d is ASCII-only")
        #expect(try !search("^\\w$", "é"), "\\w is ASCII-only")
        #expect(try search("^\\s$", "\u{2003}"), "\\s includes Unicode spaces")
        #expect(try search("^\\s$", "\u{FEFF}"))
        #expect(try !search("^.$", "\n"), ". excludes line terminators")
        #expect(try search("^.$", "🐲"), ". matches a whole code point")
        #expect(try search("^🐲*$", "🐲🐲"))
        #expect(try search("^\\p{Letter}+$", "école"))
        #expect(try !search("^\\p{Lu}", "école"))
        #expect(try search("^\\cC$", "\u{03}"))
        #expect(try search("\\bword\\b", "a word here"))
        #expect(try !search("\\Bword", "a word"))
        #expect(try search("^[^]$", "\n"))
        #expect(try !search("[]", "anything"))
    }

    @Test func quantifiersAndGroups() throws {
        #expect(try search("^(ab)+$", "ababab"))
        #expect(try !search("^(ab)+$", "ababa"))
        #expect(try search("^a{2,3}$", "aaa"))
        #expect(try !search("^a{2,3}$", "aaaa"))
        #expect(try search("^(?:a|bc){2}d?$", "bca"))
        #expect(try search("^a+?b$", "aaab"))
        #expect(try search("^(a*)*$", "aaaa"), "empty iterations end the loop")
        #expect(try search("^(?:x|y|z)*$", "xyzzy"))
        #expect(try search("^(\\.\\d+)?Z$", ".25Z"))
        #expect(try search("^(\\.\\d+)?Z$", "Z"))
    }

    @Test func backreferencesAndLookaround() throws {
        #expect(try search("^(a+)b\\1$", "aabaa"))
        #expect(try !search("^(a+)b\\1$", "aaba"))
        #expect(try search("^(?<q>['\"]).*\\k<q>$", "'x'"))
        #expect(try !search("^(?<q>['\"]).*\\k<q>$", "'x\""))
        #expect(try search("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abc123"))
        #expect(try !search("^(?=.*\\d)(?=.*[a-z]).{6,}$", "abcdef"))
        #expect(try search("(?<=\\$)\\d+", "cost: $42"))
        #expect(try !search("(?<!\\$)\\b\\d+", "$42"))
        #expect(try search("(?<=a+)b", "aaab"), "variable-width lookbehind")
        #expect(try search("^(?:(a)|b)\\1c$", "bc"), "a group that did not take part matches empty")
    }

    @Test func syntaxErrorsOfUnicodeMode() {
        for pattern in [
            "(", ")", "[a", "a**", "{1}", "a{2,1}", "\\a", "\\1", "(?P<n>a)", "(?i)a", "(?#c)", "[z-a]", "\\p{Nope}",
            "]", "}",
        ] {
            #expect(throws: RegexSyntaxError.self, "\(pattern)") { try ECMARegex(pattern) }
        }
        for pattern in ["[]", "[^]", "\\cA", "(?<n>a)\\k<n>", "\\u{1F600}", "[\\d-]", "\\/", "a{2}"] {
            #expect(throws: Never.self, "\(pattern)") { try ECMARegex(pattern) }
        }
    }

    @Test func catastrophicBacktrackingIsStopped() throws {
        let regex = try ECMARegex("^(a+)+$", stepLimit: 100_000)
        let outcome = regex.matches(String(repeating: "a", count: 40) + "!")
        #expect(outcome == .tooComplex)
        let schema = try validator(#"{"pattern": "^(a|aa)+$"}"#, options: .init(regexStepLimit: 100_000))
        let result = schema.validate(.string(String(repeating: "a", count: 60) + "b"))
        #expect(result.errors.first?.message.contains("too complex") == true)
    }
}
