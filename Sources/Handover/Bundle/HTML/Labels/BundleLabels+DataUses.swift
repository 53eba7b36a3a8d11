// MARK: - fideslang data uses

extension BundleLabels {
    /// Every data use (purpose) of fideslang 2 (`data_uses.csv`, root `data_use` left out), in the
    /// file's order, phrased as purposes (“Improving the service”).
    static let dataUseRows: [(key: String, text: Localized<String>)] = [
        ("analytics", Localized(en: "Analytics", nl: "Analyse", ro: "Analize", da: "Analyse")),
        (
            "analytics.reporting",
            Localized(
                en: "Analytics for reporting", nl: "Analyse voor rapportages", ro: "Analize pentru raportare",
                da: "Analyse til rapportering")
        ),
        (
            "analytics.reporting.ad_performance",
            Localized(
                en: "Measuring advertising performance", nl: "Meten van de resultaten van advertenties",
                ro: "Măsurarea performanței reclamelor", da: "Måling af reklamers effekt")
        ),
        (
            "analytics.reporting.content_performance",
            Localized(
                en: "Measuring content performance", nl: "Meten van de resultaten van inhoud",
                ro: "Măsurarea performanței conținutului", da: "Måling af indholdets effekt")
        ),
        (
            "analytics.reporting.campaign_insights",
            Localized(
                en: "Campaign analysis", nl: "Analyse van campagnes", ro: "Analiza campaniilor",
                da: "Analyse af kampagner")
        ),
        (
            "analytics.reporting.system",
            Localized(
                en: "Reporting on system activity", nl: "Rapportage over systeemactiviteit",
                ro: "Raportare privind activitatea sistemului", da: "Rapportering om systemaktivitet")
        ),
        (
            "analytics.reporting.system.performance",
            Localized(
                en: "Reporting on system performance", nl: "Rapportage over systeemprestaties",
                ro: "Raportare privind performanța sistemului", da: "Rapportering om systemets ydeevne")
        ),
        (
            "collect",
            Localized(
                en: "Collecting and storing data for a purpose not yet specified",
                nl: "Verzamelen en opslaan van gegevens voor een nog niet bepaald doel",
                ro: "Colectarea și stocarea datelor pentru un scop încă nedefinit",
                da: "Indsamling og opbevaring af oplysninger til et formål, der endnu ikke er fastlagt")
        ),
        (
            "employment",
            Localized(
                en: "Employment and human resources", nl: "Arbeidsverhouding en personeelszaken",
                ro: "Relații de muncă și resurse umane", da: "Ansættelse og personaleadministration")
        ),
        (
            "employment.recruitment",
            Localized(en: "Recruitment", nl: "Werving en selectie", ro: "Recrutare", da: "Rekruttering")
        ),
        (
            "essential",
            Localized(
                en: "Essential purposes", nl: "Noodzakelijke doeleinden", ro: "Scopuri esențiale",
                da: "Nødvendige formål")
        ),
        (
            "essential.fraud_detection",
            Localized(
                en: "Detecting fraud and misuse", nl: "Opsporen van fraude en misbruik",
                ro: "Detectarea fraudei și a utilizării abuzive", da: "Afsløring af svindel og misbrug")
        ),
        (
            "essential.legal_obligation",
            Localized(
                en: "Complying with legal obligations", nl: "Voldoen aan wettelijke verplichtingen",
                ro: "Îndeplinirea obligațiilor legale", da: "Overholdelse af retlige forpligtelser")
        ),
        (
            "essential.service",
            Localized(
                en: "Providing the service", nl: "Leveren van de dienst", ro: "Furnizarea serviciului",
                da: "Levering af tjenesten")
        ),
        (
            "essential.service.authentication",
            Localized(
                en: "Verifying your identity when you sign in", nl: "Controleren van uw identiteit bij het inloggen",
                ro: "Verificarea identității dumneavoastră la conectare",
                da: "Kontrol af din identitet, når du logger ind")
        ),
        (
            "essential.service.notifications",
            Localized(
                en: "Service notifications", nl: "Meldingen over de dienst", ro: "Notificări privind serviciul",
                da: "Meddelelser om tjenesten")
        ),
        (
            "essential.service.operations",
            Localized(
                en: "Operating the service", nl: "Werking van de dienst", ro: "Asigurarea funcționării serviciului",
                da: "Drift af tjenesten")
        ),
        (
            "essential.service.payment_processing",
            Localized(
                en: "Handling payments", nl: "Afhandelen van betalingen", ro: "Procesarea plăților",
                da: "Håndtering af betalinger")
        ),
        (
            "essential.service.security",
            Localized(
                en: "Keeping the service secure", nl: "Beveiliging van de dienst", ro: "Securitatea serviciului",
                da: "Tjenestens sikkerhed")
        ),
        (
            "essential.service.upgrades",
            Localized(
                en: "Information about service upgrades", nl: "Informatie over nieuwe versies van de dienst",
                ro: "Informații despre actualizările serviciului", da: "Oplysninger om opdateringer af tjenesten")
        ),
        (
            "essential.service.notifications.email",
            Localized(
                en: "Service notifications by e-mail", nl: "Meldingen over de dienst per e-mail",
                ro: "Notificări privind serviciul prin e-mail", da: "Meddelelser om tjenesten via e-mail")
        ),
        (
            "essential.service.notifications.sms",
            Localized(
                en: "Service notifications by text message", nl: "Meldingen over de dienst per sms",
                ro: "Notificări privind serviciul prin SMS", da: "Meddelelser om tjenesten via sms")
        ),
        (
            "essential.service.operations.support",
            Localized(
                en: "Customer support", nl: "Klantenondersteuning", ro: "Asistență pentru clienți", da: "Kundeservice")
        ),
        (
            "essential.service.operations.improve",
            Localized(
                en: "Improving customer support", nl: "Verbeteren van de klantenondersteuning",
                ro: "Îmbunătățirea asistenței pentru clienți", da: "Forbedring af kundeservicen")
        ),
        (
            "finance",
            Localized(
                en: "Finance and accounting", nl: "Financiën en boekhouding", ro: "Finanțe și contabilitate",
                da: "Økonomi og regnskab")
        ),
        (
            "functional",
            Localized(
                en: "Functional purposes", nl: "Functionele doeleinden", ro: "Scopuri funcționale",
                da: "Funktionelle formål")
        ),
        (
            "functional.storage",
            Localized(
                en: "Storing and reading information on your device",
                nl: "Opslaan en uitlezen van informatie op uw apparaat",
                ro: "Stocarea și citirea informațiilor pe dispozitivul dumneavoastră",
                da: "Lagring og læsning af oplysninger på din enhed")
        ),
        (
            "functional.service",
            Localized(
                en: "Features of the service", nl: "Functies van de dienst", ro: "Funcționalitățile serviciului",
                da: "Tjenestens funktioner")
        ),
        (
            "functional.service.improve",
            Localized(
                en: "Improving the service", nl: "Verbeteren van de dienst", ro: "Îmbunătățirea serviciului",
                da: "Forbedring af tjenesten")
        ),
        ("marketing", Localized(en: "Marketing", nl: "Marketing", ro: "Marketing", da: "Markedsføring")),
        (
            "marketing.advertising",
            Localized(
                en: "Advertising and promotion", nl: "Reclame en promotie", ro: "Publicitate și promovare",
                da: "Reklamer og promovering")
        ),
        (
            "marketing.communications",
            Localized(
                en: "Marketing messages", nl: "Marketingberichten", ro: "Comunicări de marketing",
                da: "Markedsføringshenvendelser")
        ),
        (
            "marketing.advertising.first_party",
            Localized(
                en: "Advertising based on our own data about you",
                nl: "Reclame op basis van onze eigen gegevens over u",
                ro: "Publicitate pe baza propriilor noastre date despre dumneavoastră",
                da: "Reklamer baseret på vores egne oplysninger om dig")
        ),
        (
            "marketing.advertising.frequency_capping",
            Localized(
                en: "Limiting how often you see the same advertisement",
                nl: "Beperken hoe vaak u dezelfde advertentie ziet",
                ro: "Limitarea numărului de afișări ale aceleiași reclame",
                da: "Begrænsning af, hvor ofte du ser den samme reklame")
        ),
        (
            "marketing.advertising.negative_targeting",
            Localized(
                en: "Excluding certain groups from advertising", nl: "Uitsluiten van bepaalde groepen van reclame",
                ro: "Excluderea anumitor grupuri de la publicitate", da: "Udelukkelse af bestemte grupper fra reklamer")
        ),
        (
            "marketing.advertising.profiling",
            Localized(
                en: "Profiling for targeted advertising", nl: "Profilering voor gerichte reclame",
                ro: "Crearea de profiluri pentru publicitate direcționată", da: "Profilering til målrettede reklamer")
        ),
        (
            "marketing.advertising.serving",
            Localized(
                en: "Delivering advertisements and content", nl: "Weergeven van advertenties en inhoud",
                ro: "Afișarea reclamelor și a conținutului", da: "Visning af reklamer og indhold")
        ),
        (
            "marketing.advertising.third_party",
            Localized(
                en: "Advertising based on data from third parties", nl: "Reclame op basis van gegevens van derden",
                ro: "Publicitate pe baza datelor de la părți terțe",
                da: "Reklamer baseret på oplysninger fra tredjemand")
        ),
        (
            "marketing.advertising.first_party.contextual",
            Localized(
                en: "Advertising based on the content you are viewing",
                nl: "Reclame op basis van de inhoud die u bekijkt",
                ro: "Publicitate pe baza conținutului pe care îl vizualizați",
                da: "Reklamer baseret på det indhold, du ser")
        ),
        (
            "marketing.advertising.first_party.targeted",
            Localized(
                en: "Personalised advertising based on your use of our services",
                nl: "Gepersonaliseerde reclame op basis van uw gebruik van onze diensten",
                ro: "Publicitate personalizată pe baza utilizării serviciilor noastre de către dumneavoastră",
                da: "Personaliserede reklamer baseret på din brug af vores tjenester")
        ),
        (
            "marketing.advertising.third_party.targeted",
            Localized(
                en: "Targeted advertising using data from third parties",
                nl: "Gerichte reclame met gegevens van derden",
                ro: "Publicitate direcționată cu date de la părți terțe",
                da: "Målrettede reklamer med oplysninger fra tredjemand")
        ),
        (
            "marketing.communications.email",
            Localized(
                en: "Marketing by e-mail", nl: "Marketing per e-mail", ro: "Marketing prin e-mail",
                da: "Markedsføring via e-mail")
        ),
        (
            "marketing.communications.sms",
            Localized(
                en: "Marketing by text message", nl: "Marketing per sms", ro: "Marketing prin SMS",
                da: "Markedsføring via sms")
        ),
        (
            "operations",
            Localized(
                en: "Running the organisation", nl: "Bedrijfsvoering", ro: "Funcționarea organizației",
                da: "Organisationens drift")
        ),
        (
            "personalize",
            Localized(en: "Personalisation", nl: "Personalisatie", ro: "Personalizare", da: "Personalisering")
        ),
        (
            "personalize.content",
            Localized(
                en: "Personalising content", nl: "Personaliseren van inhoud", ro: "Personalizarea conținutului",
                da: "Personalisering af indhold")
        ),
        (
            "personalize.system",
            Localized(
                en: "Personalising the service", nl: "Personaliseren van de dienst", ro: "Personalizarea serviciului",
                da: "Personalisering af tjenesten")
        ),
        (
            "personalize.content.limited",
            Localized(
                en: "Personalising content with limited data", nl: "Personaliseren van inhoud met beperkte gegevens",
                ro: "Personalizarea conținutului pe baza unor date limitate",
                da: "Personalisering af indhold med begrænsede oplysninger")
        ),
        (
            "personalize.content.profiling",
            Localized(
                en: "Profiling to personalise content", nl: "Profilering om inhoud te personaliseren",
                ro: "Crearea de profiluri pentru personalizarea conținutului",
                da: "Profilering til personalisering af indhold")
        ),
        (
            "personalize.content.profiled",
            Localized(
                en: "Personalising content using profiles", nl: "Personaliseren van inhoud op basis van profielen",
                ro: "Personalizarea conținutului pe baza profilurilor",
                da: "Personalisering af indhold på grundlag af profiler")
        ),
        ("sales", Localized(en: "Sales", nl: "Verkoop", ro: "Vânzări", da: "Salg")),
        (
            "third_party_sharing",
            Localized(
                en: "Sharing with third parties", nl: "Verstrekking aan derden", ro: "Transmiterea către părți terțe",
                da: "Videregivelse til tredjemand")
        ),
        (
            "third_party_sharing.legal_obligation",
            Localized(
                en: "Sharing with third parties to meet a legal obligation",
                nl: "Verstrekking aan derden op grond van een wettelijke verplichting",
                ro: "Transmiterea către părți terțe în temeiul unei obligații legale",
                da: "Videregivelse til tredjemand på grund af en retlig forpligtelse")
        ),
        (
            "train_ai_system",
            Localized(
                en: "Training AI systems", nl: "Trainen van AI-systemen", ro: "Antrenarea sistemelor de IA",
                da: "Træning af AI-systemer")
        ),
    ]
}
