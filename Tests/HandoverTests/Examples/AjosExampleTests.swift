import Testing

@testable import Handover

/// The Ajos example (`Examples/ajos/`) against its privacy policy
/// (`shared/reference/policies/001_7edbccc88b883856.txt`). The expected facts are the policy's, under
/// the section named in each comment.
struct AjosExampleTests {
    static let example = ControllerExample(
        name: "ajos", subject: "email=ida.holm@nordbyg.example",
        nearCollision: ["frida.holm@nordbyg.example", "Frida", "+4520654321"],
        // Bases other than consent or contract (see the configuration).
        excludedFromPortability: [
            "representatives", "leads", "portal_company_users", "customer_statistics", "portal_activity",
            "surveys",
        ])

    /// The provision every basis under the Data Protection Regulation is cited with.
    static let danishAct = "Danish Data Protection Act s. 6(1)"

    /// Both scopes: a record in every collection kept, what Art. 20 leaves out, no secret value,
    /// nothing of the near-collision subject.
    @Test func chosenSubjectInBothScopes() async throws {
        try await Self.example.expectGeneralRules()
    }

    /// §3.2: an enquiry within a private customer relationship rests on the contract, so portability
    /// carries exactly those enquiries, and the bundle says which basis applies to which.
    @Test func enquiryBasisFollowsTheRelationship() async throws {
        let portability = try await Self.example.bundle(.portability)
        let enquiries = try #require(portability.collection("enquiries"))
        let records = try #require(enquiries["records"] as? [[String: [String: Any]]])
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0["relationship"]?["value"] as? String == "private customer" })
        let rule = try #require(enquiries["legalBasisByField"] as? [String: Any])
        #expect(rule["field"] as? String == "relationship")
        let cases = try #require(rule["cases"] as? [[String: Any]])
        #expect(cases.map { $0["value"] as? String } == ["private customer"])
        #expect(cases.first?["code"] as? String == "contract")
        let access = try await Self.example.bundle(.access)
        let all = try #require(access.collection("enquiries")?["records"] as? [[String: [String: Any]]])
        #expect(all.count > records.count, "access also carries the company enquiries")
    }

    @Test func accessCarriesThePolicyFacts() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §2.1.2: name, job title, work, work telephone and e-mail; §2.2.2: address, e-mail, payment
        // details; §3.1.1, §3.3.1, §4.1.1: association with a company; §3.5: cookies.
        bundle.expectCategories([
            "user.name", "user.job_title", "user.contact.organization", "user.contact.phone_number",
            "user.contact.email", "user.contact.address", "user.financial", "user.payment", "user.device.cookie_id",
        ])
        // §1.1.3 customer relationship; §2.1.3 invoicing; §2.1.4 statistics; §3.1 enquiries; §3.3 portal;
        // §3.4 newsletter and tailored offers; §3.5 cookies; §4.1.2 sales.
        bundle.expectPurposes([
            "essential.service", "essential.service.payment_processing", "analytics.reporting",
            "functional.service.improve", "essential.service.operations.support",
            "marketing.communications.email", "personalize.content", "sales",
        ])
        // §2.1.3, §3.1.2, §3.3.2, §4.1.2: Art. 6(1)(f); §2.2.3, §3.3.2: Art. 6(1)(b); §3.4.3: Art. 6(1)(a);
        // all with the Danish Data Protection Act s. 6(1). §3.5.2: cookies on consent under order no. 1148.
        bundle.expectLegalBases([
            ("legitimate_interest", Self.danishAct), ("contract", Self.danishAct), ("consent", Self.danishAct),
            ("consent", "Executive Order no. 1148 of 9 December 2012 (Danish cookie order)"),
        ])
        for collection in bundle.collections where collection["name"] as? String != "cookie_consents" {
            #expect((collection["legalBasis"] as? [String: Any])?["provision"] as? String == Self.danishAct)
        }
        // §2.1.3 and §3.3.2: a representative on the legitimate interest, a private individual on the contract.
        #expect(bundle.legalBasis("portal_company_users")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("portal_private_users")?["code"] as? String == "contract")
        #expect(bundle.legalBasis("private_customers")?["code"] as? String == "contract")
        #expect((bundle.legalBasis("enquiries")?["interest"] as? String)?.contains("enquiry") == true)
        #expect((bundle.legalBasis("customer_statistics")?["interest"] as? String)?.contains("Optimising") == true)
        // §3.4.4: the newsletter until consent is withdrawn.
        bundle.expectRetention("newsletter", period: nil, after: "withdrawal of consent")
        // §4.1.1: data from your employer or colleagues; the colleague is withheld.
        #expect((bundle.supplementary("leads")?["sourceOfData"] as? String)?.contains("employer") == true)
        #expect(bundle.records("leads").first?["referred_by"]?["type"] as? String == "redacted")
        // §5.1: data processors, external legal advisers.
        #expect(bundle.recipients("representatives").contains { $0.hasPrefix("IT service providers") })
        #expect(bundle.recipients("representatives").contains("External legal advisers"))
        // §5.2: survey data to a processor in the United States under standard EU contracts.
        let transfer = try #require((bundle.supplementary("surveys")?["transfers"] as? [[String: Any]])?.first)
        #expect(transfer["country"] as? String == "US")
        #expect((transfer["safeguard"] as? String)?.contains("Standard contractual clauses") == true)
        #expect(transfer["copyAvailableAt"] as? String == "ajos@ajos.dk")
        // §8.1: Datatilsynet, Borgergade 28, dt@datatilsynet.dk.
        let authority = try #require(bundle.controllerContact("supervisoryAuthority"))
        #expect((authority["name"] as? String)?.hasPrefix("Datatilsynet") == true)
        #expect(authority["email"] as? String == "dt@datatilsynet.dk")
        #expect((authority["address"] as? String)?.contains("Borgergade 28") == true)
    }

    @Test func discoveryFindsHerPrivateCustomerFile() async throws {
        let bundle = try await Self.example.bundle(.access)
        #expect(
            bundle.manifest.discoveredIdentifiers.map(\.value).sorted() == ["+4520123456", "idaholm@post.example"])
        #expect(bundle.records("private_customers").count == 1)
        #expect(bundle.records("newsletter").count == 1)
    }
}
