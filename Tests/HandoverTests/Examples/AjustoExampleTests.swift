import Testing

@testable import Handover

/// The Ajusto / Jaimy example (`Examples/ajusto/`) against its privacy policy
/// (`shared/reference/policies/000_88f3e2f50de52cff.txt`). The expected facts are the policy's, under
/// the policy heading named in each comment; `Examples/ajusto/POLICY.md` numbers the headings (§1 General …
/// §10 Network security) and goes through the policy sentence by sentence.
struct AjustoExampleTests {
    static let example = ControllerExample(
        name: "ajusto", subject: "email=an.claes@example.net",
        nearCollision: ["jan.claes@example.net", "Jan Claes", "+32478654321"],
        // Bases other than consent or contract (see the configuration). The communications also rest on
        // the contract for answering the contacts themselves, so they are portable.
        excludedFromPortability: ["invoices", "receivables", "disputes", "customer_mailings", "surveys"])

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
        // Receivables are `finance`: fideslang has no data use for them.
        bundle.expectPurposes([
            "essential.service", "functional.service", "marketing.communications.email",
            "functional.service.improve", "essential.service.operations.improve", "essential.fraud_detection",
            "essential.legal_obligation", "finance",
        ])
        #expect(bundle.collection("receivables")?["purposes"] as? [String] == ["finance"])
        let dataUses = Set(bundle.collections.flatMap { $0["purposes"] as? [String] ?? [] })
        #expect(!dataUses.contains("finance.receivables"))
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
        #expect(
            (bundle.supplementary("receivables")?["sourceOfData"] as? String)?
                .contains("third parties and/or public sources") == true)
        // "Which personal data?": data received "through other channels, such as our contact centers, reply
        // forms, contractual documents or through our partners".
        for name in ["customers", "orders"] {
            #expect(
                (bundle.supplementary(name)?["sourceOfData"] as? String)?.contains("through our partners") == true,
                "\(name)")
        }
        #expect(bundle.recipients("receivables").contains { $0.contains("recover") })
        // "To whom may we communicate…": operators, partners, receivables companies, affiliated
        // companies, competent authorities.
        let recipients = bundle.collections.compactMap { $0["name"] as? String }.flatMap(bundle.recipients)
        for recipient in ["Operators", "Partners", "Affiliated companies", "Competent authorities"] {
            #expect(recipients.contains { $0.hasPrefix(recipient) }, "\(recipient)")
        }
        // "Your personal data are only communicated to the following third parties" (and, under "How long
        // do we keep your personal data?", "our hosting provider's systems"): no other recipient.
        let allowed = [
            "Operators", "Partners", "Companies and intermediaries", "Affiliated companies",
            "Competent authorities", "Hosting provider",
        ]
        for recipient in recipients {
            #expect(allowed.contains { recipient.hasPrefix($0) }, "\(recipient) is not in the policy")
        }
        // "General" and "What are your rights?": the DPO at privacy@jaimy.be; the Data Protection Authority.
        #expect(bundle.controllerContact("dpo")?["email"] as? String == "privacy@jaimy.be")
        #expect(
            (bundle.controllerContact("supervisoryAuthority")?["url"] as? String)?
                .contains("dataprotectionauthority.be") == true)
        #expect((bundle.data["controller"] as? [String: Any])?["language"] as? String == "en")
    }

    /// The main Art. 6 basis of every collection, with the interest pursued where it is Art. 6(1)(f).
    /// "Legal ground for the processing of your personal data" pairs a basis with a purpose only for
    /// contracts, marketing and statutory obligations; the other pairings are the configuration's
    /// (marked ASSUMPTION there and in POLICY.md).
    @Test func legalBasisOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        let expected: [(collection: String, code: String, interest: String?)] = [
            // "The processing is necessary to perform your contract or to take pre-contractual measures at
            // your request (for example, when you have requested us to send you an offer for our services)".
            ("customers", "contract", nil),
            ("orders", "contract", nil),
            ("payments", "contract", nil),
            // "To carry out the accounting of AJUSTO"; "The processing is necessary to comply with our
            // statutory or regulatory obligations" (the pairing is assumed).
            ("invoices", "legal_obligation", nil),
            // "To manage our receivables (including recovery and/or transfer of receivables to collecting
            // agencies)" (no basis named; legitimate interest assumed).
            ("receivables", "legitimate_interest", "Managing our receivables"),
            // "To protect the rights, property and security of AJUSTO, its customers or third parties
            // (including the fight against fraud, the management of disputes or legal proceedings)" (no
            // basis named; legitimate interest assumed).
            ("disputes", "legitimate_interest", "Protecting the rights, property and security"),
            // "The control and improvement of the interactions you have with us, our internal processes and
            // the quality of the services provided by our operators" (no basis named; assumed).
            ("communications", "legitimate_interest", "Checking and improving our interactions"),
            // "The processing is necessary for the legitimate interest of AJUSTO (for example, to send
            // messages to our existing customers for marketing purposes)".
            ("customer_mailings", "legitimate_interest", "existing customers for marketing purposes"),
            // "You have given your consent (for example, to send e-mails to potential customers for
            // marketing purposes). In this case, you can always withdraw your consent".
            ("prospect_optins", "consent", nil),
            // "For more information on the use of cookies by AJUSTO, see our cookie policy." (no basis
            // named; consent assumed for cookies beyond the strictly necessary).
            ("web_visits", "consent", nil),
            // "To observe, evaluate and constantly improve our services, promotions and special actions"
            // (no basis named; legitimate interest assumed).
            ("surveys", "legitimate_interest", "constantly improving our services"),
        ]
        // The policy cites no statute or provision for any basis.
        bundle.expectMainLegalBases(expected)
        // "To manage and perform your request for an intervention" through "our contact centers": answering
        // the contacts rests on the contract (assumed), their control and improvement on the interest.
        let communications = bundle.otherLegalBases("communications")
        #expect(communications.map { $0["code"] as? String } == ["contract"])
        #expect(communications.first?["purposes"] as? [String] == ["essential.service.operations.support"])
        for name in expected.map(\.collection) where name != "communications" {
            #expect(bundle.otherLegalBases(name).isEmpty, "\(name)")
        }
    }

    /// "How long do we keep your personal data?" names no period for any collection, only events and
    /// rules; each collection states the rules that apply to all.
    @Test func retentionOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        // "Your Personal Data is kept in our systems for as long as is necessary to (perform) the contract".
        for name in ["customers", "orders", "payments"] {
            bundle.expectRetention(name, period: nil, after: "end of the contract")
        }
        // "in our partners' systems for as long as is necessary for the performance of their tasks".
        #expect(
            (bundle.retention("orders")?["description"] as? String)?
                .contains("in our partners' systems for as long as is necessary for the performance of their tasks")
                == true)
        // "or to the extent that we are required to comply with a statutory retention period": the policy
        // names neither its length nor the law, so no period and no event.
        bundle.expectRetention("invoices", period: nil)
        #expect(bundle.retention("invoices")?["after"] == nil)
        #expect(
            (bundle.retention("invoices")?["description"] as? String)?
                .contains("required to comply with a statutory retention period") == true)
        // "We will only keep your data for as long as is necessary to fulfil the purposes set out in this
        // Privacy Policy": the end of each purpose is the configuration's reading (ASSUMPTION).
        bundle.expectRetention("receivables", period: nil, after: "settlement or transfer of the claim")
        bundle.expectRetention("disputes", period: nil, after: "closing of the dispute")
        bundle.expectRetention("customer_mailings", period: nil, after: "objection")
        bundle.expectRetention("prospect_optins", period: nil, after: "withdrawal of consent")
        for name in ["communications", "web_visits", "surveys"] {
            bundle.expectRetention(name, period: nil)
            #expect(bundle.retention(name)?["after"] == nil, "\(name)")
        }
        // "For the retention period for data collected via cookies, we refer you to the cookie declaration."
        #expect((bundle.retention("web_visits")?["description"] as? String)?.contains("cookie declaration") == true)
        for collection in bundle.collections {
            let name = try #require(collection["name"] as? String)
            let description = try #require(bundle.retention(name)?["description"] as? String, "\(name)")
            // "At the end of the retention period, we delete all data that can be traced back to you
            // personally. If necessary, de-identified data may be kept for longer."
            #expect(description.contains("we delete all data that can be traced back to you"), "\(name)")
            #expect(description.contains("de-identified data may be kept"), "\(name)")
            // "and/or in our hosting provider's systems to meet the technical requirements enabling it to
            // host and operate the Website."
            #expect(description.contains("in our hosting provider's systems"), "\(name)")
            #expect(bundle.recipients(name).contains("Hosting provider"), "\(name)")
        }
        // The former "you may answer anonymously" was not a retention rule.
        #expect((bundle.retention("surveys")?["description"] as? String)?.contains("anonym") == false)
    }

    /// "Transfer of personal data to countries outside the European Economic Area": "we will impose
    /// contractual obligations on them, approved by a competent authority and offering an appropriate
    /// level of protection of your personal data. If you wish to receive a copy of these contractual
    /// obligations, please send an e-mail to privacy@jaimy.be." No country and no data are named, so every
    /// collection has the same transfer, its destination in words.
    @Test func transfersOutsideTheEEANameNoCountry() async throws {
        let bundle = try await Self.example.bundle(.access)
        for collection in bundle.collections {
            let name = try #require(collection["name"] as? String)
            let transfers = bundle.supplementary(name)?["transfers"] as? [[String: Any]] ?? []
            #expect(transfers.count == 1, "\(name)")
            let transfer = try #require(transfers.first, "\(name)")
            #expect(transfer["country"] == nil, "\(name)")
            #expect((transfer["destination"] as? String)?.hasPrefix("Countries outside the EEA") == true, "\(name)")
            let safeguard = transfer["safeguard"] as? String
            #expect(
                safeguard?.hasPrefix("Contractual obligations approved by a competent authority") == true, "\(name)")
            #expect(transfer["provision"] as? String == "GDPR Art. 46", "\(name)")
            #expect(transfer["copyAvailableAt"] as? String == "privacy@jaimy.be", "\(name)")
        }
    }

    @Test func otherPeopleInHerCallsAreWithheld() async throws {
        let bundle = try await Self.example.bundle(.access)
        let contacts = bundle.records("communications").compactMap { $0["on_site_contact"] }
        #expect(contacts.contains { $0["type"] as? String == "redacted" })
        #expect(contacts.allSatisfy { $0["type"] as? String == "redacted" || $0["type"] as? String == "null" })
    }
}
