import Testing

@testable import Handover

struct IdentityNormalizationTests {
    private let email = IdentityNormalization.email(EmailNormalization())

    @Test(arguments: [
        ("bob@example.com", "bob@example.com"),
        ("  Bob@Example.COM\t", "bob@example.com"),
        ("BOB@example.com.", "bob@example.com"),
        ("zoe\u{0308}@example.com", "zo\u{00EB}@example.com"),
        ("\"quoted@local\"@example.com", "\"quoted@local\"@example.com"),
    ])
    func emailVariantsNormaliseToOneAddress(input: String, expected: String) {
        #expect(email.normalize(input) == expected)
    }

    @Test func nearCollisionsStayDifferent() {
        let bob = email.normalize("bob@example.com")
        for other in [
            "jimbob@example.com", "bob@example.co", "bob@example.com.au", "bob.@example.com", "b0b@example.com",
        ] {
            #expect(email.normalize(other) != bob, "\(other) must not equal bob@example.com")
        }
    }

    @Test(arguments: ["", "bob", "@example.com", "bob@", "bob smith@example.com", "bob@exa mple.com"])
    func nonAddressesMatchNothing(input: String) {
        #expect(email.normalize(input) == nil)
    }

    @Test func domainRules() {
        let rules = EmailNormalization(domains: [
            "Gmail.com": .init(ignoreDots: true, stripPlusSuffix: true),
            "example.org": .init(caseSensitiveLocalPart: true),
        ])
        #expect(rules.normalize("J.Doe+shop@GMAIL.com") == "jdoe@gmail.com")
        #expect(rules.normalize("j.doe+shop@example.com") == "j.doe+shop@example.com")
        #expect(rules.normalize("John@Example.ORG") == "John@example.org")
        #expect(rules.normalize("john@example.org") != rules.normalize("John@example.org"))
        #expect(rules.normalize("+tag@gmail.com") == "+tag@gmail.com")
    }

    @Test(arguments: [
        ("BE", "0470 12 34 56", "+32470123456"),
        ("BE", "+32 470 12 34 56", "+32470123456"),
        ("BE", "+32 (0)470 12 34 56", "+32470123456"),
        ("BE", "0032 470/12.34.56", "+32470123456"),
        ("NL", "06-12345678", "+31612345678"),
        ("NL", "+31 6 1234 5678", "+31612345678"),
        ("DK", "12 34 56 78", "+4512345678"),
        ("IT", "06 1234 5678", "+390612345678"),
        ("RO", "0721 234 567", "+40721234567"),
        ("US", "1 (212) 555-0100", "+12125550100"),
    ])
    func phoneNumbersBecomeE164(country: String, input: String, expected: String) {
        #expect(PhoneNormalization(defaultCountry: country).normalize(input) == expected)
    }

    @Test(arguments: ["0470 12 34 5x", "+32 470 12 34 56 ext 2", "123", "+0470123456", "", "call me"])
    func nonNumbersMatchNothing(input: String) {
        #expect(PhoneNormalization(defaultCountry: "BE").normalize(input) == nil)
    }

    @Test func nationalNumbersNeedADefaultCountry() {
        #expect(PhoneNormalization().normalize("0470 12 34 56") == nil)
        #expect(PhoneNormalization().normalize("+32 470 12 34 56") == "+32470123456")
        #expect(PhoneNormalization(defaultCountry: "NL").normalize("612345678") == nil)
    }

    @Test func exactKeepsEverything() {
        #expect(IdentityNormalization.exact.normalize(" 42 ") == " 42 ")
    }
}
