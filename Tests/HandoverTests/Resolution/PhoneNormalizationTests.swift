import Testing

@testable import Handover

struct PhoneNormalizationTests {
    private let belgium = PhoneNormalization(defaultCountry: "BE")

    @Test(arguments: [
        "+32470123456", "+32 470 12 34 56", "0470/12.34.56", "0470 12 34 56", "0470-12-34-56", "(0470) 12 34 56",
        "0032470123456", "0032 470 12 34 56", " +32470123456 ", "+32 (0)470 12 34 56", "+32(0)470123456",
        "0032 (0)470 12 34 56",
    ])
    func belgianSpellingsOfOneMobileNumber(spelling: String) {
        #expect(belgium.normalize(spelling) == "+32470123456")
    }

    @Test func aDifferentLastDigitIsADifferentNumber() {
        #expect(belgium.normalize("+32470123457") == "+32470123457")
        #expect(belgium.normalize("0470 12 34 57") != belgium.normalize("0470 12 34 56"))
    }

    @Test func belgianLandlineAndForeignNumbers() {
        #expect(belgium.normalize("02 123 45 67") == "+3221234567")
        #expect(belgium.normalize("+31 6 12345678") == "+31612345678")
        #expect(belgium.normalize("0031 6 1234 5678") == "+31612345678")
        #expect(belgium.normalize("+44 (0)20 7946 0000") == "+442079460000")
    }

    @Test(arguments: [
        "", "   ", "n/a", "12345", "470123456", "+32 470 12 34 5x", "0470 12 34 56 ext 2", "++32470123456",
        "+32\t470123456", "+0470123456", "0470 12 34 56 +1", "+32 470 12 34 56 78 90 12 3",
    ])
    func notBelgianPhoneNumbers(text: String) {
        #expect(belgium.normalize(text) == nil, "'\(text)' read as \(belgium.normalize(text) ?? "")")
    }

    @Test func dutchNumbers() {
        let netherlands = PhoneNormalization(defaultCountry: "NL")
        #expect(netherlands.normalize("06 12345678") == "+31612345678")
        #expect(netherlands.normalize("06-1234 5678") == "+31612345678")
        #expect(netherlands.normalize("+31 (0)6 1234 5678") == "+31612345678")
        #expect(netherlands.normalize("020-1234567") == "+31201234567")
        #expect(netherlands.normalize("0031 20 123 4567") == "+31201234567")
    }

    @Test func danishNumbersHaveNoTrunkPrefix() {
        let denmark = PhoneNormalization(defaultCountry: "DK")
        #expect(denmark.normalize("32 12 34 56") == "+4532123456")
        #expect(denmark.normalize("+45 32 12 34 56") == "+4532123456")
        #expect(denmark.normalize("0045 3212 3456") == "+4532123456")
    }

    @Test func italianNumbersKeepTheirLeadingZero() {
        let italy = PhoneNormalization(defaultCountry: "IT")
        // Italian landlines keep the 0 of the area code in international form too.
        #expect(italy.normalize("06 1234 5678") == "+390612345678")
        #expect(italy.normalize("+39 06 1234 5678") == "+390612345678")
        #expect(italy.normalize("0039 06 1234 5678") == "+390612345678")
        #expect(italy.normalize("347 123 4567") == "+393471234567")
    }

    @Test func withoutADefaultCountryOnlyInternationalNumbersAreRead() {
        let international = PhoneNormalization()
        #expect(international.normalize("+32 470 12 34 56") == "+32470123456")
        #expect(international.normalize("0470 12 34 56") == nil)
    }

    @Test func theConfiguredRuleIsUsedForSubjectIdentifiers() throws {
        let configuration = try ConfigurationLoader().decode(
            Fixtures.configurationHeader + """
                identity_types:
                  phone: { normalize: phone, default_country: BE }
                sources:
                  - id: calls
                    kind: csv
                    path: calls.csv
                    collections:
                      - name: calls
                        identities: { phone: caller }
                        purposes: [essential.service]
                        legal_basis: contract
                        retention: Kept 3 months.
                        fields:
                          caller: { category: user.contact.phone_number, provenance: observed }
                """)
        let resolver = SubjectResolver(configuration: configuration)
        #expect(
            try resolver.normalize([SubjectIdentifier(type: "phone", value: "+32 (0)470 12 34 56")])
                == ["phone": ["+32470123456"]])
        #expect(throws: HandoverError.self) {
            try resolver.normalize([SubjectIdentifier(type: "phone", value: "call me")])
        }
    }
}
