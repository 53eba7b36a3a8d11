import Testing

@testable import Handover

/// The JSM example (`Examples/jsm/`) against its privacy statement, in Dutch
/// (`shared/reference/policies/003_de27e8eb41b681c3.txt`). The expected facts are the statement's,
/// under the section named in each comment.
struct JSMExampleTests {
    static let example = ControllerExample(
        name: "jsm", subject: "email=lien.maes@example.be",
        nearCollision: ["celien.maes@example.be", "Celien", "+32478654321", "K-20002"],
        // Bases other than consent or contract (see the configuration).
        excludedFromPortability: ["credit_checks", "website_visits", "newsletter_customers"])

    /// Both scopes: a record in every collection kept, what Art. 20 leaves out, no secret value,
    /// nothing of the near-collision subject.
    @Test func chosenSubjectInBothScopes() async throws {
        try await Self.example.expectGeneralRules()
    }

    @Test func accessCarriesThePolicyFacts() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §4: name, first name, gender, preferred language; e-mail, phone, address; job title and
        // decision authority; external credit scores; bank account numbers; products and services;
        // billing and payment; user name and password; website visits: device type, IP address,
        // operating system, browser, visit details, location.
        bundle.expectCategories([
            "user.name.first", "user.name.last", "user.demographic.gender", "user.demographic.language",
            "user.contact.email", "user.contact.phone_number", "user.contact.address", "user.job_title",
            "user.financial.credit_score", "user.financial.bank_account", "user.behavior.purchase_history",
            "user.payment", "user.account.username", "user.device", "user.device.ip_address",
            "user.behavior.browsing_history", "user.location",
        ])
        // §5: orders and contracts, contact for installation and support, accounts, informing about
        // changes, suitability as a customer, job applications, invoicing and payments, personalising
        // the site, interest profiles for advertising, newsletters.
        bundle.expectPurposes([
            "essential.service", "essential.service.operations.support", "essential.service.authentication",
            "essential.service.notifications", "essential.service.eligibility", "employment.recruitment",
            "essential.service.payment_processing", "personalize.content", "marketing.advertising.profiling",
            "marketing.communications.email",
        ])
        // §5*: customers receive messages on the legitimate interest, prospects only after an opt-in.
        bundle.expectLegalBases([("contract", nil), ("legitimate_interest", nil), ("consent", nil)])
        #expect(bundle.legalBasis("newsletter_customers")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("newsletter_optin")?["code"] as? String == "consent")
        #expect(bundle.collection("newsletter_optin")?["dataSubject"] as? String == "prospect")
        // §4: credit scores come from outside.
        #expect((bundle.supplementary("credit_checks")?["sourceOfData"] as? String)?.contains("kredietbureau") == true)
        // §7: deleted after at most 3 years of inactivity; contracts for their duration and then the
        // statutory or limitation period.
        bundle.expectRetention("customers", period: "P3Y", after: "activiteit")
        bundle.expectRetention("contracts", period: nil, after: "einde van de overeenkomst")
        // §9: e-mail marketing, invoicing and direct mailing through processors; nothing outside the EU.
        #expect(bundle.recipients("newsletter_customers").contains { $0.contains("e-mailmarketing") })
        #expect(bundle.recipients("invoices").contains { $0.contains("facturatie") })
        bundle.expectNoTransfers()
        // §3 and §12: controller contact; the Privacy Commission.
        let controller = try #require(bundle.data["controller"] as? [String: Any])
        #expect(controller["email"] as? String == "info@JSM.be")
        #expect(controller["language"] as? String == "nl")
        // §3: the company number; §11: requests are answered within 30 days.
        #expect(controller["registrationNumber"] as? String == "BE0758.818.627")
        #expect(controller["responsePeriod"] as? String == "P30D")
        // §7: invoices are also kept for fiscal reasons, a legal obligation next to the contract.
        let invoices = (bundle.data["collections"] as? [[String: Any]])?.first { $0["name"] as? String == "invoices" }
        let others = try #require(invoices?["otherLegalBases"] as? [[String: Any]])
        #expect(others.first?["code"] as? String == "legal_obligation")
        #expect(others.first?["purposes"] as? [String] == ["finance"])
        #expect(
            (bundle.controllerContact("supervisoryAuthority")?["url"] as? String)?.contains("privacycommission.be")
                == true)
    }

    @Test func portabilityKeepsTheProfileButNotWhatWasInferred() async throws {
        let bundle = try await Self.example.bundle(.portability)
        // §5 and §10: interest profiles rest on the consent to tracking cookies, but the interests and
        // the advertising segment are inferred.
        #expect(bundle.fieldNames("interest_profiles") == ["visitor_id", "updated_at"])
    }
}
