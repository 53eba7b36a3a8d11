// MARK: - Page chrome: Romanian

extension BundleLabels {
    static let romanian = BundleLabels(
        language: .ro,
        page: Page(
            languageName: "Română",
            regulationName: "Regulamentul general privind protecția datelor (RGPD)",
            regulationShortName: "RGPD",
            title: "Datele dumneavoastră cu caracter personal",
            contents: "Cuprins",
            bundleID: "Identificatorul pachetului",
            scope: "Obiectul acestei copii",
            scopeAccessExplanation:
                "Această copie răspunde cererii dumneavoastră de acces: conține datele cu caracter personal pe "
                + "care le prelucrăm despre dumneavoastră, împreună cu informațiile la care aveți dreptul în "
                + "temeiul articolului 15 din RGPD.",
            scopePortabilityExplanation:
                "Această copie răspunde cererii dumneavoastră privind portabilitatea datelor: conține datele cu "
                + "caracter personal pe care ni le-ați furnizat sau pe care le-am observat atunci când ați "
                + "utilizat serviciile noastre, într-un format structurat, utilizat în mod curent și care poate fi "
                + "citit automat, pe care îl puteți transmite unei alte organizații."),
        sections: Sections(
            controller: SectionText(
                heading: "Cine deține datele dumneavoastră",
                intro: "Operatorul este organizația care stabilește scopurile și mijloacele prelucrării datelor "
                    + "dumneavoastră cu caracter personal."),
            dataProtectionOfficer: SectionText(
                heading: "Responsabilul cu protecția datelor",
                intro: "Puteți contacta responsabilul nostru cu protecția datelor cu privire la orice aspect "
                    + "legat de prelucrarea datelor dumneavoastră cu caracter personal și de exercitarea "
                    + "drepturilor dumneavoastră."),
            categories: SectionText(
                heading: "Ce date deținem, pe categorii",
                intro: "Acestea sunt categoriile de date cu caracter personal care vă privesc și pe care le "
                    + "prelucrăm."),
            purposes: SectionText(
                heading: "De ce prelucrăm datele și în ce temei juridic",
                intro: "Acestea sunt scopurile în care prelucrăm datele dumneavoastră cu caracter personal, "
                    + "împreună cu temeiul juridic al fiecăruia."),
            retention: SectionText(
                heading: "Cât timp păstrăm datele",
                intro: "Aici găsiți perioada pentru care vor fi stocate datele dumneavoastră cu caracter personal "
                    + "sau, dacă nu există o perioadă fixă, criteriile utilizate pentru a stabili această "
                    + "perioadă."),
            recipients: SectionText(
                heading: "Cine primește datele",
                intro: "Aceștia sunt destinatarii sau categoriile de destinatari cărora le-au fost sau le vor fi "
                    + "divulgate datele dumneavoastră cu caracter personal."),
            transfers: SectionText(
                heading: "Transferuri în afara SEE",
                intro: "Dacă datele dumneavoastră cu caracter personal sunt transferate către o țară din afara "
                    + "Spațiului Economic European (SEE) sau către o organizație internațională, aveți dreptul "
                    + "să primiți informații despre garanțiile adecvate care le protejează."),
            sources: SectionText(
                heading: "De unde provin datele",
                intro: "Dacă nu am colectat datele dumneavoastră cu caracter personal de la dumneavoastră, "
                    + "indicăm aici sursa acestora."),
            automatedDecisions: SectionText(
                heading: "Procesul decizional automatizat",
                intro: "Aici arătăm dacă luăm decizii cu privire la dumneavoastră în mod automatizat, inclusiv "
                    + "prin crearea de profiluri, și, dacă da, logica utilizată, precum și importanța și "
                    + "consecințele preconizate pentru dumneavoastră."),
            rights: SectionText(
                heading: "Drepturile dumneavoastră",
                intro: "În temeiul RGPD aveți următoarele drepturi; pentru a le exercita, ne puteți contacta "
                    + "folosind datele de mai sus."),
            complaint: SectionText(
                heading: "Unde puteți depune o plângere",
                intro: "Dacă considerați că prelucrarea datelor dumneavoastră cu caracter personal încalcă RGPD, "
                    + "aveți dreptul de a depune o plângere la o autoritate de supraveghere."),
            records: SectionText(
                heading: "Înregistrările dumneavoastră",
                intro: "Aceste tabele prezintă datele cu caracter personal pe care le deținem despre "
                    + "dumneavoastră, câte un tabel pentru fiecare colecție de date."),
            identifiersGiven: SectionText(
                heading: "Identificatorii furnizați de dumneavoastră",
                intro: "Am căutat datele dumneavoastră cu caracter personal pe baza acestor informații, pe care "
                    + "ni le-ați furnizat împreună cu cererea."),
            identifiersFound: SectionText(
                heading: "Identificatorii găsiți în înregistrările dumneavoastră",
                intro: "Am găsit aceste informații suplimentare despre dumneavoastră în înregistrări și am căutat "
                    + "și pe baza lor, pentru ca copia dumneavoastră să fie completă.")),
        fields: Fields(
            controller: "Operator",
            name: "Nume",
            address: "Adresă",
            email: "E-mail",
            phone: "Telefon",
            website: "Site web",
            registrationNumber: "Număr de înregistrare",
            responsePeriod: "Răspundem cererilor în termen de",
            supervisoryAuthority: "Autoritatea de supraveghere",
            legitimateInterest: "Interesul legitim urmărit",
            legalProvision: "Dispoziția legală",
            retentionStartsFrom: "Perioada se calculează de la",
            source: "Sursa",
            safeguard: "Garanția",
            copyOfSafeguards: "Cum puteți obține o copie a garanțiilor",
            automatedDecisionsExist: "Proces decizional automatizat, inclusiv crearea de profiluri",
            automatedDecisionDescription: "Ce se decide",
            automatedDecisionLogic: "Logica utilizată",
            automatedDecisionConsequences: "Importanța și consecințele preconizate pentru dumneavoastră"),
        columns: Columns(
            field: "Câmp",
            value: "Valoare",
            type: "Tip",
            category: "Categorie",
            provenance: "Proveniență",
            purpose: "Scop",
            legalBasis: "Temei juridic",
            retention: "Perioada de stocare",
            recipient: "Destinatar",
            country: "Țară",
            role: "Rol",
            safeguard: "Garanție",
            source: "Sursă",
            collection: "Colecție de date",
            recordCount: "Număr de înregistrări",
            dataSubjectCategory: "Categoria de persoane vizate",
            identifierType: "Tipul identificatorului",
            identifier: "Identificator"),
        values: Values(
            yes: "Da",
            no: "Nu",
            empty: "(fără valoare)",
            withheld: "[omis]",
            withheldExplanation: "Această valoare a fost omisă deoarece privește o altă persoană."),
        messages: Messages(
            noRecords: "Nu am găsit aici nicio înregistrare despre dumneavoastră.",
            noRecipients: "Nu divulgăm aceste date cu caracter personal niciunui destinatar.",
            noTransfers: "Datele dumneavoastră cu caracter personal nu sunt transferate în afara SEE.",
            allCollectedFromYou: "Toate aceste date cu caracter personal au fost colectate de la dumneavoastră.",
            noAutomatedDecisions:
                "Nu luăm decizii cu privire la dumneavoastră bazate exclusiv pe prelucrarea automată.",
            partial:
                "Această copie este incompletă: următoarele părți ale evidențelor noastre nu au putut fi citite când a fost realizată, așa că datele dumneavoastră din ele nu apar aici. Solicitați-ne o copie completă."
        ))
}
