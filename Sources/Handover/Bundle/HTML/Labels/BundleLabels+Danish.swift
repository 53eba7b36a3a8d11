// MARK: - Page chrome: Danish

extension BundleLabels {
    static let danish = BundleLabels(
        language: .da,
        page: Page(
            languageName: "Dansk",
            regulationName: "Databeskyttelsesforordningen",
            regulationShortName: "databeskyttelsesforordningen",
            title: "Dine personoplysninger",
            contents: "Indhold",
            bundleID: "Pakkens id",
            scope: "Denne kopis omfang",
            scopeAccessExplanation:
                "Denne kopi besvarer din anmodning om indsigt: den indeholder de personoplysninger, vi behandler "
                + "om dig, og de oplysninger, du har ret til efter artikel 15 i databeskyttelsesforordningen.",
            scopePortabilityExplanation:
                "Denne kopi besvarer din anmodning om dataportabilitet: den indeholder de personoplysninger, du "
                + "har givet os, eller som vi har observeret ved din brug af vores tjenester, i et struktureret, "
                + "almindeligt anvendt og maskinlæsbart format, som du kan give videre til en anden "
                + "organisation."),
        sections: Sections(
            controller: SectionText(
                heading: "Hvem har dine oplysninger",
                intro: "Den dataansvarlige er den organisation, der afgør, til hvilke formål og med hvilke "
                    + "hjælpemidler dine personoplysninger behandles."),
            dataProtectionOfficer: SectionText(
                heading: "Databeskyttelsesrådgiver",
                intro: "Du kan kontakte vores databeskyttelsesrådgiver om alle spørgsmål om behandlingen af dine "
                    + "personoplysninger og om udøvelsen af dine rettigheder."),
            categories: SectionText(
                heading: "Hvilke oplysninger vi har, fordelt på kategorier",
                intro: "Her er de kategorier af personoplysninger om dig, som vi behandler."),
            purposes: SectionText(
                heading: "Hvorfor vi behandler oplysningerne, og på hvilket retsgrundlag",
                intro: "Her er formålene med behandlingen af dine personoplysninger og retsgrundlaget for hvert "
                    + "af dem."),
            retention: SectionText(
                heading: "Hvor længe vi opbevarer oplysningerne",
                intro: "Her kan du se, hvor længe dine personoplysninger vil blive opbevaret, eller, hvis der "
                    + "ikke er en fast periode, de kriterier, der anvendes til at fastlægge perioden."),
            recipients: SectionText(
                heading: "Hvem modtager oplysningerne",
                intro: "Her er de modtagere eller kategorier af modtagere, som dine personoplysninger er eller "
                    + "vil blive videregivet til."),
            transfers: SectionText(
                heading: "Overførsel til lande uden for EØS",
                intro: "Hvis dine personoplysninger overføres til et land uden for Det Europæiske Økonomiske "
                    + "Samarbejdsområde (EØS) eller til en international organisation, har du ret til at blive "
                    + "underrettet om de fornødne garantier, der beskytter dem."),
            sources: SectionText(
                heading: "Hvor oplysningerne stammer fra",
                intro: "Når vi ikke har indsamlet dine personoplysninger hos dig selv, oplyser vi her, hvorfra de "
                    + "stammer."),
            automatedDecisions: SectionText(
                heading: "Automatiske afgørelser",
                intro: "Her kan du se, om vi træffer automatiske afgørelser om dig, herunder ved profilering, og "
                    + "i så fald logikken heri samt betydningen og de forventede konsekvenser for dig."),
            rights: SectionText(
                heading: "Dine rettigheder",
                intro: "Efter databeskyttelsesforordningen har du følgende rettigheder; kontakt os via "
                    + "oplysningerne ovenfor, hvis du vil gøre brug af dem."),
            complaint: SectionText(
                heading: "Hvor du kan klage",
                intro: "Hvis du mener, at behandlingen af dine personoplysninger er i strid med "
                    + "databeskyttelsesforordningen, har du ret til at indgive klage til en tilsynsmyndighed."),
            records: SectionText(
                heading: "Dine registreringer",
                intro: "Tabellerne viser de personoplysninger, vi har om dig, med én tabel for hver "
                    + "datasamling."),
            identifiersGiven: SectionText(
                heading: "Identifikatorer, du har oplyst",
                intro: "Vi har søgt efter dine personoplysninger ud fra disse oplysninger, som du gav os sammen "
                    + "med din anmodning."),
            identifiersFound: SectionText(
                heading: "Identifikatorer fundet i dine registreringer",
                intro: "Vi fandt disse yderligere oplysninger om dig i dine registreringer og søgte også ud fra "
                    + "dem, så din kopi er fuldstændig.")),
        fields: Fields(
            controller: "Dataansvarlig",
            name: "Navn",
            address: "Adresse",
            email: "E-mail",
            phone: "Telefon",
            website: "Hjemmeside",
            registrationNumber: "Registreringsnummer",
            responsePeriod: "Vi besvarer anmodninger inden for",
            supervisoryAuthority: "Tilsynsmyndighed",
            legitimateInterest: "Den legitime interesse, der forfølges",
            legalProvision: "Bestemmelse",
            retentionStartsFrom: "Perioden regnes fra",
            source: "Kilde",
            safeguard: "Garanti",
            copyOfSafeguards: "Sådan får du en kopi af garantierne",
            automatedDecisionsExist: "Automatiske afgørelser, herunder profilering",
            automatedDecisionDescription: "Hvad der træffes afgørelse om",
            automatedDecisionLogic: "Logikken bag",
            automatedDecisionConsequences: "Betydning og forventede konsekvenser for dig"),
        columns: Columns(
            field: "Felt",
            value: "Værdi",
            type: "Type",
            category: "Kategori",
            provenance: "Oprindelse",
            purpose: "Formål",
            legalBasis: "Retsgrundlag",
            retention: "Opbevaringsperiode",
            recipient: "Modtager",
            country: "Land",
            role: "Rolle",
            safeguard: "Garanti",
            source: "Kilde",
            collection: "Datasamling",
            recordCount: "Antal registreringer",
            dataSubjectCategory: "Kategori af registrerede",
            identifierType: "Type af identifikator",
            identifier: "Identifikator"),
        values: Values(
            yes: "Ja",
            no: "Nej",
            empty: "(tom)",
            withheld: "[udeladt]",
            withheldExplanation: "Denne værdi er udeladt, fordi den vedrører en anden person."),
        messages: Messages(
            noRecords: "Vi fandt ingen registreringer om dig her.",
            noRecipients: "Vi videregiver ikke disse personoplysninger til nogen modtagere.",
            noTransfers: "Dine personoplysninger overføres ikke til lande uden for EØS.",
            allCollectedFromYou: "Vi har indsamlet alle disse personoplysninger hos dig.",
            noAutomatedDecisions:
                "Vi træffer ikke afgørelser om dig, der alene er baseret på automatisk behandling.",
            partial:
                "Denne kopi er ufuldstændig: følgende dele af vores registre kunne ikke læses, da den blev lavet, så dine oplysninger i dem vises ikke her. Bed os om en fuldstændig kopi."
        ))
}
