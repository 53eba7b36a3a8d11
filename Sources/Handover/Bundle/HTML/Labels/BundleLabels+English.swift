// MARK: - Page chrome: English

extension BundleLabels {
    static let english = BundleLabels(
        language: .en,
        page: Page(
            languageName: "English",
            regulationName: "General Data Protection Regulation (GDPR)",
            regulationShortName: "GDPR",
            title: "Your personal data",
            contents: "Contents",
            bundleID: "Bundle ID",
            scope: "Scope of this copy",
            scopeAccessExplanation:
                "This copy answers your request for access: it contains the personal data we process about you, "
                + "with the information you are entitled to under Article 15 of the GDPR.",
            scopePortabilityExplanation:
                "This copy answers your request for data portability: it contains the personal data you provided "
                + "to us or that we observed through your use of our services, in a structured, commonly used and "
                + "machine-readable format that you can pass on to another organisation."),
        sections: Sections(
            controller: SectionText(
                heading: "Who holds your data",
                intro: "The controller is the organisation that determines the purposes and means of the "
                    + "processing of your personal data."),
            dataProtectionOfficer: SectionText(
                heading: "Data protection officer",
                intro: "You can contact our data protection officer about any question on the processing of your "
                    + "personal data and on exercising your rights."),
            categories: SectionText(
                heading: "What data we hold, by category",
                intro: "These are the categories of personal data about you that we process."),
            purposes: SectionText(
                heading: "Why we process your data and on what legal basis",
                intro: "These are the purposes for which we process your personal data, with the legal basis for "
                    + "each."),
            retention: SectionText(
                heading: "How long we keep your data",
                intro: "Here you can see how long your personal data will be stored or, where there is no fixed "
                    + "period, the criteria used to determine that period."),
            recipients: SectionText(
                heading: "Who receives your data",
                intro: "These are the recipients or categories of recipients to whom your personal data has been "
                    + "or will be disclosed."),
            transfers: SectionText(
                heading: "Transfers outside the EEA",
                intro: "When your personal data is transferred to a country outside the European Economic Area "
                    + "(EEA) or to an international organisation, you have the right to be informed of the "
                    + "appropriate safeguards that protect it."),
            sources: SectionText(
                heading: "Where the data came from",
                intro: "Where we did not collect your personal data from you, we tell you here where it came "
                    + "from."),
            automatedDecisions: SectionText(
                heading: "Automated decision-making",
                intro: "Here we tell you whether we make decisions about you by automated means, including "
                    + "profiling, and if so, the logic involved and the significance and envisaged consequences "
                    + "for you."),
            rights: SectionText(
                heading: "Your rights",
                intro: "Under the GDPR you have the following rights; to exercise them, contact us using the "
                    + "details above."),
            complaint: SectionText(
                heading: "Where to complain",
                intro: "If you believe that the processing of your personal data infringes the GDPR, you have the "
                    + "right to lodge a complaint with a supervisory authority."),
            records: SectionText(
                heading: "Your records",
                intro: "These tables show the personal data we hold about you, one table per collection."),
            identifiersGiven: SectionText(
                heading: "Identifiers you gave us",
                intro: "We searched for your personal data using these details, which you gave us with your "
                    + "request."),
            identifiersFound: SectionText(
                heading: "Identifiers found in your records",
                intro: "We found these further details about you in your records and searched with them too, so "
                    + "that your copy is complete.")),
        fields: Fields(
            controller: "Controller",
            name: "Name",
            address: "Address",
            email: "E-mail",
            phone: "Telephone",
            website: "Website",
            registrationNumber: "Registration number",
            responsePeriod: "We answer requests within",
            supervisoryAuthority: "Supervisory authority",
            legitimateInterest: "Legitimate interest pursued",
            legalProvision: "Legal provision",
            retentionStartsFrom: "Period counted from",
            source: "Source",
            safeguard: "Safeguard",
            copyOfSafeguards: "How to obtain a copy of the safeguards",
            automatedDecisionsExist: "Automated decision-making, including profiling",
            automatedDecisionDescription: "What is decided",
            automatedDecisionLogic: "Logic involved",
            automatedDecisionConsequences: "Significance and envisaged consequences for you"),
        columns: Columns(
            field: "Field",
            value: "Value",
            type: "Type",
            category: "Category",
            provenance: "Origin",
            purpose: "Purpose",
            legalBasis: "Legal basis",
            retention: "Retention period",
            recipient: "Recipient",
            country: "Country",
            role: "Role",
            safeguard: "Safeguard",
            source: "Source",
            collection: "Collection",
            recordCount: "Number of records",
            dataSubjectCategory: "Category of data subject",
            identifierType: "Type of identifier",
            identifier: "Identifier"),
        values: Values(
            yes: "Yes",
            no: "No",
            empty: "(empty)",
            withheld: "[withheld]",
            withheldExplanation: "This value was withheld because it concerns another person."),
        messages: Messages(
            noRecords: "We found no records about you here.",
            noRecipients: "We do not disclose this personal data to any recipient.",
            noTransfers: "Your personal data is not transferred outside the EEA.",
            allCollectedFromYou: "We collected all of this personal data from you.",
            noAutomatedDecisions: "We do not make decisions about you based solely on automated processing.",
            partial:
                "This copy is incomplete: the following parts of our records could not be read when it was made, so your data in them is not shown here. Ask us for a complete copy."
        ))
}
