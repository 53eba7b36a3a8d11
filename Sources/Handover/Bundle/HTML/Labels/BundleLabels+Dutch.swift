// MARK: - Page chrome: Dutch

extension BundleLabels {
    static let dutch = BundleLabels(
        language: .nl,
        page: Page(
            languageName: "Nederlands",
            regulationName: "Algemene verordening gegevensbescherming (AVG)",
            regulationShortName: "AVG",
            title: "Uw persoonsgegevens",
            contents: "Inhoud",
            bundleID: "Kenmerk van de bundel",
            scope: "Reikwijdte van deze kopie",
            scopeAccessExplanation:
                "Deze kopie beantwoordt uw verzoek om inzage: zij bevat de persoonsgegevens die wij over u "
                + "verwerken, met de informatie waarop u op grond van artikel 15 van de AVG recht heeft.",
            scopePortabilityExplanation:
                "Deze kopie beantwoordt uw verzoek om overdraagbaarheid van gegevens: zij bevat de "
                + "persoonsgegevens die u ons heeft verstrekt of die wij bij uw gebruik van onze diensten hebben "
                + "waargenomen, in een gestructureerde, gangbare en machineleesbare vorm die u aan een andere "
                + "organisatie kunt doorgeven."),
        sections: Sections(
            controller: SectionText(
                heading: "Wie uw gegevens heeft",
                intro: "De verwerkingsverantwoordelijke is de organisatie die het doel van en de middelen voor de "
                    + "verwerking van uw persoonsgegevens vaststelt."),
            dataProtectionOfficer: SectionText(
                heading: "Functionaris voor gegevensbescherming",
                intro: "U kunt contact opnemen met onze functionaris voor gegevensbescherming over alle vragen "
                    + "over de verwerking van uw persoonsgegevens en over de uitoefening van uw rechten."),
            categories: SectionText(
                heading: "Welke gegevens wij hebben, per categorie",
                intro: "Dit zijn de categorieën van persoonsgegevens over u die wij verwerken."),
            purposes: SectionText(
                heading: "Waarom wij uw gegevens verwerken en op welke rechtsgrond",
                intro: "Dit zijn de doeleinden waarvoor wij uw persoonsgegevens verwerken, met voor elk doel de "
                    + "rechtsgrond."),
            retention: SectionText(
                heading: "Hoe lang wij uw gegevens bewaren",
                intro: "Hier staat hoe lang uw persoonsgegevens worden opgeslagen of, als er geen vaste termijn "
                    + "is, welke criteria wij gebruiken om die termijn te bepalen."),
            recipients: SectionText(
                heading: "Wie uw gegevens ontvangt",
                intro: "Dit zijn de ontvangers of categorieën van ontvangers aan wie uw persoonsgegevens zijn of "
                    + "zullen worden verstrekt."),
            transfers: SectionText(
                heading: "Doorgiften buiten de EER",
                intro: "Als uw persoonsgegevens worden doorgegeven aan een land buiten de Europese Economische "
                    + "Ruimte (EER) of aan een internationale organisatie, heeft u het recht te worden "
                    + "geïnformeerd over de passende waarborgen die ze beschermen."),
            sources: SectionText(
                heading: "Waar de gegevens vandaan komen",
                intro: "Als wij uw persoonsgegevens niet bij u hebben verzameld, vermelden wij hier de bron "
                    + "ervan."),
            automatedDecisions: SectionText(
                heading: "Geautomatiseerde besluitvorming",
                intro: "Hier leest u of wij geautomatiseerd besluiten over u nemen, ook door profilering, en zo "
                    + "ja, wat de onderliggende logica is en wat het belang en de verwachte gevolgen voor u "
                    + "zijn."),
            rights: SectionText(
                heading: "Uw rechten",
                intro: "Op grond van de AVG heeft u de volgende rechten; neem contact met ons op via de gegevens "
                    + "hierboven als u ze wilt uitoefenen."),
            complaint: SectionText(
                heading: "Waar u een klacht kunt indienen",
                intro: "Als u vindt dat de verwerking van uw persoonsgegevens in strijd is met de AVG, heeft u "
                    + "het recht een klacht in te dienen bij een toezichthoudende autoriteit."),
            records: SectionText(
                heading: "Uw registraties",
                intro: "Deze tabellen tonen de persoonsgegevens die wij over u bewaren, één tabel per "
                    + "gegevensverzameling."),
            identifiersGiven: SectionText(
                heading: "Identificatoren die u heeft opgegeven",
                intro: "Wij hebben naar uw persoonsgegevens gezocht met deze gegevens, die u bij uw verzoek heeft "
                    + "opgegeven."),
            identifiersFound: SectionText(
                heading: "Identificatoren gevonden in uw registraties",
                intro: "Deze aanvullende gegevens over u vonden wij in uw registraties; wij hebben ook daarmee "
                    + "gezocht, zodat uw kopie volledig is.")),
        fields: Fields(
            controller: "Verwerkingsverantwoordelijke",
            name: "Naam",
            address: "Adres",
            email: "E-mail",
            phone: "Telefoon",
            website: "Website",
            registrationNumber: "Inschrijvingsnummer",
            responsePeriod: "Wij beantwoorden verzoeken binnen",
            supervisoryAuthority: "Toezichthoudende autoriteit",
            legitimateInterest: "Nagestreefd gerechtvaardigd belang",
            legalProvision: "Wettelijke bepaling",
            retentionStartsFrom: "Termijn gaat in bij",
            source: "Bron",
            safeguard: "Waarborg",
            copyOfSafeguards: "Hoe u een kopie van de waarborgen kunt verkrijgen",
            automatedDecisionsExist: "Geautomatiseerde besluitvorming, waaronder profilering",
            automatedDecisionDescription: "Waarover wordt besloten",
            automatedDecisionLogic: "Onderliggende logica",
            automatedDecisionConsequences: "Belang en verwachte gevolgen voor u"),
        columns: Columns(
            field: "Veld",
            value: "Waarde",
            type: "Type",
            category: "Categorie",
            provenance: "Herkomst",
            purpose: "Doel",
            legalBasis: "Rechtsgrond",
            retention: "Bewaartermijn",
            recipient: "Ontvanger",
            country: "Land",
            role: "Rol",
            safeguard: "Waarborg",
            source: "Bron",
            collection: "Gegevensverzameling",
            recordCount: "Aantal registraties",
            dataSubjectCategory: "Categorie betrokkenen",
            identifierType: "Soort identificator",
            identifier: "Identificator"),
        values: Values(
            yes: "Ja",
            no: "Nee",
            empty: "(leeg)",
            withheld: "[weggelaten]",
            withheldExplanation: "Deze waarde is weggelaten omdat zij een andere persoon betreft."),
        messages: Messages(
            noRecords: "Wij hebben hier geen registraties over u gevonden.",
            noRecipients: "Wij verstrekken deze persoonsgegevens niet aan ontvangers.",
            noTransfers: "Uw persoonsgegevens worden niet doorgegeven buiten de EER.",
            allCollectedFromYou: "Wij hebben al deze persoonsgegevens bij u verzameld.",
            noAutomatedDecisions:
                "Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking zijn gebaseerd.",
            partial:
                "Deze kopie is onvolledig: de volgende delen van onze administratie konden bij het maken niet worden gelezen, dus uw gegevens daarin staan hier niet. Vraag ons om een volledige kopie."
        ))
}
