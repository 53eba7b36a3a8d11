// MARK: - Provenance, value types, recipient roles

extension BundleLabels {
    /// Where a value came from (the configuration's `provenance:`). Labels agree with the data
    /// (`date`, `gegevens`, `oplysninger`) they describe.
    static let provenanceRows: [(key: String, text: Localized<(String, String)>)] = [
        (
            "provided",
            Localized(
                en: ("Provided by you", "You gave us this data, for example by filling in a form."),
                nl: (
                    "Door u verstrekt",
                    "U heeft ons deze gegevens verstrekt, bijvoorbeeld door een formulier in te vullen."
                ),
                ro: ("Furnizate de dumneavoastră", "Ne-ați furnizat aceste date, de exemplu completând un formular."),
                da: ("Givet af dig", "Du har givet os disse oplysninger, for eksempel ved at udfylde en formular."))
        ),
        (
            "observed",
            Localized(
                en: (
                    "Observed", "We recorded this data when you used our services, for example the time you signed in."
                ),
                nl: (
                    "Waargenomen",
                    "Wij hebben deze gegevens vastgelegd toen u onze diensten gebruikte, bijvoorbeeld het tijdstip waarop u inlogde."
                ),
                ro: (
                    "Observate",
                    "Am înregistrat aceste date atunci când ați utilizat serviciile noastre, de exemplu ora la care v-ați conectat."
                ),
                da: (
                    "Observeret",
                    "Vi har registreret disse oplysninger, da du brugte vores tjenester, for eksempel tidspunktet, hvor du loggede ind."
                ))
        ),
        (
            "derived",
            Localized(
                en: (
                    "Derived",
                    "We calculated this data from other data about you, for example your age from your date of birth."
                ),
                nl: (
                    "Afgeleid",
                    "Wij hebben deze gegevens berekend uit andere gegevens over u, bijvoorbeeld uw leeftijd uit uw geboortedatum."
                ),
                ro: (
                    "Derivate",
                    "Am calculat aceste date pe baza altor date despre dumneavoastră, de exemplu vârsta pe baza datei nașterii."
                ),
                da: (
                    "Afledt",
                    "Vi har beregnet disse oplysninger ud fra andre oplysninger om dig, for eksempel din alder ud fra din fødselsdato."
                ))
        ),
        (
            "inferred",
            Localized(
                en: (
                    "Inferred",
                    "We estimated this data from other data about you, for example an interest predicted from your purchases, so it may not be accurate."
                ),
                nl: (
                    "Ingeschat",
                    "Wij hebben deze gegevens ingeschat op basis van andere gegevens over u, bijvoorbeeld een interesse die wij uit uw aankopen voorspellen; ze kunnen dus onjuist zijn."
                ),
                ro: (
                    "Deduse",
                    "Am estimat aceste date pe baza altor date despre dumneavoastră, de exemplu un interes prezis din achizițiile dumneavoastră, așa că ele pot fi inexacte."
                ),
                da: (
                    "Skønnet",
                    "Vi har skønnet disse oplysninger ud fra andre oplysninger om dig, for eksempel en interesse, vi forudsiger ud fra dine køb, så de er måske ikke korrekte."
                ))
        ),
    ]

    /// The bundle's value type names (`Value.typeName`).
    static let valueTypeRows: [(key: String, text: Localized<String>)] = [
        ("string", Localized(en: "Text", nl: "Tekst", ro: "Text", da: "Tekst")),
        ("integer", Localized(en: "Whole number", nl: "Geheel getal", ro: "Număr întreg", da: "Heltal")),
        ("decimal", Localized(en: "Decimal number", nl: "Decimaal getal", ro: "Număr zecimal", da: "Decimaltal")),
        ("boolean", Localized(en: "Yes/No", nl: "Ja/nee", ro: "Da/Nu", da: "Ja/nej")),
        ("date", Localized(en: "Date", nl: "Datum", ro: "Dată", da: "Dato")),
        ("date-time", Localized(en: "Date and time", nl: "Datum en tijd", ro: "Dată și oră", da: "Dato og klokkeslæt")),
        ("binary", Localized(en: "Binary data", nl: "Binaire gegevens", ro: "Date binare", da: "Binære data")),
        ("null", Localized(en: "Empty", nl: "Leeg", ro: "Fără valoare", da: "Tom")),
        ("redacted", Localized(en: "Withheld", nl: "Weggelaten", ro: "Valoare omisă", da: "Udeladt")),
    ]

    /// A recipient's role (the configuration's `role:`), named as in Art. 4 and 26.
    static let recipientRoleRows: [(key: String, text: Localized<(String, String)>)] = [
        (
            "processor",
            Localized(
                en: ("Processor", "Processes the data on our behalf and only on our instructions."),
                nl: ("Verwerker", "Verwerkt de gegevens namens ons en alleen volgens onze instructies."),
                ro: (
                    "Persoană împuternicită de operator",
                    "Prelucrează datele în numele nostru și numai conform instrucțiunilor noastre."
                ),
                da: ("Databehandler", "Behandler oplysningerne på vores vegne og kun efter vores instruks."))
        ),
        (
            "controller",
            Localized(
                en: ("Controller", "Decides for itself why and how it processes the data it receives."),
                nl: (
                    "Verwerkingsverantwoordelijke",
                    "Bepaalt zelf waarvoor en hoe de ontvangen gegevens worden verwerkt."
                ),
                ro: ("Operator", "Stabilește singur scopurile și mijloacele prelucrării datelor pe care le primește."),
                da: ("Dataansvarlig", "Afgør selv, til hvilke formål og hvordan de modtagne oplysninger behandles."))
        ),
        (
            "joint-controller",
            Localized(
                en: ("Joint controller", "Decides together with us why and how the data is processed."),
                nl: (
                    "Gezamenlijke verwerkingsverantwoordelijke",
                    "Bepaalt samen met ons waarvoor en hoe de gegevens worden verwerkt."
                ),
                ro: ("Operator asociat", "Stabilește împreună cu noi scopurile și mijloacele prelucrării datelor."),
                da: (
                    "Fælles dataansvarlig", "Afgør sammen med os, til hvilke formål og hvordan oplysningerne behandles."
                ))
        ),
        (
            "authority",
            Localized(
                en: (
                    "Public authority",
                    "A public body that receives the data, for example because the law requires us to provide it."
                ),
                nl: (
                    "Overheidsinstantie",
                    "Een overheidsinstantie die de gegevens ontvangt, bijvoorbeeld omdat de wet ons verplicht ze te verstrekken."
                ),
                ro: (
                    "Autoritate publică",
                    "O autoritate publică ce primește datele, de exemplu pentru că legea ne obligă să i le furnizăm."
                ),
                da: (
                    "Offentlig myndighed",
                    "En offentlig myndighed, der modtager oplysningerne, for eksempel fordi loven forpligter os til at videregive dem."
                ))
        ),
        (
            "third-party",
            Localized(
                en: ("Third party", "Another organisation that receives the data and does not act on our behalf."),
                nl: ("Derde", "Een andere organisatie die de gegevens ontvangt en niet namens ons handelt."),
                ro: ("Parte terță", "O altă organizație care primește datele și nu acționează în numele nostru."),
                da: ("Tredjemand", "En anden organisation, der modtager oplysningerne og ikke handler på vores vegne."))
        ),
    ]
}
