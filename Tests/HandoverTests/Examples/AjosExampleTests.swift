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
    /// §3.5.2: the cookies' consent, "given pursuant to the Cookie Regulation (Regulation no. 1148 of
    /// 9 December 2012 …)".
    static let cookieRegulation = "Cookie Regulation (Regulation no. 1148 of 9 December 2012)"
    /// The purposes of the statistics and service development (§2.1.4, §2.2.4, §3.2.1, §3.3.3, §4.1.3).
    static let statisticsPurposes: Set<String> = ["analytics.reporting", "functional.service.improve"]

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
        // all with the Danish Data Protection Act s. 6(1). §3.5.2: cookies on consent under the Cookie Regulation.
        bundle.expectLegalBases([
            ("legitimate_interest", Self.danishAct), ("contract", Self.danishAct), ("consent", Self.danishAct),
            ("consent", Self.cookieRegulation),
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
        // §4.1.1: data from your employer or colleagues; the colleague is withheld.
        #expect((bundle.supplementary("leads")?["sourceOfData"] as? String)?.contains("employer") == true)
        #expect(bundle.records("leads").first?["referred_by"]?["type"] as? String == "redacted")
        // §2.1.1 "which as a rule you yourself have provided"; §4.1.1 "Sometimes we may receive personal
        // data about you from third parties, e.g. your employer or your colleagues … as a potential lead
        // or representative of a company".
        let representativeSource = bundle.supplementary("representatives")?["sourceOfData"] as? String ?? ""
        #expect(representativeSource.contains("you yourself"))
        #expect(representativeSource.contains("employer") && representativeSource.contains("colleagues"))
        // §3.3.1: "other personal data that you or others may give us".
        for name in ["portal_company_users", "portal_private_users"] {
            #expect((bundle.supplementary(name)?["sourceOfData"] as? String)?.contains("others") == true, "\(name)")
        }
        // §5.1.1 "Some data are stored with our data processors as part of the operational and IT
        // security work (e.g. backup, website hosting etc.)"; §5.1.3 "disclosed to our external legal
        // advisors"; §5.1.2 "unless we are under obligation to do so pursuant to the law or if this is
        // necessary in order to pursue the objectives described above". The policy ties none of them to
        // particular data, so every collection lists them.
        for collection in bundle.collections {
            let name = collection["name"] as? String ?? ""
            let recipients = bundle.recipients(name)
            #expect(recipients.contains { $0.hasPrefix("IT service providers") }, "\(name)")
            #expect(recipients.contains("External legal advisers"), "\(name)")
            #expect(recipients.contains("Public authorities"), "\(name)")
            #expect(recipients.contains("Other third parties"), "\(name)")
        }
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

    /// The main Art. 6 basis of every collection, with the interest pursued where it is Art. 6(1)(f).
    @Test func legalBasisOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        let expected: [(collection: String, code: String, interest: String?)] = [
            // §2.1.3: "The legal basis for processing your personal data is our legitimate interest in
            // being able to fulfil the contract that we have entered into with the company you represent".
            ("representatives", "legitimate_interest", "Fulfilling the contract with the company you represent"),
            // §4.1.2: "Our legitimate interests are (i) the potential sale of our products and/or services
            // and (ii) our interest in being able to contact you in your capacity as a contact".
            ("leads", "legitimate_interest", "(i) Selling our products and services and (ii)"),
            // §2.2.3: "The legal basis for the processing of your data is the fulfilment of the contract
            // that we have entered into with you"; §2.2.2 "We likewise record applicable payment details".
            ("private_customers", "contract", nil),
            ("orders", "contract", nil),
            // §3.3.2: "If you are a representative of a company … Our legitimate interest is the
            // fulfilment of the agreement we have entered into with the company you represent, including
            // giving you user access to and allowing you to use our customer portal. If you are a private
            // individual the legal basis is the fulfilment of a contract".
            ("portal_company_users", "legitimate_interest", "smartBYG customer portal"),
            ("portal_private_users", "contract", nil),
            // §2.1.5, §2.2.5: "Our legitimate interest is the potential optimisation of our current
            // services or the development of new services which the processing attempts to achieve."
            ("customer_statistics", "legitimate_interest", "Optimising our current services"),
            // §3.1.2: "Our legitimate interest is our processing of and response to your enquiry."
            ("enquiries", "legitimate_interest", "Processing and answering your enquiry"),
            // §3.3.4: "Our legitimate interests are the potential optimisation of our current services or
            // the development of new services".
            ("portal_activity", "legitimate_interest", "Optimising our current services"),
            // §3.5.2: "The legal basis is your consent given pursuant to the Cookie Regulation".
            ("cookie_consents", "consent", nil),
            // §3.4.3: "The legal basis for the above processing is the consent you give when you subscribe
            // to our newsletter."
            ("newsletter", "consent", nil),
            // §5.2.1 names the surveys but no basis; the configuration assumes the §2.1.5 interest.
            ("surveys", "legitimate_interest", "Optimising our current services"),
        ]
        bundle.expectMainLegalBases(expected) { $0 == "cookie_consents" ? Self.cookieRegulation : Self.danishAct }
    }

    /// The statistics and the development of services rest on a legitimate interest of their own, for
    /// those purposes only, wherever the policy says the data feed them.
    @Test func statisticsRestOnALegitimateInterestOfTheirOwn() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §2.1.4 and §2.2.4: "The information in the system can be combined with information about other
        // customers … e.g. to generate various forms of statistics and calculations"; §3.2.1: "We may
        // also use your enquiry … e.g. by preparing statistics on enquiries received"; §3.3.3: "data
        // about your use of our customer portal"; §4.1.3: "We may also use data received from third
        // parties". §2.1.5, §2.2.5, §3.2.2, §3.3.4, §4.1.4: "Our legitimate interest is the potential
        // optimisation of our current services or the development of new services".
        let collections = [
            "representatives", "private_customers", "orders", "enquiries", "leads", "portal_company_users",
            "portal_private_users",
        ]
        for name in collections {
            let purposes = Set(bundle.collection(name)?["purposes"] as? [String] ?? [])
            #expect(purposes.isSuperset(of: Self.statisticsPurposes), "\(name)")
            let others = bundle.otherLegalBases(name)
            #expect(others.count == 1, "\(name)")
            let other = try #require(others.first, "\(name)")
            #expect(other["code"] as? String == "legitimate_interest", "\(name)")
            #expect(other["provision"] as? String == Self.danishAct, "\(name)")
            #expect((other["interest"] as? String)?.contains("Optimising our current services") == true, "\(name)")
            #expect(Set(other["purposes"] as? [String] ?? []) == Self.statisticsPurposes, "\(name)")
        }
    }

    /// §4.1.1–4.1.2: a representative registered from what the employer or a colleague told us rests on
    /// the interest in contacting them as the company's contact.
    @Test func representativeFromAThirdPartyRestsOnTheContactInterest() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §4.1.1: "we may register the data we receive from a third party about you … as a potential lead
        // or representative of a company"; §4.1.2: "(ii) our interest in being able to contact you in
        // your capacity as a contact, if applicable, for the company you represent".
        let rule = try #require(bundle.collection("representatives")?["legalBasisByField"] as? [String: Any])
        #expect(rule["field"] as? String == "source")
        let cases = try #require(rule["cases"] as? [[String: Any]])
        #expect(cases.map { $0["value"] as? String } == ["colleague", "employer"])
        for ruleCase in cases {
            #expect(ruleCase["code"] as? String == "legitimate_interest")
            #expect(ruleCase["provision"] as? String == Self.danishAct)
            #expect((ruleCase["interest"] as? String)?.contains("contact for the company you represent") == true)
        }
    }

    /// §6.1.1: "The Company has prepared a policy that describes how and when we delete personal data. If
    /// you wish to know more about our time limits for erasure, please contact us": no collection states
    /// a period, and each points to the erasure policy and the address to ask.
    @Test func retentionOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        #expect(bundle.collections.count == 12)
        for collection in bundle.collections {
            let name = collection["name"] as? String ?? ""
            bundle.expectRetention(name, period: nil)
            guard name != "newsletter" else { continue }
            let description = bundle.retention(name)?["description"] as? String ?? ""
            #expect(description.contains("erasure policy") && description.contains("ajos@ajos.dk"), "\(name)")
            #expect(bundle.retention(name)?["after"] == nil, "\(name)")
        }
        // §3.4.4: "We usually process your personal data until you withdraw your consent to receiving our
        // newsletters."
        bundle.expectRetention("newsletter", period: nil, after: "withdrawal of consent")
        #expect((bundle.retention("newsletter")?["description"] as? String)?.hasPrefix("Usually") == true)
        // §3.2.1: "applying anonymisation of enquiries received in order to use them at a later date".
        #expect((bundle.retention("enquiries")?["description"] as? String)?.contains("anonymised") == true)
        // §3.5.1: "please read our Cookie Policy which can be found here: www.ajos.dk/om-ajos-cookiepolitik.aspx".
        #expect(
            (bundle.retention("cookie_consents")?["description"] as? String)?
                .contains("www.ajos.dk/om-ajos-cookiepolitik.aspx") == true)
    }

    @Test func discoveryFindsHerPrivateCustomerFile() async throws {
        let bundle = try await Self.example.bundle(.access)
        #expect(
            bundle.manifest.discoveredIdentifiers.map(\.value).sorted() == ["+4520123456", "idaholm@post.example"])
        #expect(bundle.records("private_customers").count == 1)
        #expect(bundle.records("newsletter").count == 1)
    }
}
