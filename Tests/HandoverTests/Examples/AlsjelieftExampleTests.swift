import Testing

@testable import Handover

/// The Alsjelieft example (`Examples/alsjelieft/`) against its privacy statement, in Dutch
/// (`shared/reference/policies/004_575a5e961efd9b91.txt`). The expected facts are the statement's,
/// under the heading or paragraph named in each comment; the statement has no numbered sections, so
/// `Examples/alsjelieft/POLICY.md` numbers its headings (§1–§8) and the paragraphs of §3 (¶1–¶10).
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
        // contract, invoices, the account, direct marketing, portfolio (promotion of the shop's own work,
        // not advertising built on data about the subject), website security.
        bundle.expectPurposes([
            "marketing.communications.email", "essential.service.notifications.email",
            "essential.service.operations.support", "sales", "essential.service", "finance",
            "essential.service.authentication", "marketing.communications", "marketing.advertising",
            "essential.service.security",
        ])
        #expect(bundle.collection("portfolio")?["purposes"] as? [String] == ["marketing.advertising"])
        bundle.expectLegalBases([
            ("consent", nil), ("contract", nil), ("legitimate_interest", nil), ("legal_obligation", nil),
        ])
        // "Wees gerust": no profiling and no automated decisions.
        for collection in bundle.collections {
            let decision = (collection["supplementary"] as? [String: Any])?["automatedDecisionMaking"]
            #expect((decision as? [String: Any])?["exists"] as? Bool == false)
        }
        // "Anderen die jouw persoonsgegevens ontvangen": hosting, e-mail and newsletter hosting, payment
        // services and debt collectors, delivery services, cloud software, the bookkeeper.
        let recipients = Set(bundle.collections.compactMap { $0["name"] as? String }.flatMap(bundle.recipients))
        for recipient in [
            "Hosting van website, app, leeromgeving of platform", "E-mail- en nieuwsbriefhosting",
            "Betaaldiensten en incassobureaus", "Bezorgdiensten", "Cloudsoftware (CRM en documentopslag)", "Boekhouder",
        ] {
            #expect(recipients.contains(recipient), "\(recipient)")
        }
        // "Zo schakelen we de volgende verwerkers in" lists the processors; "Derden die we inschakelen,
        // zoals: - Boekhouder" lists the bookkeeper apart from them, so no role is claimed for it.
        let invoiceRecipients = bundle.collection("invoices")?["recipients"] as? [[String: Any]] ?? []
        let bookkeeper = try #require(invoiceRecipients.first(where: { $0["name"] as? String == "Boekhouder" }))
        #expect(bookkeeper["role"] == nil)
        let orderRecipients = bundle.collection("orders")?["recipients"] as? [[String: Any]] ?? []
        for name in ["Bezorgdiensten", "Betaaldiensten en incassobureaus"] {
            let recipient = orderRecipients.first(where: { $0["name"] as? String == name })
            #expect(recipient?["role"] as? String == "processor", "\(name)")
        }
        #expect(
            bundle.controllerContact("supervisoryAuthority")?["name"] as? String == "Autoriteit Persoonsgegevens")
    }

    /// The main Art. 6 basis of every collection, with the interest pursued where it is Art. 6(1)(f),
    /// and the further bases the statement names for the account and the service mails.
    @Test func legalBasisOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        let expected: [(collection: String, code: String, interest: String?)] = [
            // §3 ¶8: "Dit is meestal om aan een overeenkomst te kunnen voldoen of je hebt er toestemming
            // voor gegeven of het is in ons gerechtvaardigd belang": mostly the contract.
            ("accounts", "contract", nil),
            // §3 ¶5: "Als je een offerte bij ons hebt opgevraagd, verwerken we daarvoor de door jou
            // opgegeven gegevens en informatie om je die offerte te kunnen sturen." No basis is named; the
            // configuration assumes steps taken at the subject's request before a contract (Art. 6(1)(b)).
            ("quotes", "contract", nil),
            // §3 ¶6: "Om aan de overeenkomst te kunnen voldoen om diensten of producten aan je te kunnen
            // leveren hebben we bepaalde gegevens nodig."
            ("orders", "contract", nil),
            // §3 ¶7: "We zijn wettelijk verplicht deze tenminste zeven boekjaren te bewaren."
            ("invoices", "legal_obligation", nil),
            // §3 ¶10: "Het is nodig dat we onze website beveiligen, en bijvoorbeeld hacks en aanvallen
            // tegengaan [...] Dit is in ons gerechtvaardigd belang".
            ("security_log", "legitimate_interest", "Onze website beveiligen"),
            // §3 ¶3: "Het kan ook zijn dat we je service mails sturen om aan onze overeenkomst te voldoen of
            // omdat het in ons gerechtvaardigd belang is."
            ("service_mails", "contract", nil),
            // §3 ¶4: "is het toch wel fijn als we kunnen reageren [...] Deze gegevens hebben we in ons
            // gerechtvaardigd belang verwerkt".
            ("contact_moments", "legitimate_interest", "Kunnen reageren"),
            // §3 ¶9: "Wij willen graag laten zien wat we voor onze klanten betekend hebben [...] Dit is in
            // ons gerechtvaardigd belang."
            ("portfolio", "legitimate_interest", "Laten zien wat we voor onze klanten betekend hebben"),
            // §3 ¶3: "Met jouw toestemming om je onze nieuwsbrief te sturen."
            ("newsletter", "consent", nil),
            // §3 ¶8: "In ons gerechtvaardigd belang zullen we je soms aanbiedingen sturen of ontvang je
            // andere direct marketing van ons."
            ("direct_marketing", "legitimate_interest", "Je soms aanbiedingen of andere direct marketing sturen"),
        ]
        // The statement names no statute or provision for any basis.
        bundle.expectMainLegalBases(expected)
        // §3 ¶8: "of je hebt er toestemming voor gegeven of het is in ons gerechtvaardigd belang om voor
        // dit doel jouw persoonsgegevens te verwerken".
        let account = bundle.otherLegalBases("accounts")
        #expect(account.map { $0["code"] as? String } == ["consent", "legitimate_interest"])
        #expect(account.first?["interest"] == nil)
        #expect(account.last?["interest"] as? String == "Je een account bieden dat je gedeeltelijk zelf kunt beheren")
        // §3 ¶3: "of omdat het in ons gerechtvaardigd belang is".
        let mails = bundle.otherLegalBases("service_mails")
        #expect(mails.map { $0["code"] as? String } == ["legitimate_interest"])
        #expect(mails.first?["interest"] as? String == "Je service mails sturen")
        for name in expected.map(\.collection) where name != "accounts" && name != "service_mails" {
            #expect(bundle.otherLegalBases(name).isEmpty, "\(name)")
        }
    }

    /// The retention period of every collection and the event it runs from, where the statement names one.
    @Test func retentionOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §3 ¶8: "Verder verwerken we je persoonsgegevens in je account tot maximaal vijf jaar na het einde
        // van de overeenkomst waarvoor het account nodig was of tot vijf jaar na het verwijderen van het
        // account, afhankelijk van welk moment later valt."
        bundle.expectRetention("accounts", period: "P5Y", after: "einde van de overeenkomst")
        bundle.expectRetention("accounts", period: "P5Y", after: "verwijdering van het account, wat het laatst valt")
        // §3 ¶5: "Ga je vervolgens geen overeenkomst met ons aan en hebben we geen contact meer, dan
        // verwijderen we je gegevens weer binnen twee jaar."
        bundle.expectRetention("quotes", period: "P2Y", after: "laatste contact zonder overeenkomst")
        // §3 ¶6: "Deze verwerken we in elk geval voor de duur van de overeenkomst en tot maximaal vijf jaar
        // daarna."
        bundle.expectRetention("orders", period: "P5Y", after: "einde van de overeenkomst")
        // §3 ¶7: "We zijn wettelijk verplicht deze tenminste zeven boekjaren te bewaren." A minimum, which
        // the description keeps ("ten minste"); the event is the configuration's (end of the fiscal year).
        bundle.expectRetention("invoices", period: "P7Y", after: "einde van het boekjaar")
        let invoiceRetention = bundle.retention("invoices")?["description"] as? String
        #expect(invoiceRetention?.contains("ten minste zeven boekjaren") == true)
        // §3 ¶10: "we bewaren de persoonsgegevens maximaal een jaar" (no event named).
        bundle.expectRetention("security_log", period: "P1Y")
        #expect(bundle.retention("security_log")?["after"] == nil)
        // §3 ¶3: "We bewaren je gegevens voor dit doel zolang als dat nodig is en verwijderen het daarna
        // binnen 90 dagen."
        bundle.expectRetention("service_mails", period: "P90D", after: "einde van de noodzaak")
        // §3 ¶4: "verwijderen we binnen twee jaar na ons laatste contactmoment."
        bundle.expectRetention("contact_moments", period: "P2Y", after: "laatste contactmoment")
        // §3 ¶9 gives no retention period for the portfolio.
        bundle.expectRetention("portfolio", period: nil)
        #expect(bundle.retention("portfolio")?["after"] == nil)
        #expect((bundle.retention("portfolio")?["description"] as? String)?.contains("geen bewaartermijn") == true)
        // §3 ¶3: "Wanneer jij je toestemming hebt ingetrokken ontvang je geen nieuwsbrieven meer. We
        // verwijderen je gegevens uit ons nieuwsbriefbestand binnen 30 dagen."
        bundle.expectRetention("newsletter", period: "P30D", after: "intrekking van de toestemming")
        // §3 ¶8: "Voor dit doel verwerken we je persoonsgegevens niet langer dan vijf jaar." (no event named)
        bundle.expectRetention("direct_marketing", period: "P5Y")
        #expect(bundle.retention("direct_marketing")?["after"] == nil)
    }

    /// §6: "Daarom hebben wij ervoor gezorgd dat alle verwerkers en derden gevestigd zijn in de EU/EER of
    /// ander adequaat land": a possible transfer on an adequacy decision (Art. 45), no country named,
    /// wherever a collection lists recipients.
    @Test func recipientsMayBeInAnAdequateCountry() async throws {
        let bundle = try await Self.example.bundle(.access)
        var withTransfer: Set<String> = []
        for collection in bundle.collections {
            let name = try #require(collection["name"] as? String)
            let transfers = bundle.supplementary(name)?["transfers"] as? [[String: Any]] ?? []
            guard !bundle.recipients(name).isEmpty else {
                #expect(transfers.isEmpty, "\(name)")
                continue
            }
            #expect(transfers.count == 1, "\(name)")
            let transfer = try #require(transfers.first, "\(name)")
            #expect(transfer["country"] == nil, "\(name)")
            #expect((transfer["destination"] as? String)?.contains("adequaatheidsbesluit") == true, "\(name)")
            #expect(transfer["recipient"] as? String == "Alle verwerkers en derden", "\(name)")
            #expect(transfer["safeguard"] as? String == "adequacy decision", "\(name)")
            #expect(transfer["provision"] as? String == "GDPR Art. 45", "\(name)")
            withTransfer.insert(name)
        }
        // The statement links no recipient to the portfolio, so it lists none and no transfer.
        #expect(
            withTransfer == [
                "accounts", "quotes", "orders", "invoices", "security_log", "service_mails", "contact_moments",
                "newsletter", "direct_marketing",
            ])
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
