// MARK: - Legal bases (Art. 6(1)), rights, safeguards

extension BundleLabels {
    /// The six bases of Art. 6(1): title and plain explanation, following each language version's
    /// wording of Art. 6(1)(a)–(f).
    static let legalBasisRows: [(key: String, reference: ArticleReference, text: Localized<(String, String)>)] = [
        (
            "consent", ArticleReference(6, 1, "a"),
            Localized(
                en: (
                    "Consent",
                    "You have given consent to the processing of your personal data for one or more specific purposes."
                ),
                nl: (
                    "Toestemming",
                    "U heeft toestemming gegeven voor de verwerking van uw persoonsgegevens voor een of meer welbepaalde doeleinden."
                ),
                ro: (
                    "Consimțământ",
                    "V-ați dat consimțământul pentru prelucrarea datelor dumneavoastră cu caracter personal pentru unul sau mai multe scopuri specifice."
                ),
                da: (
                    "Samtykke",
                    "Du har givet samtykke til behandling af dine personoplysninger til et eller flere specifikke formål."
                ))
        ),
        (
            "contract", ArticleReference(6, 1, "b"),
            Localized(
                en: (
                    "Contract",
                    "The processing is necessary for the performance of a contract to which you are party, or to take steps at your request before entering into a contract."
                ),
                nl: (
                    "Overeenkomst",
                    "De verwerking is noodzakelijk voor de uitvoering van een overeenkomst waarbij u partij bent, of om op uw verzoek vóór het sluiten van een overeenkomst maatregelen te nemen."
                ),
                ro: (
                    "Executarea unui contract",
                    "Prelucrarea este necesară pentru executarea unui contract la care sunteți parte sau pentru a face demersuri, la cererea dumneavoastră, înainte de încheierea unui contract."
                ),
                da: (
                    "Kontrakt",
                    "Behandlingen er nødvendig for at opfylde en kontrakt, som du er part i, eller for at gennemføre foranstaltninger, som du har anmodet om, før der indgås en kontrakt."
                ))
        ),
        (
            "legal_obligation", ArticleReference(6, 1, "c"),
            Localized(
                en: (
                    "Legal obligation",
                    "The processing is necessary to comply with a legal obligation to which we are subject."
                ),
                nl: (
                    "Wettelijke verplichting",
                    "De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op ons rust."
                ),
                ro: (
                    "Obligație legală",
                    "Prelucrarea este necesară pentru îndeplinirea unei obligații legale care ne revine."
                ),
                da: (
                    "Retlig forpligtelse",
                    "Behandlingen er nødvendig for at overholde en retlig forpligtelse, som påhviler os."
                ))
        ),
        (
            "vital_interest", ArticleReference(6, 1, "d"),
            Localized(
                en: (
                    "Vital interests",
                    "The processing is necessary to protect your vital interests or those of another person, for example in a medical emergency."
                ),
                nl: (
                    "Vitale belangen",
                    "De verwerking is noodzakelijk om uw vitale belangen of die van een andere persoon te beschermen, bijvoorbeeld bij een medisch noodgeval."
                ),
                ro: (
                    "Interese vitale",
                    "Prelucrarea este necesară pentru a vă proteja interesele vitale sau pe cele ale altei persoane fizice, de exemplu într-o urgență medicală."
                ),
                da: (
                    "Vitale interesser",
                    "Behandlingen er nødvendig for at beskytte dine eller en anden fysisk persons vitale interesser, for eksempel i en medicinsk nødsituation."
                ))
        ),
        (
            "public_task", ArticleReference(6, 1, "e"),
            Localized(
                en: (
                    "Public interest or official authority",
                    "The processing is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in us."
                ),
                nl: (
                    "Algemeen belang of openbaar gezag",
                    "De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang of van een taak in het kader van de uitoefening van het openbaar gezag dat aan ons is opgedragen."
                ),
                ro: (
                    "Interes public sau autoritate publică",
                    "Prelucrarea este necesară pentru îndeplinirea unei sarcini care servește unui interes public sau care rezultă din exercitarea autorității publice cu care suntem învestiți."
                ),
                da: (
                    "Samfundets interesse eller offentlig myndighedsudøvelse",
                    "Behandlingen er nødvendig af hensyn til udførelse af en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse, som vi har fået pålagt."
                ))
        ),
        (
            "legitimate_interest", ArticleReference(6, 1, "f"),
            Localized(
                en: (
                    "Legitimate interests",
                    "The processing is necessary for our legitimate interests or those of a third party, except where your interests or fundamental rights and freedoms override them."
                ),
                nl: (
                    "Gerechtvaardigde belangen",
                    "De verwerking is noodzakelijk voor de behartiging van onze gerechtvaardigde belangen of die van een derde, behalve wanneer uw belangen of grondrechten en fundamentele vrijheden zwaarder wegen."
                ),
                ro: (
                    "Interese legitime",
                    "Prelucrarea este necesară în scopul intereselor legitime urmărite de noi sau de o parte terță, cu excepția cazului în care prevalează interesele sau drepturile și libertățile dumneavoastră fundamentale."
                ),
                da: (
                    "Legitime interesser",
                    "Behandlingen er nødvendig for, at vi eller en tredjemand kan forfølge en legitim interesse, medmindre dine interesser eller grundlæggende rettigheder og frihedsrettigheder går forud herfor."
                ))
        ),
    ]

    /// The data subject's rights: titles follow the article headings of each language version.
    static let rightRows: [(key: String, reference: ArticleReference, text: Localized<(String, String)>)] = [
        (
            "access", ArticleReference(15),
            Localized(
                en: (
                    "Right of access",
                    "You can ask us whether we process personal data about you and obtain a copy of it, together with the information on this page."
                ),
                nl: (
                    "Recht van inzage",
                    "U kunt ons vragen of wij persoonsgegevens over u verwerken en daarvan een kopie krijgen, samen met de informatie op deze pagina."
                ),
                ro: (
                    "Dreptul de acces",
                    "Ne puteți întreba dacă prelucrăm date cu caracter personal care vă privesc și puteți obține o copie a acestora, împreună cu informațiile de pe această pagină."
                ),
                da: (
                    "Ret til indsigt",
                    "Du kan spørge os, om vi behandler personoplysninger om dig, og få en kopi af dem sammen med oplysningerne på denne side."
                ))
        ),
        (
            "rectification", ArticleReference(16),
            Localized(
                en: (
                    "Right to rectification",
                    "You can have inaccurate personal data about you rectified and incomplete personal data completed."
                ),
                nl: (
                    "Recht op rectificatie",
                    "U kunt onjuiste persoonsgegevens over u laten rectificeren en onvolledige persoonsgegevens laten aanvullen."
                ),
                ro: (
                    "Dreptul la rectificare",
                    "Puteți obține rectificarea datelor cu caracter personal inexacte care vă privesc și completarea celor incomplete."
                ),
                da: (
                    "Ret til berigtigelse",
                    "Du kan få urigtige personoplysninger om dig berigtiget og ufuldstændige personoplysninger fuldstændiggjort."
                ))
        ),
        (
            "erasure", ArticleReference(17),
            Localized(
                en: (
                    "Right to erasure (‘right to be forgotten’)",
                    "You can ask us to erase your personal data, for example when it is no longer needed for the purposes for which it was collected or when you withdraw your consent."
                ),
                nl: (
                    "Recht op gegevenswissing („recht op vergetelheid”)",
                    "U kunt ons vragen uw persoonsgegevens te wissen, bijvoorbeeld als ze niet langer nodig zijn voor de doeleinden waarvoor ze zijn verzameld of als u uw toestemming intrekt."
                ),
                ro: (
                    "Dreptul la ștergerea datelor („dreptul de a fi uitat”)",
                    "Ne puteți cere să ștergem datele dumneavoastră cu caracter personal, de exemplu atunci când nu mai sunt necesare pentru scopurile în care au fost colectate sau când vă retrageți consimțământul."
                ),
                da: (
                    "Ret til sletning (»retten til at blive glemt«)",
                    "Du kan bede os om at slette dine personoplysninger, for eksempel når de ikke længere er nødvendige til de formål, de blev indsamlet til, eller når du trækker dit samtykke tilbage."
                ))
        ),
        (
            "restriction", ArticleReference(18),
            Localized(
                en: (
                    "Right to restriction of processing",
                    "You can ask us to restrict the processing of your personal data, for example while we verify whether it is accurate."
                ),
                nl: (
                    "Recht op beperking van de verwerking",
                    "U kunt ons vragen de verwerking van uw persoonsgegevens te beperken, bijvoorbeeld terwijl wij controleren of ze juist zijn."
                ),
                ro: (
                    "Dreptul la restricționarea prelucrării",
                    "Ne puteți cere să restricționăm prelucrarea datelor dumneavoastră cu caracter personal, de exemplu cât timp verificăm exactitatea acestora."
                ),
                da: (
                    "Ret til begrænsning af behandling",
                    "Du kan bede os om at begrænse behandlingen af dine personoplysninger, for eksempel mens vi kontrollerer, om de er korrekte."
                ))
        ),
        (
            "portability", ArticleReference(20),
            Localized(
                en: (
                    "Right to data portability",
                    "You can receive the personal data you provided to us in a structured, commonly used and machine-readable format and have it transmitted to another organisation."
                ),
                nl: (
                    "Recht op overdraagbaarheid van gegevens",
                    "U kunt de persoonsgegevens die u ons heeft verstrekt in een gestructureerde, gangbare en machineleesbare vorm ontvangen en ze laten doorzenden naar een andere organisatie."
                ),
                ro: (
                    "Dreptul la portabilitatea datelor",
                    "Puteți primi, într-un format structurat, utilizat în mod curent și care poate fi citit automat, datele cu caracter personal pe care ni le-ați furnizat și puteți cere ca acestea să fie transmise unei alte organizații."
                ),
                da: (
                    "Ret til dataportabilitet",
                    "Du kan modtage de personoplysninger, du har givet os, i et struktureret, almindeligt anvendt og maskinlæsbart format og få dem overført til en anden organisation."
                ))
        ),
        (
            "objection", ArticleReference(21),
            Localized(
                en: (
                    "Right to object",
                    "You can object, on grounds relating to your particular situation, to processing based on a task in the public interest or on legitimate interests, and at any time to processing for direct marketing."
                ),
                nl: (
                    "Recht van bezwaar",
                    "U kunt om redenen die verband houden met uw specifieke situatie bezwaar maken tegen verwerking op grond van een taak van algemeen belang of van gerechtvaardigde belangen, en te allen tijde tegen verwerking voor direct marketing."
                ),
                ro: (
                    "Dreptul la opoziție",
                    "Vă puteți opune, din motive legate de situația dumneavoastră particulară, prelucrării bazate pe o sarcină de interes public sau pe interese legitime și, în orice moment, prelucrării în scopuri de marketing direct."
                ),
                da: (
                    "Ret til indsigelse",
                    "Du kan af grunde, der vedrører din særlige situation, gøre indsigelse mod behandling, der er baseret på en opgave i samfundets interesse eller på legitime interesser, og til enhver tid mod behandling med henblik på direkte markedsføring."
                ))
        ),
        (
            "withdraw_consent", ArticleReference(7, 3),
            Localized(
                en: (
                    "Right to withdraw consent",
                    "Where processing is based on your consent, you can withdraw it at any time; this does not affect the lawfulness of processing carried out before the withdrawal."
                ),
                nl: (
                    "Recht om toestemming in te trekken",
                    "Als de verwerking op uw toestemming berust, kunt u die te allen tijde intrekken; dit laat de rechtmatigheid van de verwerking vóór de intrekking onverlet."
                ),
                ro: (
                    "Dreptul de a vă retrage consimțământul",
                    "Dacă prelucrarea se bazează pe consimțământul dumneavoastră, îl puteți retrage în orice moment, fără a afecta legalitatea prelucrării efectuate înainte de retragere."
                ),
                da: (
                    "Ret til at trække samtykke tilbage",
                    "Hvis behandlingen er baseret på dit samtykke, kan du til enhver tid trække det tilbage; det berører ikke lovligheden af behandling, der er foretaget før tilbagetrækningen."
                ))
        ),
        (
            "automated_decisions", ArticleReference(22),
            Localized(
                en: (
                    "Right not to be subject to automated decision-making",
                    "You have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning you or similarly significantly affects you."
                ),
                nl: (
                    "Recht om niet te worden onderworpen aan geautomatiseerde besluitvorming",
                    "U heeft het recht niet te worden onderworpen aan een uitsluitend op geautomatiseerde verwerking, waaronder profilering, gebaseerd besluit waaraan voor u rechtsgevolgen zijn verbonden of dat u anderszins in aanmerkelijke mate treft."
                ),
                ro: (
                    "Dreptul de a nu face obiectul unei decizii automatizate",
                    "Aveți dreptul de a nu face obiectul unei decizii bazate exclusiv pe prelucrarea automată, inclusiv crearea de profiluri, care produce efecte juridice care vă privesc sau vă afectează în mod similar într-o măsură semnificativă."
                ),
                da: (
                    "Ret til ikke at være genstand for automatiske afgørelser",
                    "Du har ret til ikke at være genstand for en afgørelse, der alene er baseret på automatisk behandling, herunder profilering, som har retsvirkning for dig eller på tilsvarende vis betydeligt påvirker dig."
                ))
        ),
        (
            "complaint", ArticleReference(77),
            Localized(
                en: (
                    "Right to lodge a complaint with a supervisory authority",
                    "You can lodge a complaint with a supervisory authority, in particular in the Member State where you usually live, where you work or where the alleged infringement took place."
                ),
                nl: (
                    "Recht om klacht in te dienen bij een toezichthoudende autoriteit",
                    "U kunt een klacht indienen bij een toezichthoudende autoriteit, met name in de lidstaat waar u gewoonlijk verblijft, waar u werkt of waar de beweerde inbreuk is begaan."
                ),
                ro: (
                    "Dreptul de a depune o plângere la o autoritate de supraveghere",
                    "Puteți depune o plângere la o autoritate de supraveghere, în special în statul membru în care aveți reședința obișnuită, în care se află locul dumneavoastră de muncă sau în care a avut loc presupusa încălcare."
                ),
                da: (
                    "Ret til at indgive klage til en tilsynsmyndighed",
                    "Du kan indgive klage til en tilsynsmyndighed, navnlig i den medlemsstat, hvor du har dit sædvanlige opholdssted eller dit arbejdssted, eller hvor den påståede overtrædelse har fundet sted."
                ))
        ),
    ]

    /// What protects a transfer outside the EEA (Chapter V): the instrument named as in each
    /// language version of Art. 45–49 and of Commission Implementing Decision (EU) 2021/914.
    static let safeguardRows: [(key: String, reference: ArticleReference, text: Localized<(String, String)>)] = [
        (
            "adequacy_decision", ArticleReference(45),
            Localized(
                en: (
                    "Adequacy decision",
                    "The European Commission has decided that the country ensures an adequate level of protection."
                ),
                nl: (
                    "Adequaatheidsbesluit",
                    "De Europese Commissie heeft besloten dat het land een passend beschermingsniveau waarborgt."
                ),
                ro: (
                    "Decizie privind caracterul adecvat",
                    "Comisia Europeană a decis că țara asigură un nivel de protecție adecvat."
                ),
                da: (
                    "Afgørelse om tilstrækkeligheden af beskyttelsesniveauet",
                    "Europa-Kommissionen har fastslået, at landet sikrer et tilstrækkeligt beskyttelsesniveau."
                ))
        ),
        (
            "standard_contractual_clauses", ArticleReference(46, 2, "c"),
            Localized(
                en: (
                    "Standard contractual clauses",
                    "A contract with the recipient, using clauses adopted by the European Commission, obliges the recipient to protect your data."
                ),
                nl: (
                    "Standaardcontractbepalingen",
                    "Een overeenkomst met de ontvanger, met door de Europese Commissie vastgestelde bepalingen, verplicht de ontvanger uw gegevens te beschermen."
                ),
                ro: (
                    "Clauze contractuale standard",
                    "Un contract încheiat cu destinatarul, care folosește clauze adoptate de Comisia Europeană, îl obligă pe acesta să vă protejeze datele."
                ),
                da: (
                    "Standardkontraktbestemmelser",
                    "En kontrakt med modtageren med bestemmelser vedtaget af Europa-Kommissionen forpligter modtageren til at beskytte dine oplysninger."
                ))
        ),
        (
            "binding_corporate_rules", ArticleReference(47),
            Localized(
                en: (
                    "Binding corporate rules",
                    "Data protection rules approved by a supervisory authority bind every company in the recipient’s group."
                ),
                nl: (
                    "Bindende bedrijfsvoorschriften",
                    "Door een toezichthoudende autoriteit goedgekeurde regels voor gegevensbescherming binden alle ondernemingen in het concern van de ontvanger."
                ),
                ro: (
                    "Reguli corporatiste obligatorii",
                    "Reguli de protecție a datelor aprobate de o autoritate de supraveghere sunt obligatorii pentru toate întreprinderile din grupul destinatarului."
                ),
                da: (
                    "Bindende virksomhedsregler",
                    "Regler om databeskyttelse, som en tilsynsmyndighed har godkendt, er bindende for alle virksomheder i modtagerens koncern."
                ))
        ),
        (
            "code_of_conduct", ArticleReference(46, 2, "e"),
            Localized(
                en: (
                    "Approved code of conduct",
                    "The recipient has made binding and enforceable commitments under an approved code of conduct."
                ),
                nl: (
                    "Goedgekeurde gedragscode",
                    "De ontvanger is op grond van een goedgekeurde gedragscode bindende en afdwingbare toezeggingen aangegaan."
                ),
                ro: (
                    "Cod de conduită aprobat",
                    "Destinatarul și-a asumat angajamente obligatorii și executorii în temeiul unui cod de conduită aprobat."
                ),
                da: (
                    "Godkendt adfærdskodeks",
                    "Modtageren har afgivet bindende og håndhævelige tilsagn i henhold til et godkendt adfærdskodeks."
                ))
        ),
        (
            "certification", ArticleReference(46, 2, "f"),
            Localized(
                en: (
                    "Approved certification mechanism",
                    "The recipient has made binding and enforceable commitments under an approved certification mechanism."
                ),
                nl: (
                    "Goedgekeurd certificeringsmechanisme",
                    "De ontvanger is op grond van een goedgekeurd certificeringsmechanisme bindende en afdwingbare toezeggingen aangegaan."
                ),
                ro: (
                    "Mecanism de certificare aprobat",
                    "Destinatarul și-a asumat angajamente obligatorii și executorii în temeiul unui mecanism de certificare aprobat."
                ),
                da: (
                    "Godkendt certificeringsmekanisme",
                    "Modtageren har afgivet bindende og håndhævelige tilsagn i henhold til en godkendt certificeringsmekanisme."
                ))
        ),
        (
            "derogation", ArticleReference(49),
            Localized(
                en: (
                    "Derogation for a specific situation",
                    "The transfer relies on one of the derogations for specific situations, for example your explicit consent or the performance of a contract with you."
                ),
                nl: (
                    "Afwijking voor een specifieke situatie",
                    "De doorgifte berust op een van de afwijkingen voor specifieke situaties, bijvoorbeeld uw uitdrukkelijke toestemming of de uitvoering van een overeenkomst met u."
                ),
                ro: (
                    "Derogare pentru o situație specifică",
                    "Transferul se bazează pe una dintre derogările pentru situații specifice, de exemplu consimțământul dumneavoastră explicit sau executarea unui contract încheiat cu dumneavoastră."
                ),
                da: (
                    "Undtagelse i en særlig situation",
                    "Overførslen sker på grundlag af en af undtagelserne i særlige situationer, for eksempel dit udtrykkelige samtykke eller opfyldelsen af en kontrakt med dig."
                ))
        ),
    ]
}
