import Testing

@testable import Handover

/// The Jetstax example (`Examples/jetstax/`) against its privacy policy, in Romanian
/// (`shared/reference/policies/002_8045e3698fd45d91.txt`). The expected facts are the policy's, under
/// the section named in each comment. The stored policy text ends after §4: it states no retention
/// period, no recipient but public authorities and no transfer (see `Examples/jetstax/POLICY.md`).
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
        // services, informing about the options of use, administrative purposes, (new) products and
        // promotions, performance tracking (feedback, fraud detection, quality), legal obligations (tax,
        // accounting); legitimate interests: direct marketing, fraud prevention, internal
        // administration, network and information security.
        bundle.expectPurposes([
            "sales", "marketing.communications.email", "essential.service", "essential.service.operations",
            "essential.service.notifications", "operations", "essential.service.operations.support",
            "marketing.communications", "functional.service.improve", "essential.fraud_detection",
            "essential.service.security", "essential.legal_obligation", "finance",
        ])
        // §4: the contract, legal obligations, a legitimate interest as main bases; permission (consent)
        // is the newsletter's further basis, which informationRequestsAndNewsletterRestOnTwoBases checks.
        bundle.expectLegalBases([("contract", nil), ("legal_obligation", nil), ("legitimate_interest", nil)])
        #expect(bundle.legalBasis("direct_marketing")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("fraud_signals")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("access_log")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("invoices")?["code"] as? String == "legal_obligation")
        // §4: consumer profiles are used to evaluate the products and services.
        #expect(bundle.fieldNames("feedback").contains("profile"))
        // §4: "să le comunice agențiilor guvernamentale, de exemplu, în contextul obligațiilor generale
        // fiscale și contabile".
        #expect(bundle.recipients("invoices").contains { $0.contains("fiscale") })
        // §4: "În contextul unei investigații polițienești sau judiciare, Jetstax poate fi obligată să
        // comunice anumite date autorităților necesare în mod confidențial" — "anumite date" names no
        // collection, so every collection lists the recipient.
        for collection in bundle.collections {
            let name = collection["name"] as? String ?? ""
            #expect(bundle.recipients(name).contains { $0.contains("polițienești și judiciare") }, "\(name)")
        }
        #expect(bundle.recipients("invoices").count == 2)
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

    /// §4: "Astfel, folosim date personale:" — "Când am primit permisiunea"; "În contextul pregătirii
    /// sau executării contractului nostru"; "Pentru a respecta prevederile legale sau de reglementare la
    /// care ne supunem"; "Atunci când Jetstax are un interes justificat în acest sens, cum ar fi, de
    /// exemplu, după caz, marketing direct, prevenirea fraudei, managementul administrației interne sau
    /// monitorizarea securității adecvate a rețelei și a informațiilor". The policy pairs a basis with a
    /// purpose only for these legitimate interests; the other pairings are the configuration's
    /// (marked ASSUMPTION there).
    @Test func legalBasisOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §4: "dacă decideți în cele din urmă să deveniți client la Jetstax, Jetstax vă va cere o serie de
        // detalii personale …, iar Jetstax va atribui, de asemenea, anumite date către dvs., cum ar fi
        // detaliile de conectare"; "Jetstax utilizează datele personale pentru configurarea, întreținerea
        // și susținerea produselor și serviciilor": the contract.
        for name in ["customers", "accounts", "services", "tickets"] {
            #expect(bundle.legalBasis(name)?["code"] as? String == "contract", "\(name)")
        }
        // §4: "Jetstax este obligată legal să păstreze anumite date cu caracter personal și/sau să le
        // comunice agențiilor guvernamentale, de exemplu, în contextul obligațiilor generale fiscale și
        // contabile".
        #expect(bundle.legalBasis("invoices")?["code"] as? String == "legal_obligation")
        // §4: the legitimate interests named — direct marketing, fraud prevention, network and
        // information security; performance tracking ("Pentru a urmări performanța") on one too.
        let interests = [
            "direct_marketing": "Marketing direct", "fraud_signals": "Prevenirea",
            "access_log": "securității rețelei", "feedback": "Evaluarea produselor",
        ]
        for (name, interest) in interests {
            #expect(bundle.legalBasis(name)?["code"] as? String == "legitimate_interest", "\(name)")
            #expect((bundle.legalBasis(name)?["interest"] as? String)?.contains(interest) == true, "\(name)")
        }
        // §4: "Jetstax utilizează datele personale … și în scopuri administrative", on the legitimate
        // interest "managementul administrației interne".
        for name in ["customers", "services", "invoices"] {
            let others = bundle.otherLegalBases(name)
            #expect(
                others.contains {
                    $0["code"] as? String == "legitimate_interest"
                        && ($0["interest"] as? String)?.contains("administrației interne") == true
                        && $0["purposes"] as? [String] == ["operations"]
                }, "\(name)")
        }
        // §4: "Jetstax poate folosi datele personale pentru a oferi (în scris, telefonic sau electronic)
        // noi produse, servicii sau promoții speciale": the customer's contact details, on the
        // legitimate interest "marketing direct".
        let customerBases = bundle.otherLegalBases("customers")
        #expect(customerBases.count == 2)
        #expect(
            customerBases.contains {
                ($0["interest"] as? String)?.contains("Marketing direct") == true
                    && $0["purposes"] as? [String] == ["marketing.communications"]
            })
        // §4: "Jetstax poate folosi datele personale și profilurile consumatorilor pentru a-și evalua
        // produsele și serviciile. Aceasta include, printre altele: … datele obținute în timpul
        // răspunsurilor la întrebările clienților, … și asigurarea calității".
        let ticketBases = bundle.otherLegalBases("tickets")
        #expect(ticketBases.count == 1)
        #expect(ticketBases.first?["code"] as? String == "legitimate_interest")
        #expect(ticketBases.first?["purposes"] as? [String] == ["functional.service.improve"])
        #expect((ticketBases.first?["interest"] as? String)?.contains("întrebările clienților") == true)
        // No further basis where the policy gives none.
        for name in ["accounts", "feedback", "fraud_signals", "access_log", "direct_marketing"] {
            #expect(bundle.collection(name)?["otherLegalBases"] == nil, "\(name)")
        }
    }

    /// §4: "Dacă vizitați site-ul nostru web pentru a colecta și/sau solicita informații despre produsele
    /// și serviciile noastre, sau dacă vă înscrieți pentru buletinul informativ Jetstax, … Toate
    /// informațiile pe care Jetstax le primește despre dumneavoastră în această fază precontractuală vor
    /// fi folosite de către Jetstax doar pentru a vă furniza informațiile solicitate": a request prepares
    /// a contract ("În contextul pregătirii … contractului nostru"), the newsletter is sent with
    /// permission ("Când am primit permisiunea").
    @Test func informationRequestsAndNewsletterRestOnTwoBases() async throws {
        let bundle = try await Self.example.bundle(.access)
        let requests = try #require(bundle.collection("info_requests"))
        #expect(bundle.legalBasis("info_requests")?["code"] as? String == "contract")
        let others = requests["otherLegalBases"] as? [[String: Any]] ?? []
        #expect(others.count == 1)
        #expect(others.first?["code"] as? String == "consent")
        #expect(others.first?["purposes"] as? [String] == ["marketing.communications.email"])
        // A record that is only a newsletter sign-up rests on the permission alone.
        let rule = try #require(requests["legalBasisByField"] as? [String: Any])
        #expect(rule["field"] as? String == "topic")
        let cases = try #require(rule["cases"] as? [[String: Any]])
        #expect(cases.map { $0["value"] as? String } == ["Abonare buletin"])
        #expect(cases.first?["code"] as? String == "consent")
        // Her request for an offer (with the newsletter ticked) is portable on either basis.
        let portability = try await Self.example.bundle(.portability)
        let records = portability.records("info_requests")
        #expect(records.count == 1)
        #expect(records.first?["topic"]?["value"] as? String == "Oferta pentru Managed VPS")
        #expect(records.first?["newsletter"]?["value"] as? String == "da")
    }

    /// §1 promises "ce date colectează Jetstax, de ce, cât timp și cum le puteți controla", but the
    /// stored policy text ends after §4 and states no retention period for any purpose: no collection
    /// has a period or an event it runs from.
    @Test func retentionOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        #expect(bundle.collections.count == 10)
        for collection in bundle.collections {
            let name = collection["name"] as? String ?? ""
            bundle.expectRetention(name, period: nil)
            #expect(bundle.retention(name)?["after"] == nil, "\(name)")
            let description = bundle.retention(name)?["description"] as? String ?? ""
            #expect(description.contains("nu stabilește un termen"), "\(name)")
        }
        // §4: "În multe cazuri, Jetstax este obligată legal să păstreze anumite date cu caracter personal
        // … în contextul obligațiilor generale fiscale și contabile."
        #expect(
            (bundle.retention("invoices")?["description"] as? String)?
                .contains("obligată legal să păstreze anumite date") == true)
        // §4: "Desigur, puteți renunța la acest tip de mesaj" — an opt-out, not a retention period.
        #expect((bundle.retention("direct_marketing")?["description"] as? String)?.contains("renunța") == true)
    }
}
