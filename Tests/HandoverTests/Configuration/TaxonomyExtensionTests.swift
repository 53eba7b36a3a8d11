import Foundation
import Testing

@testable import Handover

/// `extensions:`: a category or purpose of the controller's own is declared with its parent and a
/// description; a typo in a standard key is an error with the nearest keys as suggestions.
struct TaxonomyExtensionTests {
    private func load(_ yaml: String) throws -> Configuration {
        try Fixtures.configuration(yaml)
    }

    private func error(_ yaml: String) -> HandoverError? {
        #expect(throws: HandoverError.self) { try load(yaml) }
    }

    /// One collection with `category` on its e-mail field and `purpose`, then `extra` at the top level.
    private func document(
        category: String = "user.contact.email", purpose: String = "essential.service", _ extra: String = ""
    )
        -> String
    {
        """
        sources:
          - id: shop
            kind: sqlite
            path: shop.sqlite
            collections:
              - name: customers
                identities: { email: email }
                purposes: [\(purpose)]
                legal_basis: contract
                retention: Deleted two years after the last order.
                fields:
                  email: { category: \(category), provenance: provided }
        \(extra)
        """
    }

    @Test func aTypoInACategoryIsAnErrorThatSuggestsTheStandardKey() {
        let error = error(document(category: "user.contact.emial"))
        #expect(error?.description.contains("'user.contact.emial' is not a fideslang data category") == true)
        #expect(error?.description.contains("Did you mean 'user.contact.email'") == true)
        #expect(error?.description.contains("extensions:") == true, "the hint says how to declare one's own")
    }

    @Test func aTypoInAPurposeIsAnErrorThatSuggestsTheStandardKey() {
        let error = error(document(purpose: "essential.servce"))
        #expect(error?.description.contains("Did you mean 'essential.service'") == true)
    }

    @Test func suggestionsAreTheNearestKeysFirst() {
        #expect(
            Taxonomy.suggestions(for: "user.contact.emial", in: Taxonomy.dataCategories).first == "user.contact.email")
        #expect(
            Taxonomy.suggestions(for: "user.contact.phone", in: Taxonomy.dataCategories).first
                == "user.contact.phone_number")
        #expect(Taxonomy.suggestions(for: "zzzz.qqqq", in: Taxonomy.dataCategories).isEmpty)
    }

    @Test func editDistanceCountsASwapAsOneEdit() {
        func distance(_ a: String, _ b: String) -> Int {
            Taxonomy.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: 5)
        }
        #expect(distance("email", "emial") == 1)
        #expect(distance("email", "mail") == 1)
        #expect(distance("email", "e-mail") == 1)
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("", "abc") == 3)
        #expect(Taxonomy.editDistance(Array("abcdefgh".unicodeScalars), Array("z".unicodeScalars), limit: 2) == 3)
    }

    @Test func declaredCategoryAndUseExtensionsAreAccepted() throws {
        let configuration = try load(
            document(
                category: "user.financial.credit_score", purpose: "essential.service.eligibility",
                """
                extensions:
                  - key: user.financial.credit_score
                    parent: user.financial
                    description: A credit bureau's score
                    label: { en: Credit score, nl: Kredietscore }
                  - { key: essential.service.eligibility, parent: essential.service, description: Whether we can offer a contract }
                """))
        #expect(configuration.extensions.count == 2)
        #expect(configuration.extensions[0].label?.text(in: "nl") == "Kredietscore")
    }

    @Test func anExtensionMayRefineAnotherDeclaredFurtherDown() throws {
        _ = try load(
            document(
                category: "user.financial.credit_score.bureau",
                """
                extensions:
                  - { key: user.financial.credit_score.bureau, parent: user.financial.credit_score, description: The bureau's own score }
                  - { key: user.financial.credit_score, parent: user.financial, description: A credit score }
                """))
    }

    @Test(arguments: [
        ("{ key: user.credit, parent: user.financial, description: d }", "does not extend its parent"),
        ("{ key: user.financial.x, parent: user.finacial, description: d }", "Did you mean 'user.financial'"),
        ("{ key: user.contact.email, parent: user.contact, description: d }", "is a standard fideslang key"),
    ])
    func aBadDeclarationIsAnErrorWithItsLine(declaration: String, message: String) {
        let error = error(document("extensions:\n  - \(declaration)"))
        #expect(error?.description.contains(message) == true, "\(error?.description ?? "no error")")
        #expect(error?.location?.line != nil)
    }

    @Test func anExtensionDeclaredTwiceIsAnError() {
        let error = error(
            document(
                """
                extensions:
                  - { key: user.contact.email.work, parent: user.contact.email, description: d }
                  - { key: user.contact.email.work, parent: user.contact.email, description: d }
                """))
        #expect(error?.description.contains("declared twice") == true)
    }

    @Test func aLabelLanguageMustBeALanguageCode() {
        let error = error(
            document(
                """
                extensions:
                  - { key: user.contact.email.work, parent: user.contact.email, description: d, label: { English: Work } }
                """))
        #expect(error?.description.contains("not an ISO 639-1 language code") == true)
    }

    @Test func localizedTextFallsBackToTheControllersLanguageThenPlainThenEnglish() {
        let text = LocalizedText(byLanguage: ["nl": "Bestellingen", "en": "Orders"])
        #expect(text.text(in: "nl") == "Bestellingen")
        #expect(text.text(in: "da") == "Orders")
        #expect(text.text(in: "da", fallback: "nl") == "Bestellingen")
        #expect(LocalizedText(byLanguage: ["ro": "Comenzi"]).text(in: "da") == "Comenzi")
        #expect(LocalizedText("Ordrer").text(in: "en") == "Ordrer")
    }
}

/// Country codes of recipients and transfers are ISO 3166-1 alpha-2 codes that are assigned, and a
/// transfer goes outside the EEA.
struct CountryCodeTests {
    private func error(_ yaml: String) -> HandoverError? {
        #expect(throws: HandoverError.self) {
            try Fixtures.configuration(yaml)
        }
    }

    private func document(_ extra: String) -> String {
        """
        sources:
          - id: shop
            kind: sqlite
            path: shop.sqlite
            collections:
              - name: customers
                identities: { email: email }
                purposes: [essential.service]
                legal_basis: contract
                retention: Deleted two years after the last order.
        \(extra)
                fields:
                  email: { category: user.contact.email, provenance: provided }
        """
    }

    @Test func theListHoldsEveryAssignedCodeAndNoUserAssignedOne() {
        #expect(CountryCode.assigned.count == 249)
        for code in ["US", "GB", "CH", "IN", "JP", "BR", "SX", "SS"] { #expect(CountryCode.assigned.contains(code)) }
        for code in ["ZZ", "UK", "EU", "XK", "AA", "QM", "us"] { #expect(!CountryCode.assigned.contains(code)) }
        #expect(CountryCode.europeanEconomicArea.count == 30)
        #expect(CountryCode.europeanEconomicArea.isSubset(of: CountryCode.assigned))
    }

    @Test func aTransferToAnUnassignedCodeIsAnError() {
        let error = error(
            document("        transfers:\n          - { country: ZZ, safeguard: standard contractual clauses }"))
        #expect(error?.description.contains("'ZZ' is not an ISO 3166-1 alpha-2 country code") == true)
        #expect(error?.description.contains("destination") == true, "the hint says how to write an unnamed country")
    }

    @Test func aTransferInsideTheEEAIsAnError() {
        let error = error(
            document("        transfers:\n          - { country: NO, safeguard: standard contractual clauses }"))
        #expect(error?.description.contains("is in the EEA") == true)
    }

    @Test func aTransferWithoutCountryNamesItsDestinationInWords() throws {
        _ = try Fixtures.configuration(
            document(
                "        transfers:\n          - { destination: Outside the EEA (country not named), safeguard: adequacy_decision }"
            ))
    }

    @Test func aRecipientsCountryMustBeAssigned() {
        let error = error(document("        recipients:\n          - { name: Mailer, role: processor, country: UK }"))
        #expect(error?.description.contains("'UK' is not an ISO 3166-1 alpha-2 country code") == true)
    }
}
