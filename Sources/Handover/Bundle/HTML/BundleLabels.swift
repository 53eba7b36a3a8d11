// Everything the subject's `index.html` says that is not data, in English, Dutch, Romanian and
// Danish, with the terms of the GDPR's own language versions. Standard library only.
//
// Organisation:
//   1. Types: PageLanguage, Localized, ArticleReference, SectionText, CitedText, DescribedLabel.
//   2. BundleLabels: the per-language instance, its nested groups and the functions whose text
//      depends on values (counts, durations, dates, citations, lists).
//   3. The page chrome, one block per language (BundleLabels.english, .dutch, .romanian, .danish).
//   4. The keyed tables, one row per key with the four languages side by side: legal bases,
//      rights, transfer safeguards, provenance, value types, recipient roles, and the fideslang
//      data categories, data uses and data subjects.

// MARK: - Languages and building blocks

/// A language the subject's page can be written in.
public enum PageLanguage: String, CaseIterable, Sendable {
    /// English.
    case en
    /// Dutch.
    case nl
    /// Romanian.
    case ro
    /// Danish.
    case da

    /// The language of a BCP 47 tag or configuration value (`nl`, `nl-NL`, `da_DK`, `RO`); `nil`
    /// for a language the page is not written in.
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: primary.lowercased())
    }
}

/// One text in each page language.
struct Localized<Value: Sendable>: Sendable {
    let en: Value
    let nl: Value
    let ro: Value
    let da: Value

    subscript(language: PageLanguage) -> Value {
        switch language {
        case .en: en
        case .nl: nl
        case .ro: ro
        case .da: da
        }
    }
}

/// A provision of the GDPR: an article, optionally a paragraph, optionally a point.
struct ArticleReference: Sendable, Hashable {
    let article: Int
    let paragraph: Int?
    let point: String?

    init(_ article: Int, _ paragraph: Int? = nil, _ point: String? = nil) {
        self.article = article
        self.paragraph = paragraph
        self.point = point
    }
}

/// A section's heading and its one-sentence introduction.
struct SectionText: Sendable {
    let heading: String
    let intro: String
}

/// A legal notion with its GDPR citation and a plain one-sentence explanation.
struct CitedText: Sendable {
    /// `Consent`, `Right of access`.
    let title: String
    /// `Art. 6(1)(a) GDPR`, in the language's citation style.
    let citation: String
    /// One plain sentence.
    let explanation: String

    /// `Consent (Art. 6(1)(a) GDPR)`.
    var label: String { "\(title) (\(citation))" }
}

/// A short label and a plain one-sentence explanation.
struct DescribedLabel: Sendable {
    let label: String
    let explanation: String
}

// MARK: - BundleLabels

/// Everything the page says that is not data, in one language.
struct BundleLabels: Sendable {
    /// Page-wide texts.
    struct Page: Sendable {
        /// The language's own name, for a language switcher: `Nederlands`.
        let languageName: String
        /// The Regulation's name as a standalone label: `General Data Protection Regulation (GDPR)`.
        let regulationName: String
        /// The name in running text: `GDPR`, `AVG`, `RGPD`, `databeskyttelsesforordningen` (Danish
        /// texts use the word, not an abbreviation).
        let regulationShortName: String
        /// The page title: `Your personal data`.
        let title: String
        /// The table of contents heading.
        let contents: String
        /// `Bundle ID`.
        let bundleID: String
        /// `Scope of this copy`.
        let scope: String
        /// What a copy made for the right of access (Art. 15) contains.
        let scopeAccessExplanation: String
        /// What a copy made for the right to data portability (Art. 20) contains.
        let scopePortabilityExplanation: String
    }

    /// Headings and one-sentence introductions of the page's sections, in page order.
    struct Sections: Sendable {
        let controller: SectionText
        let dataProtectionOfficer: SectionText
        let categories: SectionText
        let purposes: SectionText
        let retention: SectionText
        let recipients: SectionText
        let transfers: SectionText
        let sources: SectionText
        let automatedDecisions: SectionText
        let rights: SectionText
        let complaint: SectionText
        let records: SectionText
        let identifiersGiven: SectionText
        let identifiersFound: SectionText
    }

    /// Labels of single values (definition lists).
    struct Fields: Sendable {
        let controller: String
        let name: String
        let address: String
        let email: String
        let phone: String
        let website: String
        /// The company registration or VAT number.
        let registrationNumber: String
        /// Followed by a duration: how soon requests are answered.
        let responsePeriod: String
        let supervisoryAuthority: String
        /// The interest pursued under Art. 6(1)(f).
        let legitimateInterest: String
        /// A national or GDPR provision a basis or a transfer rests on.
        let legalProvision: String
        /// The event the retention period runs from.
        let retentionStartsFrom: String
        /// Where the source of data not collected from the subject is named.
        let source: String
        let safeguard: String
        /// Where the subject can obtain a copy of the safeguards (Art. 13(1)(f)).
        let copyOfSafeguards: String
        /// Whether automated decision-making, including profiling, exists (answered Yes/No).
        let automatedDecisionsExist: String
        let automatedDecisionDescription: String
        let automatedDecisionLogic: String
        let automatedDecisionConsequences: String
    }

    /// Table column headers.
    struct Columns: Sendable {
        let field: String
        let value: String
        let type: String
        let category: String
        let provenance: String
        let purpose: String
        let legalBasis: String
        let retention: String
        let recipient: String
        let country: String
        let role: String
        let safeguard: String
        let source: String
        let collection: String
        let recordCount: String
        let dataSubjectCategory: String
        let identifierType: String
        let identifier: String
    }

    /// How values are shown.
    struct Values: Sendable {
        /// `true` rendered as.
        let yes: String
        /// `false` rendered as.
        let no: String
        /// A null value, in a table cell.
        let empty: String
        /// A value withheld because it is data about another person, in a table cell.
        let withheld: String
        /// The sentence explaining ``withheld`` (Art. 15(4), Art. 20(4)).
        let withheldExplanation: String
    }

    /// Sentences shown when a section has nothing to list.
    struct Messages: Sendable {
        let noRecords: String
        let noRecipients: String
        let noTransfers: String
        let allCollectedFromYou: String
        let noAutomatedDecisions: String
    }

    let language: PageLanguage
    let page: Page
    let sections: Sections
    let fields: Fields
    let columns: Columns
    let values: Values
    let messages: Messages

    /// The six Art. 6(1) bases, keyed by the configuration's code (`consent`, `legal_obligation`…).
    let legalBases: [String: CitedText]
    /// The data subject's rights, keyed `access`, `rectification`, `erasure`, `restriction`,
    /// `portability`, `objection`, `withdraw_consent`, `automated_decisions`, `complaint`.
    let rights: [String: CitedText]
    /// Transfer safeguards (Art. 45–49), keyed `adequacy_decision`, `standard_contractual_clauses`…
    let safeguards: [String: CitedText]
    /// Where a value came from, keyed `provided`, `observed`, `derived`, `inferred`.
    let provenances: [String: DescribedLabel]
    /// Value type names, keyed by the bundle's type names (`string`, `date-time`, `null`…).
    let valueTypes: [String: String]
    /// Recipient roles, keyed as in configurations (`processor`, `joint-controller`…).
    let recipientRoles: [String: DescribedLabel]
    /// Every fideslang data category, keyed by its fides key (`user.contact.email`).
    let dataCategories: [String: String]
    /// Every fideslang data use, keyed by its fides key (`essential.service.security`).
    let dataUses: [String: String]
    /// Every fideslang data subject, keyed by its fides key (`customer`).
    let dataSubjects: [String: String]

    private init(
        language: PageLanguage, page: Page, sections: Sections, fields: Fields, columns: Columns,
        values: Values, messages: Messages
    ) {
        self.language = language
        self.page = page
        self.sections = sections
        self.fields = fields
        self.columns = columns
        self.values = values
        self.messages = messages
        func table<T>(_ rows: [(key: String, text: Localized<T>)]) -> [String: T] {
            Dictionary(rows.map { ($0.key, $0.text[language]) }, uniquingKeysWith: { first, _ in first })
        }
        func cited(_ rows: [(key: String, reference: ArticleReference, text: Localized<(String, String)>)])
            -> [String: CitedText]
        {
            Dictionary(
                rows.map { row in
                    let (title, explanation) = row.text[language]
                    return (
                        row.key,
                        CitedText(
                            title: title, citation: Self.citation(row.reference, in: language),
                            explanation: explanation)
                    )
                }, uniquingKeysWith: { first, _ in first })
        }
        func described(_ rows: [(key: String, text: Localized<(String, String)>)]) -> [String: DescribedLabel] {
            table(rows).mapValues { DescribedLabel(label: $0.0, explanation: $0.1) }
        }
        legalBases = cited(Self.legalBasisRows)
        rights = cited(Self.rightRows)
        safeguards = cited(Self.safeguardRows)
        provenances = described(Self.provenanceRows)
        valueTypes = table(Self.valueTypeRows)
        recipientRoles = described(Self.recipientRoleRows)
        dataCategories = table(Self.dataCategoryRows)
        dataUses = table(Self.dataUseRows)
        dataSubjects = table(Self.dataSubjectRows)
    }

    /// The labels for `language`.
    static func forLanguage(_ language: PageLanguage) -> BundleLabels {
        switch language {
        case .en: english
        case .nl: dutch
        case .ro: romanian
        case .da: danish
        }
    }

    /// The labels for a configuration's `language` value, English when it is absent or not one of
    /// the page languages.
    static func forTag(_ tag: String?) -> BundleLabels {
        forLanguage(tag.flatMap(PageLanguage.init(tag:)) ?? .en)
    }

    // MARK: Keys, in display order

    static var legalBasisKeys: [String] { legalBasisRows.map(\.key) }
    static var rightKeys: [String] { rightRows.map(\.key) }
    static var safeguardKeys: [String] { safeguardRows.map(\.key) }
    static var provenanceKeys: [String] { provenanceRows.map(\.key) }
    static var valueTypeKeys: [String] { valueTypeRows.map(\.key) }
    static var recipientRoleKeys: [String] { recipientRoleRows.map(\.key) }
    static var dataCategoryKeys: [String] { dataCategoryRows.map(\.key) }
    static var dataUseKeys: [String] { dataUseRows.map(\.key) }
    static var dataSubjectKeys: [String] { dataSubjectRows.map(\.key) }

    // MARK: Lookups with fallbacks

    /// The label of a data category; for a key fideslang does not define (an organisation's own
    /// `user.contact.email.work`), the label of its nearest defined parent; else the key itself.
    func dataCategoryLabel(_ key: String) -> String { Self.nearest(key, in: dataCategories) }

    /// The label of a data use, falling back like ``dataCategoryLabel(_:)``.
    func dataUseLabel(_ key: String) -> String { Self.nearest(key, in: dataUses) }

    /// The label of a data subject; the key itself when fideslang does not define it.
    func dataSubjectLabel(_ key: String) -> String { dataSubjects[key] ?? key }

    /// `Consent (Art. 6(1)(a) GDPR)`; the code itself when unknown.
    func legalBasisLabel(_ code: String) -> String { legalBases[code]?.label ?? code }

    /// A recipient role's label; the configured text itself when it is not a known role.
    func recipientRoleLabel(_ role: String) -> String { recipientRoles[role]?.label ?? role }

    /// `true`/`false` as `Yes`/`No`.
    func yesNo(_ flag: Bool) -> String { flag ? values.yes : values.no }

    private static func nearest(_ key: String, in table: [String: String]) -> String {
        var candidate = Substring(key)
        while true {
            if let label = table[String(candidate)] { return label }
            guard let dot = candidate.lastIndex(of: ".") else { return key }
            candidate = candidate[..<dot]
        }
    }

    // MARK: Text that depends on values

    /// The sentence under the title: what the file is and why the subject has it.
    func intro(controller: String) -> String {
        switch language {
        case .en:
            "This file contains a copy of the personal data that \(controller) holds about you, "
                + "provided in response to your request under the General Data Protection Regulation (GDPR)."
        case .nl:
            "Dit bestand bevat een kopie van de persoonsgegevens die \(controller) over u bewaart, "
                + "verstrekt in antwoord op uw verzoek op grond van de Algemene verordening gegevensbescherming (AVG)."
        case .ro:
            "Acest fișier conține o copie a datelor cu caracter personal pe care \(controller) le deține "
                + "despre dumneavoastră, furnizată ca răspuns la cererea dumneavoastră în temeiul "
                + "Regulamentului general privind protecția datelor (RGPD)."
        case .da:
            "Denne fil indeholder en kopi af de personoplysninger, som \(controller) opbevarer om dig. "
                + "Du får den som svar på din anmodning efter databeskyttelsesforordningen."
        }
    }

    /// `Generated on 5 March 2025`; `date` as already formatted (see ``date(year:month:day:)``).
    func generated(on date: String) -> String {
        switch language {
        case .en: "Generated on \(date)"
        case .nl: "Aangemaakt op \(date)"
        case .ro: "Generat la data de \(date)"
        case .da: "Dannet den \(date)"
        }
    }

    /// Where the machine-readable files of the bundle are: `data.json and data.xml`.
    func machineReadableFiles(_ names: [String]) -> String {
        let files = list(names)
        return switch language {
        case .en: "The same data is included in machine-readable form in \(files) in this bundle."
        case .nl: "Dezelfde gegevens staan in machineleesbare vorm in \(files) in deze bundel."
        case .ro:
            "Aceleași date sunt incluse într-un format care poate fi citit automat în \(files) din acest pachet."
        case .da: "De samme oplysninger findes i maskinlæsbart format i \(files) i denne pakke."
        }
    }

    /// The condition of a per-record legal basis: `for records where relationship is “private customer”`.
    func recordsWhere(_ field: String, is value: String) -> String {
        switch language {
        case .en: "for records where \(field) is “\(value)”"
        case .nl: "voor registraties waarin \(field) “\(value)” is"
        case .ro: "pentru înregistrările în care \(field) este „\(value)”"
        case .da: "for registreringer, hvor \(field) er “\(value)”"
        }
    }

    /// `no records`, `1 record`, `1,234 records`; Romanian `20 de înregistrări`.
    func recordCount(_ count: Int) -> String {
        if count == 0 {
            return switch language {
            case .en: "no records"
            case .nl: "geen registraties"
            case .ro: "nicio înregistrare"
            case .da: "ingen registreringer"
            }
        }
        let noun =
            switch language {
            case .en: Forms(one: "record", few: "records", other: "records")
            case .nl: Forms(one: "registratie", few: "registraties", other: "registraties")
            case .ro: Forms(one: "înregistrare", few: "înregistrări", other: "de înregistrări")
            case .da: Forms(one: "registrering", few: "registreringer", other: "registreringer")
            }
        return quantity(count, noun)
    }

    /// An ISO 8601 duration in words: `P7Y` → `7 years`, `P2Y6M` → `2 years and 6 months`,
    /// `PT36H` → `36 hours`. Zero components are left out unless all are zero (`P0D` → `0 days`).
    /// `nil` when the text is not a duration of whole numbers.
    func duration(_ iso: String) -> String? {
        guard let components = Self.parseDuration(iso) else { return nil }
        let shown = components.filter { $0.amount != 0 }
        let parts = (shown.isEmpty ? [components.last!] : shown).map { quantity($0.amount, unitForms($0.unit)) }
        return list(parts)
    }

    /// A list in running text: `a, b and c` (`en`, `og`, `și`).
    func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let and =
            switch language {
            case .en: "and"
            case .nl: "en"
            case .ro: "și"
            case .da: "og"
            }
        return items.dropLast().joined(separator: ", ") + " \(and) " + last
    }

    /// A whole number with the language's digit grouping: `1,234` / `1.234`.
    func number(_ value: Int) -> String {
        let separator: Character = language == .en ? "," : "."
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A calendar date in words: `5 March 2025`, `5 maart 2025`, `5 martie 2025`, `5. marts 2025`.
    func date(year: Int, month: Int, day: Int) -> String {
        precondition((1...12).contains(month), "month out of range")
        let name = Self.monthNames[language][month - 1]
        return language == .da ? "\(day). \(name) \(year)" : "\(day) \(name) \(year)"
    }

    /// A `YYYY-MM-DD` date (or the date part of an RFC 3339 date-time) in words; `nil` when the
    /// text does not start with such a date.
    func date(iso: String) -> String? {
        let parts = iso.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return date(year: year, month: month, day: day)
    }

    /// A GDPR citation in this language's style.
    func citation(_ reference: ArticleReference) -> String { Self.citation(reference, in: language) }

    /// `Art. 6(1)(a) GDPR` · `art. 6, lid 1, onder a), AVG` · `art. 6 alin. (1) lit. (a) din RGPD` ·
    /// `artikel 6, stk. 1, litra a, i databeskyttelsesforordningen`.
    static func citation(_ reference: ArticleReference, in language: PageLanguage) -> String {
        let article = reference.article
        switch language {
        case .en:
            var text = "Art. \(article)"
            if let paragraph = reference.paragraph { text += "(\(paragraph))" }
            if let point = reference.point { text += "(\(point))" }
            return text + " GDPR"
        case .nl:
            var text = "art. \(article)"
            if let paragraph = reference.paragraph { text += ", lid \(paragraph)" }
            if let point = reference.point { text += ", onder \(point))" }
            return text + (reference.paragraph == nil && reference.point == nil ? " AVG" : ", AVG")
        case .ro:
            var text = "art. \(article)"
            if let paragraph = reference.paragraph { text += " alin. (\(paragraph))" }
            if let point = reference.point { text += " lit. (\(point))" }
            return text + " din RGPD"
        case .da:
            var text = "artikel \(article)"
            if let paragraph = reference.paragraph { text += ", stk. \(paragraph)" }
            if let point = reference.point { text += ", litra \(point)" }
            return text + (reference.paragraph == nil && reference.point == nil ? " " : ", ")
                + "i databeskyttelsesforordningen"
        }
    }

    // MARK: Plurals and durations

    /// The three plural forms a count may need: `one` (1), `few` (Romanian 0 and 2–19, also
    /// 101–119…), `other` (Romanian 20+, taking `de`). English, Dutch and Danish use `few` = `other`.
    private struct Forms {
        let one: String
        let few: String
        let other: String
    }

    private func quantity(_ count: Int, _ forms: Forms) -> String {
        let noun: String
        if count == 1 {
            noun = forms.one
        } else if language == .ro {
            let lastTwo = count.magnitude % 100
            noun = count == 0 || (1...19).contains(lastTwo) ? forms.few : forms.other
        } else {
            noun = forms.other
        }
        return "\(number(count)) \(noun)"
    }

    enum DurationUnit: Int, Sendable, CaseIterable {
        case years, months, weeks, days, hours, minutes, seconds
    }

    private func unitForms(_ unit: DurationUnit) -> Forms {
        switch (language, unit) {
        case (.en, .years): Forms(one: "year", few: "years", other: "years")
        case (.en, .months): Forms(one: "month", few: "months", other: "months")
        case (.en, .weeks): Forms(one: "week", few: "weeks", other: "weeks")
        case (.en, .days): Forms(one: "day", few: "days", other: "days")
        case (.en, .hours): Forms(one: "hour", few: "hours", other: "hours")
        case (.en, .minutes): Forms(one: "minute", few: "minutes", other: "minutes")
        case (.en, .seconds): Forms(one: "second", few: "seconds", other: "seconds")
        // Dutch keeps `jaar` and `uur` singular after a number: `7 jaar`, `24 uur`.
        case (.nl, .years): Forms(one: "jaar", few: "jaar", other: "jaar")
        case (.nl, .months): Forms(one: "maand", few: "maanden", other: "maanden")
        case (.nl, .weeks): Forms(one: "week", few: "weken", other: "weken")
        case (.nl, .days): Forms(one: "dag", few: "dagen", other: "dagen")
        case (.nl, .hours): Forms(one: "uur", few: "uur", other: "uur")
        case (.nl, .minutes): Forms(one: "minuut", few: "minuten", other: "minuten")
        case (.nl, .seconds): Forms(one: "seconde", few: "seconden", other: "seconden")
        case (.ro, .years): Forms(one: "an", few: "ani", other: "de ani")
        case (.ro, .months): Forms(one: "lună", few: "luni", other: "de luni")
        case (.ro, .weeks): Forms(one: "săptămână", few: "săptămâni", other: "de săptămâni")
        case (.ro, .days): Forms(one: "zi", few: "zile", other: "de zile")
        case (.ro, .hours): Forms(one: "oră", few: "ore", other: "de ore")
        case (.ro, .minutes): Forms(one: "minut", few: "minute", other: "de minute")
        case (.ro, .seconds): Forms(one: "secundă", few: "secunde", other: "de secunde")
        case (.da, .years): Forms(one: "år", few: "år", other: "år")
        case (.da, .months): Forms(one: "måned", few: "måneder", other: "måneder")
        case (.da, .weeks): Forms(one: "uge", few: "uger", other: "uger")
        case (.da, .days): Forms(one: "dag", few: "dage", other: "dage")
        case (.da, .hours): Forms(one: "time", few: "timer", other: "timer")
        case (.da, .minutes): Forms(one: "minut", few: "minutter", other: "minutter")
        case (.da, .seconds): Forms(one: "sekund", few: "sekunder", other: "sekunder")
        }
    }

    /// The components of `PnYnMnWnDTnHnMnS`, in order; `nil` unless every component is a whole
    /// number, the designators are in order and at least one component is present.
    static func parseDuration(_ iso: String) -> [(unit: DurationUnit, amount: Int)]? {
        guard iso.first == "P" else { return nil }
        var components: [(unit: DurationUnit, amount: Int)] = []
        var digits = ""
        var inTime = false
        var sawTimeComponent = false
        for character in iso.dropFirst() {
            if character == "T" {
                guard !inTime, digits.isEmpty else { return nil }
                inTime = true
                continue
            }
            if ("0"..."9").contains(character) {
                digits.append(character)
                continue
            }
            guard !digits.isEmpty, let amount = Int(digits) else { return nil }
            let unit: DurationUnit
            switch (character, inTime) {
            case ("Y", false): unit = .years
            case ("M", false): unit = .months
            case ("W", false): unit = .weeks
            case ("D", false): unit = .days
            case ("H", true): unit = .hours
            case ("M", true): unit = .minutes
            case ("S", true): unit = .seconds
            default: return nil
            }
            if let previous = components.last, previous.unit.rawValue >= unit.rawValue { return nil }
            components.append((unit, amount))
            sawTimeComponent = sawTimeComponent || inTime
            digits = ""
        }
        guard digits.isEmpty, !components.isEmpty, !inTime || sawTimeComponent else { return nil }
        return components
    }

    private static let monthNames = Localized(
        en: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        nl: [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december",
        ],
        ro: [
            "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
            "octombrie", "noiembrie", "decembrie",
        ],
        da: [
            "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december",
        ])
}

// MARK: - Computed labels

extension BundleLabels {
    /// `Right of access (Art. 15 GDPR)`: the scope of a copy made for Art. 15.
    var scopeAccess: String { rights["access"]!.label }
    /// `Right to data portability (Art. 20 GDPR)`: the scope of a copy made for Art. 20.
    var scopePortability: String { rights["portability"]!.label }
}

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
            noAutomatedDecisions: "We do not make decisions about you based solely on automated processing."))
}

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
                "Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking zijn gebaseerd."))
}

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
                "Nu luăm decizii cu privire la dumneavoastră bazate exclusiv pe prelucrarea automată."))
}

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
                "Vi træffer ikke afgørelser om dig, der alene er baseret på automatisk behandling."))
}

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
