import Testing

@testable import Handover

/// The JSM example (`Examples/jsm/`) against its privacy statement, in Dutch
/// (`shared/reference/policies/003_de27e8eb41b681c3.txt`). The expected facts are the statement's,
/// under the section named in each comment.
struct JSMExampleTests {
    static let example = ControllerExample(
        name: "jsm", subject: "email=lien.maes@example.be",
        nearCollision: ["celien.maes@example.be", "Celien", "+32478654321", "K-20002"],
        // None: §2 "Door gebruik te maken van de website en/of diensten verschaft de gebruiker zijn
        // impliciete toestemming aan de gegevensverwerking conform deze privacyverklaring" puts consent on
        // every collection, as its main basis or a further one.
        excludedFromPortability: [])

    /// A legal basis as the bundle states it: its code, and the purposes a further basis is limited to
    /// (nil: all the collection's purposes).
    struct Basis: Sendable {
        let code: String
        let purposes: [String]?
    }

    /// §2: "Door gebruik te maken van de website en/of diensten verschaft de gebruiker zijn impliciete
    /// toestemming aan de gegevensverwerking conform deze privacyverklaring": consent, for all purposes.
    static let implicitConsent = Basis(code: "consent", purposes: nil)

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
        // the site, interest profiles for advertising, newsletters. §4: "en voor de overige dienstverlening
        // en interne bedrijfsvoering van JSM"; website visits "voor systeembeheer, om verkeer te filteren
        // ... en om statistieken te rapporteren". §7: fiscal retention. §10: cookies to "optimaliseren"
        // the site; e-mails that show "of u het bericht opent ... en links waarop u kunt klikken".
        bundle.expectPurposes([
            "essential.service", "essential.service.operations.support", "essential.service.authentication",
            "essential.service.notifications", "essential.service.eligibility", "employment.recruitment",
            "essential.service.payment_processing", "personalize.content", "marketing.advertising.profiling",
            "marketing.communications.email", "operations", "essential.service.operations",
            "essential.service.security", "analytics.reporting", "functional.service.improve", "finance",
            "analytics.reporting.campaign_insights",
        ])
        for name in ["customers", "contracts", "invoices"] {
            #expect((bundle.collection(name)?["purposes"] as? [String])?.contains("operations") == true, "\(name)")
        }
        // §5*: customers receive messages on the legitimate interest, prospects only after an opt-in.
        bundle.expectLegalBases([("contract", nil), ("legitimate_interest", nil), ("consent", nil)])
        #expect(bundle.legalBasis("newsletter_customers")?["code"] as? String == "legitimate_interest")
        #expect(bundle.legalBasis("newsletter_optin")?["code"] as? String == "consent")
        #expect(bundle.collection("newsletter_optin")?["dataSubject"] as? String == "prospect")
        // §4: "Kredietinformatie (externe kredietscores)"; the statement names no bureau.
        #expect(
            (bundle.supplementary("credit_checks")?["sourceOfData"] as? String)?.contains("Externe kredietscores")
                == true)
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

    /// The main Art. 6 basis and the further ones of every collection, in the order the configuration
    /// lists them.
    @Test func legalBasesOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        let expected: [(collection: String, code: String, others: [Basis])] = [
            // §4: the data asked at sign-up are used "om de dienst op een correcte manier te kunnen
            // uitvoeren en om contractuele bepalingen te kunnen nakomen".
            ("customers", "contract", [Self.implicitConsent]),
            ("contracts", "contract", [Self.implicitConsent]),
            // §7: "Een wettelijke bewaartermijn is er bijvoorbeeld wanneer Verwerker de persoonsgegevens
            // moet bewaren om sociaalrechtelijke of fiscale redenen."
            ("invoices", "contract", [Basis(code: "legal_obligation", purposes: ["finance"]), Self.implicitConsent]),
            // §5: "Bepalen van uw geschiktheid als klant of partner": no basis of its own, so only the
            // implicit consent of §2 (no legitimate interest the statement does not claim).
            ("credit_checks", "consent", []),
            // §5: "Verwerken van sollicitatie-aanvragen die u indient": likewise only §2.
            ("job_applications", "consent", []),
            // §4: "om de dienst op een correcte manier te kunnen uitvoeren"; §5: "Telefonisch of e-mail
            // contact ikv installatie, support of opvolging".
            ("support_contacts", "contract", [Self.implicitConsent]),
            // §10: "Bij uw eerste bezoek aan onze website hebben wij u al geïnformeerd over deze cookies en
            // toestemming gevraagd voor het plaatsen ervan" (analytics included, not a legitimate interest).
            ("website_visits", "consent", []),
            // §10: "cookies die uw surfgedrag bijhouden zodat we op maat gemaakte content en advertenties
            // kunnen aanbieden", under the same consent.
            ("interest_profiles", "consent", []),
            // §5*: "Klanten kunnen berichten ontvangen gebaseerd op gerechtvaardigd belang van de
            // onderneming." §10: "Wanneer u op een link klikt in een e-mail die u van JSM ontvangt, zal er
            // toestemming gevraagd worden om de cookies toe te staan": the opens and clicks.
            (
                "newsletter_customers", "legitimate_interest",
                [Basis(code: "consent", purposes: ["analytics.reporting.campaign_insights"]), Self.implicitConsent]
            ),
            // §5*: "Zij moeten eerst via een opt-in hun toestemming geven om een nieuwsbrief te ontvangen."
            ("newsletter_optin", "consent", []),
        ]
        #expect(Set(bundle.collections.compactMap { $0["name"] as? String }) == Set(expected.map(\.collection)))
        for (name, code, others) in expected {
            #expect(bundle.legalBasis(name)?["code"] as? String == code, "\(name)")
            let found = bundle.otherLegalBases(name)
            #expect(found.count == others.count, "\(name)")
            for (basis, other) in zip(found, others) {
                #expect(basis["code"] as? String == other.code, "\(name)")
                #expect(basis["purposes"] as? [String] == other.purposes, "\(name)")
            }
        }
        // §5*: the interest is the company's, for customers' newsletters and other messages.
        let interest = bundle.legalBasis("newsletter_customers")?["interest"] as? String ?? ""
        #expect(interest.contains("gerechtvaardigd belang van de onderneming"))
        #expect(interest.contains("wijzigingen van diensten en producten"))
        // §10: the opens and clicks are what the campaign-insight purpose covers.
        #expect(
            (bundle.collection("newsletter_customers")?["purposes"] as? [String])?
                .contains("analytics.reporting.campaign_insights") == true)
        #expect(bundle.fieldNames("newsletter_customers").isSuperset(of: ["opens_90_days", "clicks_90_days"]))
    }

    /// The retention of every collection: the contract rule or the 3-year rule of §7.
    @Test func retentionOfEveryCollection() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §7: "In het kader van een lopende of nieuwe overeenkomst zal JSM de persoonsgegevens bijhouden
        // voor de duurtijd van deze overeenkomst en vanaf het einde van de overeenkomst gedurende een
        // termijn gelijk aan de wettelijke bewaartermijn of de verjaringstermijn waarbinnen een
        // rechtsvordering kan worden ingesteld." The customer record as well as its contracts and
        // invoices; §7 gives the statutory period no length, so there is no fixed period.
        for name in ["customers", "contracts", "invoices"] {
            bundle.expectRetention(name, period: nil, after: "einde van de overeenkomst")
            let description = bundle.retention(name)?["description"] as? String ?? ""
            #expect(description.contains("wettelijke bewaartermijn"), "\(name)")
            #expect(description.contains("verjaringstermijn"), "\(name)")
        }
        // §7: "om sociaalrechtelijke of fiscale redenen".
        #expect((bundle.retention("invoices")?["description"] as? String)?.contains("fiscale") == true)
        // §7: "De persoonsgegevens worden verwijderd uit ons bestand na maximaal 3 jaar van inactieve
        // periode": for the customer record too, beside the contract rule (in its description).
        let customers = bundle.retention("customers")?["description"] as? String ?? ""
        #expect(customers.contains("3 jaar zonder activiteit"))
        let inactive = [
            "credit_checks", "job_applications", "support_contacts", "website_visits", "interest_profiles",
            "newsletter_customers", "newsletter_optin",
        ]
        for name in inactive {
            bundle.expectRetention(name, period: "P3Y", after: "laatste activiteit")
        }
        // §7 ties no retention to unsubscribing or to withdrawing consent.
        for name in ["newsletter_customers", "newsletter_optin"] {
            let description = bundle.retention(name)?["description"] as? String ?? ""
            #expect(!description.contains("afmeldt") && !description.contains("intrekt"), "\(name)")
        }
    }

    /// The recipients §6 and §9 name.
    @Test func recipientsOfSections6And9() async throws {
        let bundle = try await Self.example.bundle(.access)
        // §6: "JSM geeft in de regel geen persoonlijke gegevens door aan derden, behalve om te voldoen aan
        // wettelijke verplichtingen en in geval van uitdrukkelijk verzoek van de gerechtelijke autoriteiten
        // of politiediensten": any of the data.
        for collection in bundle.collections {
            let name = collection["name"] as? String ?? ""
            #expect(bundle.recipients(name).contains("Gerechtelijke autoriteiten en politiediensten"), "\(name)")
            #expect(bundle.recipients(name).contains { $0.contains("wettelijk verplicht") }, "\(name)")
        }
        // §9: "behalve indien dit noodzakelijk is voor het uitvoeren van de overeenkomsten tussen u en ons".
        for name in ["customers", "contracts", "invoices", "support_contacts"] {
            #expect(bundle.recipients(name).contains { $0.contains("uitvoering van de overeenkomst") }, "\(name)")
        }
        // §9: "JSM zal beroep doen op bepaalde instanties/actoren voor wat betreft e-mailmarketing,
        // facturatie, nabestellingen en direct mailing. De gegevens die hierbij verwerkt worden zijn naam,
        // voornaam, taal, geslacht en e-mailadres": the customer record holds them.
        #expect(bundle.recipients("customers").contains { $0.contains("nabestellingen") })
        #expect(bundle.recipients("newsletter_optin").contains { $0.contains("e-mailmarketing") })
    }

    @Test func portabilityKeepsTheProfileButNotWhatWasInferred() async throws {
        let bundle = try await Self.example.bundle(.portability)
        // §5 and §10: interest profiles rest on the consent to tracking cookies, but the interests and
        // the advertising segment are inferred.
        #expect(bundle.fieldNames("interest_profiles") == ["visitor_id", "updated_at"])
        // §2 and §5: the credit check rests on the implicit consent, so it is portable, but the bureau's
        // score and risk class are inferred.
        #expect(bundle.fieldNames("credit_checks").isDisjoint(with: ["score", "risk_class"]))
        #expect(!bundle.records("credit_checks").isEmpty)
    }
}
