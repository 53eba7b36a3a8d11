import Testing

@testable import Handover

/// The Alsjelieft example (`Examples/alsjelieft/`) against its privacy statement, in Dutch
/// (`shared/reference/policies/004_575a5e961efd9b91.txt`). The expected facts are the statement's,
/// under the heading or paragraph named in each comment.
struct AlsjelieftExampleTests {
    static let example = ControllerExample(
        name: "alsjelieft", subject: "email=sanne.dejong@gmail.com",
        nearCollision: ["susanne", "+31687654321"],
        // Bases other than consent or contract (see the configuration).
        excludedFromPortability: ["invoices", "security_log", "contact_moments", "portfolio", "direct_marketing"])

    /// Both scopes: a record in every collection kept, what Art. 20 leaves out, no secret value,
    /// nothing of the near-collision subject.
    @Test func chosenSubjectInBothScopes() async throws {
        try await Self.example.expectGeneralRules()
    }

    @Test func accessCarriesThePolicyFacts() async throws {
        let bundle = try await Self.example.bundle(.access)
        // "Het gaat om de volgende gegevens": first and last name, address, e-mail, phone, user name
        // (the password is never exported); security: IP addresses.
        bundle.expectCategories([
            "user.name.first", "user.name.last", "user.contact.address", "user.contact.email",
            "user.contact.phone_number", "user.account.username", "user.device.ip_address",
        ])
        // "Dit doen we met jouw persoonsgegevens": newsletter, service mails, contact, quotes, the
        // contract, invoices, the account, direct marketing, portfolio, website security.
        bundle.expectPurposes([
            "marketing.communications.email", "essential.service.notifications.email",
            "essential.service.operations.support", "sales", "essential.service", "finance",
            "essential.service.authentication", "marketing.communications", "marketing.advertising.first_party",
            "essential.service.security",
        ])
        bundle.expectLegalBases([
            ("consent", nil), ("contract", nil), ("legitimate_interest", nil), ("legal_obligation", nil),
        ])
        #expect(bundle.legalBasis("newsletter")?["code"] as? String == "consent")
        #expect(bundle.legalBasis("invoices")?["code"] as? String == "legal_obligation")
        for name in ["contact_moments", "direct_marketing", "portfolio", "security_log"] {
            #expect(bundle.legalBasis(name)?["code"] as? String == "legitimate_interest", "\(name)")
        }
        // Retention: newsletter within 30 days of withdrawal; service mails 90 days; contact two years
        // after the last contact; quotes two years; the contract five years after; invoices seven
        // fiscal years; the account five years; direct marketing five years; security logs one year.
        bundle.expectRetention("newsletter", period: "P30D", after: "intrekking")
        bundle.expectRetention("service_mails", period: "P90D")
        bundle.expectRetention("contact_moments", period: "P2Y", after: "laatste contactmoment")
        bundle.expectRetention("quotes", period: "P2Y")
        bundle.expectRetention("orders", period: "P5Y", after: "einde van de overeenkomst")
        bundle.expectRetention("invoices", period: "P7Y", after: "boekjaar")
        bundle.expectRetention("accounts", period: "P5Y", after: "verwijdering van het account")
        bundle.expectRetention("direct_marketing", period: "P5Y")
        bundle.expectRetention("security_log", period: "P1Y")
        // "Wees gerust": no profiling and no automated decisions.
        for collection in bundle.collections {
            let decision = (collection["supplementary"] as? [String: Any])?["automatedDecisionMaking"]
            #expect((decision as? [String: Any])?["exists"] as? Bool == false)
        }
        // "Anderen die jouw persoonsgegevens ontvangen": hosting, e-mail and newsletter hosting, payment
        // services and debt collectors, delivery services, cloud software, the bookkeeper; all in the
        // EU/EEA or an adequate country.
        let recipients = Set(bundle.collections.compactMap { $0["name"] as? String }.flatMap(bundle.recipients))
        for recipient in [
            "Hosting van website, app, leeromgeving of platform", "E-mail- en nieuwsbriefhosting",
            "Betaaldiensten en incassobureaus", "Bezorgdiensten", "Cloudsoftware (CRM en documentopslag)", "Boekhouder",
        ] {
            #expect(recipients.contains(recipient), "\(recipient)")
        }
        bundle.expectNoTransfers()
        #expect(
            bundle.controllerContact("supervisoryAuthority")?["name"] as? String == "Autoriteit Persoonsgegevens")
    }

    @Test func gmailVariantsOfHerAddressAreFound() async throws {
        let bundle = try await Self.example.bundle(.access)
        #expect(
            bundle.records("newsletter").first?["email"]?["value"] as? String == "Sanne.DeJong+nieuwsbrief@gmail.com")
        #expect(
            (bundle.records("quotes").first?["email"]?["value"] as? String)?.contains("annedejong@gmail.com") == true)
        #expect(bundle.records("security_log").allSatisfy { $0["username"]?["value"] as? String == "sannedejong" })
    }
}
