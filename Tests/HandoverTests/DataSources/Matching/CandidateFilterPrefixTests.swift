import Testing

@testable import Handover

/// The prefixes a database narrows e-mail addresses with: every spelling the rule makes equal
/// starts with one of them (or with whitespace or a non-ASCII character).
struct CandidateFilterPrefixTests {
    private func condition(_ values: [String], rules: EmailNormalization = .init()) throws -> MatchCriteria.Condition {
        MatchCriteria.Condition(field: "email", normalization: .email(rules), values: try KeySet(values))
    }

    private func text(_ prefixes: [[UInt8]]?) -> [String]? {
        prefixes?.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func anAddressGivesTheCaseVariantsOfItsFirstLetters() throws {
        let prefixes = try #require(text(CandidateFilter.prefixes(for: condition(["ab1@x.org"]), limit: 256)))
        // Six letters, each in two cases: the whole address fits the budget of 256.
        #expect(prefixes.count == 64)
        #expect(Set(prefixes).count == 64)
        #expect(prefixes.allSatisfy { $0.lowercased() == "ab1@x.org" })
        #expect(prefixes.contains("AB1@X.ORG") && prefixes.contains("aB1@x.oRg"))
    }

    @Test func theLetterBudgetKeepsTheRangesWithinTheLimit() throws {
        let values = (0..<32).map { "person\($0)@example.com" }
        let prefixes = try #require(text(CandidateFilter.prefixes(for: condition(values), limit: 256)))
        #expect(prefixes.count <= 256)
        // Three letters per value: "per" in eight cases.
        #expect(Set(prefixes.map { String($0.prefix(3)).lowercased() }) == ["per"])
        #expect(Set(prefixes).count == 8)
        for value in values {
            for spelling in [value, value.uppercased(), "PerSon" + value.dropFirst(6)] {
                #expect(prefixes.contains { spelling.hasPrefix($0) }, "\(spelling)")
            }
        }
        // Too many values for a prefix of three bytes each: none.
        #expect(try CandidateFilter.prefixes(for: condition((0..<64).map { "person\($0)@example.com" })) == nil)
    }

    @Test func charactersThatOtherTextCanBecomeEndThePrefix() throws {
        // U+212A KELVIN SIGN becomes `k`: an address starting with k has no prefix.
        #expect(try CandidateFilter.prefixes(for: condition(["kim@example.com"])) == nil)
        let beforeK = try #require(text(CandidateFilter.prefixes(for: condition(["marek@example.com"]))))
        #expect(beforeK.allSatisfy { $0.lowercased() == "mare" })
        // U+0130 lowercases to i and U+0307: the prefix stops before such an i.
        let beforeI = try #require(text(CandidateFilter.prefixes(for: condition(["abci\u{307}@example.com"]))))
        #expect(beforeI.allSatisfy { $0.lowercased() == "abc" })
        #expect(try CandidateFilter.prefixes(for: condition(["ali\u{307}@example.com"])) == nil)
        // Non-ASCII ends it too (NFD spells it otherwise).
        #expect(try CandidateFilter.prefixes(for: condition(["jörg@example.com"])) == nil)
    }

    @Test func domainsThatIgnoreDotsOrTagsAndPhonesHaveNone() throws {
        let gmail = EmailNormalization(domains: ["gmail.com": .init(ignoreDots: true)])
        #expect(try CandidateFilter.prefixes(for: condition(["jdoe@gmail.com"], rules: gmail)) == nil)
        let phone = MatchCriteria.Condition(
            field: "phone", normalization: .phone(PhoneNormalization(defaultCountry: "NL")),
            values: try KeySet(["+31612345678"]))
        #expect(try CandidateFilter.prefixes(for: phone) == nil)
    }
}
