// Everything the subject's `index.html` says that is not data, in English, Dutch, Romanian and
// Danish, with the terms of the GDPR's own language versions. Standard library only.
//
// Organisation, one file per part in this folder:
//   1. Types, one file each: PageLanguage, Localized, ArticleReference, SectionText, CitedText,
//      DescribedLabel.
//   2. BundleLabels (this file): the per-language instance, its nested groups and the functions
//      whose text depends on values (counts, durations, dates, citations, lists).
//   3. The page chrome, one file per language: BundleLabels+English, +Dutch, +Romanian, +Danish
//      (BundleLabels.english, .dutch, .romanian, .danish).
//   4. The keyed tables, one row per key with the four languages side by side: legal bases,
//      rights, transfer safeguards (BundleLabels+LegalTerms); provenance, value types, recipient
//      roles (BundleLabels+ProvenanceTypesRoles); and the fideslang data categories, data uses and
//      data subjects (BundleLabels+DataCategories, +DataUses, +DataSubjects).

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
        /// Said at the top of a partial bundle, before the list of what is missing.
        let partial: String
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

    init(
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
        let grouped = group(Substring(String(value.magnitude)))
        return value < 0 ? "-" + grouped : grouped
    }

    /// `digits` with the language's thousands separator every three digits from the right.
    private func group(_ digits: Substring) -> String {
        let separator: Character = language == .en ? "," : "."
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return grouped
    }

    /// A decimal from the data (`1234.5`, `-0.25`) with the language's decimal mark and digit
    /// grouping: `1,234.5` / `1.234,5`; the text itself when it is not a plain decimal.
    func decimal(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit),
            parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit))
        else { return text }
        let mark: Character = language == .en ? "." : ","
        var grouped = group(whole)
        if parts.count == 2 { grouped += String(mark) + parts[1] }
        return negative ? "-" + grouped : grouped
    }

    /// An RFC 3339 date-time in words, with the time and offset as written: `5 March 2025, 14:05 UTC`,
    /// `5 maart 2025, 14:05 +01:00`; `nil` when the text is not such a date-time.
    ///
    /// Called for every date-time cell of the page, so it reads the text's bytes without copying them.
    func dateTime(iso: String) -> String? {
        var iso = iso
        return iso.withUTF8 { bytes -> String? in
            guard bytes.count >= 16, let day = date(isoBytes: bytes),
                bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "t"),
                bytes[13] == UInt8(ascii: ":"), Self.number(bytes, 11..<13) != nil, Self.number(bytes, 14..<16) != nil
            else { return nil }
            let time = String(decoding: UnsafeBufferPointer(rebasing: bytes[11..<16]), as: UTF8.self)
            var zone = ""
            if let last = bytes.last, last == UInt8(ascii: "Z") || last == UInt8(ascii: "z") {
                zone = " UTC"
            } else if bytes.count >= 22,
                bytes[bytes.count - 6] == UInt8(ascii: "+") || bytes[bytes.count - 6] == UInt8(ascii: "-")
            {
                zone = " " + String(decoding: UnsafeBufferPointer(rebasing: bytes[(bytes.count - 6)...]), as: UTF8.self)
            }
            return "\(day), \(time)\(zone)"
        }
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
        var iso = iso
        return iso.withUTF8 { date(isoBytes: $0) }
    }

    /// ``date(iso:)`` on the text's UTF-8 bytes.
    private func date(isoBytes bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Self.number(bytes, 0..<4), let month = Self.number(bytes, 5..<7),
            let day = Self.number(bytes, 8..<10), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return date(year: year, month: month, day: day)
    }

    /// The ASCII digits `bytes[range]` as a number; `nil` when any is not a digit.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
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

extension Character {
    /// `0` to `9` only (not other scripts' digits, which `isNumber` accepts).
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
