// MARK: - fideslang data categories

extension BundleLabels {
    /// Every data category of fideslang 2 (`data_categories.csv`, root `data_category` left out),
    /// in the file's order. Special categories (Art. 9) and criminal data (Art. 10) are named as in
    /// the Regulation.
    static let dataCategoryRows: [(key: String, text: Localized<String>)] = [
        ("system", Localized(en: "System data", nl: "Systeemgegevens", ro: "Date de sistem", da: "Systemdata")),
        (
            "system.authentication",
            Localized(
                en: "Authentication data", nl: "Authenticatiegegevens", ro: "Date de autentificare",
                da: "Autentificeringsdata")
        ),
        (
            "system.operations",
            Localized(
                en: "System operations data", nl: "Operationele systeemgegevens",
                ro: "Date privind funcționarea sistemului", da: "Systemets driftsdata")
        ),
        (
            "user",
            Localized(
                en: "Data about you as a user", nl: "Gegevens over u als gebruiker",
                ro: "Date despre dumneavoastră ca utilizator", da: "Oplysninger om dig som bruger")
        ),
        (
            "user.account",
            Localized(
                en: "Account information", nl: "Accountgegevens", ro: "Informații despre cont", da: "Kontooplysninger")
        ),
        (
            "user.authorization",
            Localized(
                en: "Access permissions", nl: "Toegangsrechten", ro: "Permisiuni de acces", da: "Adgangsrettigheder")
        ),
        (
            "user.behavior",
            Localized(
                en: "Observed behaviour", nl: "Waargenomen gedrag", ro: "Comportament observat", da: "Observeret adfærd"
            )
        ),
        (
            "user.biometric",
            Localized(en: "Biometric data", nl: "Biometrische gegevens", ro: "Date biometrice", da: "Biometriske data")
        ),
        (
            "user.childrens",
            Localized(
                en: "Children’s data", nl: "Gegevens van kinderen", ro: "Date privind copiii", da: "Oplysninger om børn"
            )
        ),
        (
            "user.contact",
            Localized(en: "Contact details", nl: "Contactgegevens", ro: "Date de contact", da: "Kontaktoplysninger")
        ),
        (
            "user.content",
            Localized(
                en: "Content by or about you", nl: "Inhoud van of over u",
                ro: "Conținut creat de dumneavoastră sau despre dumneavoastră", da: "Indhold fra eller om dig")
        ),
        (
            "user.demographic",
            Localized(
                en: "Demographic data", nl: "Demografische gegevens", ro: "Date demografice",
                da: "Demografiske oplysninger")
        ),
        (
            "user.location",
            Localized(en: "Location data", nl: "Locatiegegevens", ro: "Date de localizare", da: "Lokaliseringsdata")
        ),
        (
            "user.device",
            Localized(en: "Device data", nl: "Apparaatgegevens", ro: "Date despre dispozitiv", da: "Enhedsoplysninger")
        ),
        (
            "user.payment",
            Localized(en: "Payment data", nl: "Betaalgegevens", ro: "Date de plată", da: "Betalingsoplysninger")
        ),
        (
            "user.social",
            Localized(
                en: "Social activity and interactions", nl: "Sociale activiteit en interacties",
                ro: "Activitate și interacțiuni sociale", da: "Social aktivitet og interaktion")
        ),
        (
            "user.unique_id",
            Localized(
                en: "Unique identifier", nl: "Unieke identificator", ro: "Identificator unic", da: "Unik identifikator")
        ),
        (
            "user.telemetry",
            Localized(en: "Telemetry data", nl: "Telemetriegegevens", ro: "Date de telemetrie", da: "Telemetridata")
        ),
        (
            "user.user_sensor",
            Localized(
                en: "Sensor data about your surroundings", nl: "Sensorgegevens over uw omgeving",
                ro: "Date de la senzori despre mediul dumneavoastră", da: "Sensordata om dine omgivelser")
        ),
        (
            "user.workplace",
            Localized(
                en: "Workplace (employer)", nl: "Werkgever", ro: "Locul de muncă (angajatorul)", da: "Arbejdsplads")
        ),
        ("user.sensor", Localized(en: "Sensor data", nl: "Sensorgegevens", ro: "Date de la senzori", da: "Sensordata")),
        (
            "user.financial",
            Localized(
                en: "Financial data", nl: "Financiële gegevens", ro: "Date financiare", da: "Finansielle oplysninger")
        ),
        (
            "user.government_id",
            Localized(
                en: "Government-issued identification", nl: "Door de overheid uitgegeven identificatiegegevens",
                ro: "Date de identificare emise de stat", da: "Offentligt udstedte identifikationsoplysninger")
        ),
        (
            "user.health_and_medical",
            Localized(
                en: "Health and medical data", nl: "Gegevens over gezondheid en medische gegevens",
                ro: "Date privind sănătatea și date medicale", da: "Helbredsoplysninger og medicinske oplysninger")
        ),
        ("user.name", Localized(en: "Name", nl: "Naam", ro: "Nume", da: "Navn")),
        (
            "user.criminal_history",
            Localized(
                en: "Criminal convictions and offences", nl: "Strafrechtelijke veroordelingen en strafbare feiten",
                ro: "Condamnări penale și infracțiuni", da: "Straffedomme og lovovertrædelser")
        ),
        (
            "user.privacy_preferences",
            Localized(
                en: "Privacy preferences", nl: "Privacyvoorkeuren", ro: "Preferințe de confidențialitate",
                da: "Privatlivsindstillinger")
        ),
        (
            "user.job_title",
            Localized(en: "Job title", nl: "Functietitel", ro: "Funcția ocupată", da: "Stillingsbetegnelse")
        ),
        (
            "user.account.settings",
            Localized(
                en: "Account settings", nl: "Accountinstellingen", ro: "Setările contului", da: "Kontoindstillinger")
        ),
        (
            "user.account.username",
            Localized(en: "Username", nl: "Gebruikersnaam", ro: "Nume de utilizator", da: "Brugernavn")
        ),
        (
            "user.authorization.credentials",
            Localized(
                en: "Sign-in credentials", nl: "Inloggegevens", ro: "Date de conectare la cont",
                da: "Adgangsoplysninger")
        ),
        (
            "user.authorization.biometric",
            Localized(
                en: "Biometric sign-in data", nl: "Biometrische inloggegevens", ro: "Date biometrice de conectare",
                da: "Biometriske adgangsoplysninger")
        ),
        ("user.authorization.password", Localized(en: "Password", nl: "Wachtwoord", ro: "Parolă", da: "Adgangskode")),
        (
            "user.behavior.browsing_history",
            Localized(
                en: "Browsing history", nl: "Surfgeschiedenis", ro: "Istoricul de navigare",
                da: "Historik over besøgte websider")
        ),
        (
            "user.behavior.media_consumption",
            Localized(en: "Media consumption", nl: "Mediagebruik", ro: "Consumul de conținut media", da: "Medieforbrug")
        ),
        (
            "user.behavior.purchase_history",
            Localized(
                en: "Purchase history", nl: "Aankoopgeschiedenis", ro: "Istoricul achizițiilor", da: "Købshistorik")
        ),
        (
            "user.behavior.search_history",
            Localized(en: "Search history", nl: "Zoekgeschiedenis", ro: "Istoricul căutărilor", da: "Søgehistorik")
        ),
        (
            "user.biometric.fingerprint",
            Localized(en: "Fingerprint", nl: "Vingerafdruk", ro: "Amprentă digitală", da: "Fingeraftryk")
        ),
        (
            "user.biometric.retinal",
            Localized(en: "Retina scan", nl: "Netvliesscan", ro: "Scanare a retinei", da: "Nethindescanning")
        ),
        (
            "user.biometric.voice",
            Localized(en: "Voice recording", nl: "Stemopname", ro: "Înregistrări ale vocii", da: "Stemmeoptagelse")
        ),
        (
            "user.biometric.health",
            Localized(
                en: "Biometric health data", nl: "Biometrische gezondheidsgegevens",
                ro: "Date biometrice privind sănătatea", da: "Biometriske helbredsoplysninger")
        ),
        ("user.contact.address", Localized(en: "Address", nl: "Adres", ro: "Adresă", da: "Adresse")),
        (
            "user.contact.email",
            Localized(en: "E-mail address", nl: "E-mailadres", ro: "Adresă de e-mail", da: "E-mailadresse")
        ),
        (
            "user.contact.phone_number",
            Localized(en: "Phone number", nl: "Telefoonnummer", ro: "Număr de telefon", da: "Telefonnummer")
        ),
        (
            "user.contact.url",
            Localized(
                en: "Websites and online profiles", nl: "Websites en onlineprofielen",
                ro: "Site-uri web și profiluri online", da: "Hjemmesider og onlineprofiler")
        ),
        ("user.contact.fax_number", Localized(en: "Fax number", nl: "Faxnummer", ro: "Număr de fax", da: "Faxnummer")),
        (
            "user.contact.organization",
            Localized(en: "Organisation", nl: "Organisatie", ro: "Organizație", da: "Organisation")
        ),
        ("user.contact.address.city", Localized(en: "City or town", nl: "Woonplaats", ro: "Localitate", da: "By")),
        ("user.contact.address.country", Localized(en: "Country", nl: "Land", ro: "Țară", da: "Land")),
        (
            "user.contact.address.postal_code",
            Localized(en: "Postal code", nl: "Postcode", ro: "Cod poștal", da: "Postnummer")
        ),
        (
            "user.contact.address.state",
            Localized(
                en: "State, province or region", nl: "Provincie of deelstaat", ro: "Județ sau regiune",
                da: "Region eller delstat")
        ),
        (
            "user.contact.address.street",
            Localized(
                en: "Street and house number", nl: "Straat en huisnummer", ro: "Stradă și număr",
                da: "Vejnavn og husnummer")
        ),
        (
            "user.content.private",
            Localized(en: "Private content", nl: "Niet-openbare inhoud", ro: "Conținut privat", da: "Privat indhold")
        ),
        (
            "user.content.public",
            Localized(en: "Public content", nl: "Openbare inhoud", ro: "Conținut public", da: "Offentligt indhold")
        ),
        (
            "user.content.self_image",
            Localized(
                en: "Photos or images of you", nl: "Foto’s of afbeeldingen van u",
                ro: "Fotografii sau imagini cu dumneavoastră", da: "Fotos eller billeder af dig")
        ),
        (
            "user.demographic.age_range",
            Localized(en: "Age range", nl: "Leeftijdscategorie", ro: "Grupă de vârstă", da: "Aldersgruppe")
        ),
        (
            "user.demographic.date_of_birth",
            Localized(en: "Date of birth", nl: "Geboortedatum", ro: "Data nașterii", da: "Fødselsdato")
        ),
        ("user.demographic.gender", Localized(en: "Gender", nl: "Geslacht", ro: "Gen", da: "Køn")),
        ("user.demographic.language", Localized(en: "Language", nl: "Taal", ro: "Limbă", da: "Sprog")),
        (
            "user.demographic.marital_status",
            Localized(en: "Marital status", nl: "Burgerlijke staat", ro: "Stare civilă", da: "Civilstand")
        ),
        (
            "user.demographic.political_opinion",
            Localized(
                en: "Political opinions", nl: "Politieke opvattingen", ro: "Opinii politice",
                da: "Politisk overbevisning")
        ),
        (
            "user.demographic.profile",
            Localized(
                en: "Profile and preferences", nl: "Profiel en voorkeuren", ro: "Profil și preferințe",
                da: "Profil og præferencer")
        ),
        (
            "user.demographic.race_ethnicity",
            Localized(
                en: "Racial or ethnic origin", nl: "Ras of etnische afkomst", ro: "Originea rasială sau etnică",
                da: "Race eller etnisk oprindelse")
        ),
        (
            "user.demographic.religious_belief",
            Localized(
                en: "Religious beliefs", nl: "Religieuze overtuigingen", ro: "Confesiunea religioasă",
                da: "Religiøs overbevisning")
        ),
        (
            "user.demographic.sexual_orientation",
            Localized(
                en: "Sexual orientation", nl: "Seksuele gerichtheid", ro: "Orientare sexuală", da: "Seksuel orientering"
            )
        ),
        (
            "user.device.cookie",
            Localized(
                en: "Data stored in cookies", nl: "In cookies opgeslagen gegevens", ro: "Date stocate în cookie-uri",
                da: "Data gemt i cookies")
        ),
        (
            "user.device.cookie_id",
            Localized(
                en: "Cookie identifier", nl: "Identificator van de cookie", ro: "Identificatorul cookie-ului",
                da: "Cookie-identifikator")
        ),
        (
            "user.device.device_id",
            Localized(
                en: "Device identifier", nl: "Identificator van het apparaat", ro: "Identificatorul dispozitivului",
                da: "Enhedsidentifikator")
        ),
        ("user.device.ip_address", Localized(en: "IP address", nl: "IP-adres", ro: "Adresă IP", da: "IP-adresse")),
        (
            "user.financial.bank_account",
            Localized(
                en: "Bank account details", nl: "Bankrekeninggegevens", ro: "Date despre contul bancar",
                da: "Bankkontooplysninger")
        ),
        (
            "user.financial.credit_card",
            Localized(
                en: "Credit card details", nl: "Creditcardgegevens", ro: "Date despre cardul de credit",
                da: "Kreditkortoplysninger")
        ),
        (
            "user.government_id.birth_certificate",
            Localized(en: "Birth certificate", nl: "Geboorteakte", ro: "Certificat de naștere", da: "Fødselsattest")
        ),
        (
            "user.government_id.drivers_license_number",
            Localized(
                en: "Driving licence number", nl: "Rijbewijsnummer", ro: "Numărul permisului de conducere",
                da: "Kørekortnummer")
        ),
        (
            "user.government_id.immigration",
            Localized(
                en: "Immigration and residence data", nl: "Gegevens over immigratie en verblijf",
                ro: "Date privind imigrarea și șederea", da: "Oplysninger om indvandring og ophold")
        ),
        (
            "user.government_id.national_identification_number",
            Localized(
                en: "National identification number", nl: "Nationaal identificatienummer",
                ro: "Număr național de identificare", da: "Nationalt identifikationsnummer")
        ),
        (
            "user.government_id.passport_number",
            Localized(en: "Passport number", nl: "Paspoortnummer", ro: "Numărul pașaportului", da: "Pasnummer")
        ),
        (
            "user.government_id.vehicle_registration",
            Localized(
                en: "Vehicle registration number", nl: "Kenteken", ro: "Număr de înmatriculare",
                da: "Registreringsnummer på køretøj")
        ),
        (
            "user.health_and_medical.genetic",
            Localized(en: "Genetic data", nl: "Genetische gegevens", ro: "Date genetice", da: "Genetiske data")
        ),
        (
            "user.health_and_medical.insurance_beneficiary_id",
            Localized(
                en: "Health insurance number", nl: "Zorgverzekeringsnummer", ro: "Numărul de asigurare de sănătate",
                da: "Sygeforsikringsnummer")
        ),
        (
            "user.health_and_medical.record_id",
            Localized(
                en: "Medical record number", nl: "Nummer van het medisch dossier", ro: "Numărul dosarului medical",
                da: "Journalnummer")
        ),
        (
            "user.location.imprecise",
            Localized(
                en: "Approximate location", nl: "Globale locatie", ro: "Localizare aproximativă",
                da: "Omtrentlig placering")
        ),
        (
            "user.location.precise",
            Localized(en: "Precise location", nl: "Precieze locatie", ro: "Localizare precisă", da: "Præcis placering")
        ),
        ("user.name.first", Localized(en: "First name", nl: "Voornaam", ro: "Prenume", da: "Fornavn")),
        ("user.name.last", Localized(en: "Last name", nl: "Achternaam", ro: "Nume de familie", da: "Efternavn")),
        (
            "user.unique_id.pseudonymous",
            Localized(
                en: "Pseudonymous identifier", nl: "Gepseudonimiseerde identificator",
                ro: "Identificator pseudonimizat", da: "Pseudonymiseret identifikator")
        ),
    ]
}
