// MARK: - fideslang data subjects

extension BundleLabels {
    /// Every data subject category of fideslang 2 (`data_subjects.csv`, root `data_subject` left out).
    static let dataSubjectRows: [(key: String, text: Localized<String>)] = [
        (
            "anonymous_user",
            Localized(en: "Anonymous user", nl: "Anonieme gebruiker", ro: "Utilizator anonim", da: "Anonym bruger")
        ),
        (
            "citizen_voter",
            Localized(
                en: "Registered voter", nl: "Ingeschreven kiezer", ro: "Alegător înscris", da: "Registreret vælger")
        ),
        ("commuter", Localized(en: "Commuter", nl: "Forens", ro: "Navetist", da: "Pendler")),
        ("consultant", Localized(en: "Consultant", nl: "Externe adviseur", ro: "Consultant", da: "Konsulent")),
        ("customer", Localized(en: "Customer", nl: "Klant", ro: "Client", da: "Kunde")),
        ("employee", Localized(en: "Employee", nl: "Werknemer", ro: "Angajat", da: "Medarbejder")),
        (
            "job_applicant",
            Localized(en: "Job applicant", nl: "Sollicitant", ro: "Candidat la un loc de muncă", da: "Jobansøger")
        ),
        ("next_of_kin", Localized(en: "Next of kin", nl: "Naaste verwant", ro: "Rudă apropiată", da: "Pårørende")),
        ("passenger", Localized(en: "Passenger", nl: "Passagier", ro: "Pasager", da: "Passager")),
        ("patient", Localized(en: "Patient", nl: "Patiënt", ro: "Pacient", da: "Patient")),
        (
            "prospect",
            Localized(en: "Prospective customer", nl: "Potentiële klant", ro: "Client potențial", da: "Potentiel kunde")
        ),
        ("shareholder", Localized(en: "Shareholder", nl: "Aandeelhouder", ro: "Acționar", da: "Aktionær")),
        ("supplier_vendor", Localized(en: "Supplier", nl: "Leverancier", ro: "Furnizor", da: "Leverandør")),
        ("trainee", Localized(en: "Trainee", nl: "Stagiair", ro: "Stagiar", da: "Praktikant")),
        ("visitor", Localized(en: "Visitor", nl: "Bezoeker", ro: "Vizitator", da: "Besøgende")),
    ]
}
