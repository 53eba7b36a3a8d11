import Testing

@testable import Handover

/// The Jetstax example (`Examples/jetstax/`) against its privacy policy, in Romanian
/// (`shared/reference/policies/002_8045e3698fd45d91.txt`). The expected facts are the policy's, under
/// the section named in each comment.
struct JetstaxExampleTests {
    static let example = ControllerExample(
        name: "jetstax", subject: "email=oana.marin@webstudio.example",
        nearCollision: ["ioana.marin@webstudio.example", "Ioana", "JX-100010", "imarin2"],
        // Bases other than consent or contract (see the configuration).
        excludedFromPortability: ["invoices", "feedback", "fraud_signals", "access_log", "direct_marketing"])

    /// Both scopes: a record in every collection kept, what Art. 20 leaves out, no secret value,
    /// nothing of the near-collision subject.
    @Test func chosenSubjectInBothScopes() async throws {
        try await Self.example.expectGeneralRules()
    }

    @Test func accessCarriesThePolicyFacts() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §4: name, address, telephone number, e-mail address, customer number, login details.
        bundle.expectCategories([
            "user.name", "user.contact.address", "user.contact.phone_number", "user.contact.email",
            "user.unique_id", "user.account.username",
        ])
        #expect(bundle.fieldNames("customers").contains("customer_number"))
        // §4: pre-contractual requests and newsletter, the contract, setting up and supporting the
        // services, (new) products and promotions, performance tracking (feedback, fraud detection,
        // quality), legal obligations (tax, accounting); legitimate interests: direct marketing, fraud
        // prevention, network and information security.
        bundle.expectPurposes([
            "sales", "marketing.communications.email", "essential.service", "essential.service.operations",
            "essential.service.operations.support", "marketing.communications", "functional.service.improve",
            "essential.fraud_detection", "essential.service.security", "essential.legal_obligation", "finance",
        ])
        // §4: permission, the contract, legal obligations, a legitimate interest.
        bundle.expectLegalBases([
            ("consent", nil), ("contract", nil), ("legal_obligation", nil), ("legitimate_interest", nil),
        ])
        #expect(bundle.legalBasis("direct_marketing")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("fraud_signals")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("access_log")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("invoices")?["code"] as? String == "legal_obligation")
        // §4: consumer profiles are used to evaluate the products and services.
        #expect(bundle.fieldNames("feedback").contains("profile"))
        // §4: tax authorities; police or judicial investigations.
        #expect(bundle.recipients("invoices").contains { $0.contains("fiscale") })
        #expect(bundle.recipients("access_log").contains { $0.contains("poliție") })
        // §2: the Belgian Data Protection Authority's website; the policy is in Romanian.
        #expect(
            bundle.controllerContact("supervisoryAuthority")?["url"] as? String
                == "https://www.dataprotectionauthority.be/citizen")
        #expect((bundle.data["controller"] as? [String: Any])?["language"] as? String == "ro")
        // The policy mentions no transfer outside the EEA.
        bundle.expectNoTransfers()
    }

    @Test func logLinesAndFraudSignalsAreFoundThroughHerAccount() async throws {
        let bundle = try await Self.example.bundle(.access)
        #expect(bundle.records("access_log").allSatisfy { $0["username"]?["value"] as? String == "omarin1" })
        #expect(bundle.records("fraud_signals").count == 1)
        #expect(bundle.manifest.discoveredIdentifiers.contains { $0.value == "JX-10001" })
    }
}
