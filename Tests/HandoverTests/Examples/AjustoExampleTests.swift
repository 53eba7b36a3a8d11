import Testing

@testable import Handover

/// The Ajusto / Jaimy example (`Examples/ajusto/`) against its privacy policy
/// (`shared/reference/policies/000_88f3e2f50de52cff.txt`). The expected facts are the policy's, under
/// the policy heading named in each comment.
struct AjustoExampleTests {
    static let example = ControllerExample(
        name: "ajusto", subject: "email=an.claes@example.net",
        nearCollision: ["jan.claes@example.net", "Jan Claes", "+32478654321"],
        // Bases other than consent or contract (see the configuration).
        excludedFromPortability: [
            "invoices", "receivables", "disputes", "communications", "customer_mailings", "surveys",
        ])

    /// Both scopes: a record in every collection kept, what Art. 20 leaves out, no secret value,
    /// nothing of the near-collision subject.
    @Test func chosenSubjectInBothScopes() async throws {
        try await Self.example.expectGeneralRules()
    }

    @Test func accessCarriesThePolicyFacts() async throws {
        let bundle = try await Self.example.bundle(.access)
        // "Which personal data?": name, address and place of residence, gender, e-mail, telephone,
        // payment details, order number, cookie data (needs and habits, IP address, language
        // preferences, web browser, use of the website).
        bundle.expectCategories([
            "user.name", "user.contact.address.street", "user.contact.address.city", "user.demographic.gender",
            "user.contact.email", "user.contact.phone_number", "user.financial.credit_card",
            "user.financial.bank_account", "user.payment", "user.behavior.purchase_history",
            "user.behavior.needs_and_habits", "user.device.ip_address", "user.demographic.language",
            "user.device.browser", "user.behavior.browsing_history", "user.device.cookie_id",
        ])
        #expect(bundle.fieldNames("orders").contains("order_number"))
        // "Why do we process your personal data?": interventions, website and app, marketing, improving
        // services (surveys), quality of interactions (recordings), rights and security (fraud,
        // disputes), statutory obligations, accounting, receivables.
        bundle.expectPurposes([
            "essential.service", "functional.service", "marketing.communications.email",
            "functional.service.improve", "essential.service.operations.improve", "essential.fraud_detection",
            "essential.legal_obligation", "finance", "finance.receivables",
        ])
        #expect(bundle.fieldNames("communications").contains("recording_ref"))
        // "Legal ground for the processing": contract, legitimate interest, consent, legal obligation.
        bundle.expectLegalBases([
            ("contract", nil), ("legitimate_interest", nil), ("consent", nil), ("legal_obligation", nil),
        ])
        // Marketing to existing customers rests on the legitimate interest, to potential customers on consent.
        #expect(bundle.legalBasis("customer_mailings")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("prospect_optins")?["code"] as? String == "consent")
        #expect(bundle.collection("prospect_optins")?["dataSubject"] as? String == "prospect")
        // Receivables: data combined with information from third parties and public sources, shared
        // with recovery companies and intermediaries.
        #expect(bundle.supplementary("receivables")?["sourceOfData"] is String)
        #expect(bundle.recipients("receivables").contains { $0.contains("recover") })
        // "To whom may we communicate…": operators, partners, receivables companies, affiliated
        // companies, competent authorities.
        let recipients = bundle.collections.compactMap { $0["name"] as? String }.flatMap(bundle.recipients)
        for recipient in ["Operators", "Partners", "Affiliated companies", "Competent authorities"] {
            #expect(recipients.contains { $0.hasPrefix(recipient) }, "\(recipient)")
        }
        // "Transfer … outside the EEA": contractual obligations; a copy on request at privacy@jaimy.be.
        let transfers = try #require(bundle.supplementary("orders")?["transfers"] as? [[String: Any]])
        #expect((transfers.first?["safeguard"] as? String)?.contains("Contractual obligations") == true)
        #expect(transfers.first?["copyAvailableAt"] as? String == "privacy@jaimy.be")
        // "General" and "What are your rights?": the DPO at privacy@jaimy.be; the Data Protection Authority.
        #expect(bundle.controllerContact("dpo")?["email"] as? String == "privacy@jaimy.be")
        #expect(
            (bundle.controllerContact("supervisoryAuthority")?["url"] as? String)?
                .contains("dataprotectionauthority.be") == true)
        #expect((bundle.data["controller"] as? [String: Any])?["language"] as? String == "en")
    }

    @Test func otherPeopleInHerCallsAreWithheld() async throws {
        let bundle = try await Self.example.bundle(.access)
        let contacts = bundle.records("communications").compactMap { $0["on_site_contact"] }
        #expect(contacts.contains { $0["type"] as? String == "redacted" })
        #expect(contacts.allSatisfy { $0["type"] as? String == "redacted" || $0["type"] as? String == "null" })
    }
}
