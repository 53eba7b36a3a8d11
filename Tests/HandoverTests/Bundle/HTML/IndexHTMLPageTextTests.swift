import Foundation
import Testing

@testable import Handover

/// What a person reads on the page, written straight through ``IndexHTMLWriter``: labels from the
/// configuration in the page's language, field descriptions, identifiers not digit-grouped,
/// amounts and dates in the page's language with the original kept, identity types by name, a
/// table of contents with record counts, and long collections in tables of a bounded size.
struct IndexHTMLPageTextTests {
    static let identityTypes: [String: IdentityTypeConfiguration] = [
        "email": IdentityTypeConfiguration(.email(EmailNormalization())),
        "customer_number": {
            var type = IdentityTypeConfiguration(.exact)
            type.label = LocalizedText(byLanguage: ["nl": "Klantnummer", "en": "Customer number"])
            return type
        }(),
    ]

    static let orders: CollectionHeader = {
        var collection = CollectionHeader(
            source: "shop", name: "orders", purposes: ["essential.service"], legalBasis: .contract,
            retention: Retention(description: "Seven years"), recipients: [],
            fields: [
                .init(name: "order_id", category: "user.unique_id", provenance: .observed, description: nil),
                .init(
                    name: "fiscal_year", category: "user.payment", provenance: .observed,
                    description: "Het boekjaar van de bestelling"),
                .init(name: "total_eur", category: "user.payment", provenance: .observed, description: nil),
                .init(
                    name: "ordered_on", category: "user.behavior.purchase_history", provenance: .observed,
                    description: nil),
                .init(name: "paid_at", category: "user.payment", provenance: .observed, description: nil),
                .init(name: "job_title", category: "user.job_title", provenance: .provided, description: nil),
                .init(
                    name: "decides", category: "user.job_title.decision_authority", provenance: .provided,
                    description: nil),
            ],
            supplementary: nil)
        collection.label = LocalizedText(byLanguage: ["en": "Orders", "nl": "Bestellingen"])
        collection.fields[0].label = LocalizedText(byLanguage: ["nl": "Bestelnummer"])
        return collection
    }()

    static func order(_ id: Int64) -> ExportedRecord {
        ExportedRecord(fields: [
            .init(name: "order_id", value: .integer(id)), .init(name: "fiscal_year", value: .integer(2022)),
            .init(name: "total_eur", value: .decimal("1234.50")), .init(name: "ordered_on", value: .date("2024-03-05")),
            .init(name: "paid_at", value: .dateTime("2024-03-06T14:05:00Z")),
            .init(name: "job_title", value: .string("CTO")), .init(name: "decides", value: .boolean(true)),
        ])
    }

    /// The page for `records` orders, in `language`, and whether the writer's scratch file is gone.
    func page(_ language: PageLanguage, records: Int = 1, collection: CollectionHeader = orders) throws -> (
        html: String, scratchRemoved: Bool
    ) {
        try page(language, records: records, collections: [collection])
    }

    /// The page for `collections`, the first with `records` orders, the others empty.
    func page(
        _ language: PageLanguage, records: Int = 1, collections: [CollectionHeader],
        discovered: [DiscoveredIdentifier] = []
    ) throws -> (html: String, scratchRemoved: Bool) {
        let directory = try TemporaryDirectory()
        let body = directory.url.appendingPathComponent("index.html.body")
        let sink = MemorySink()
        let writer = IndexHTMLWriter(
            sink: sink, body: body, language: language, collections: collections, created: (2026, 12, 7))
        var header = BundleHeader(
            controller: ControllerConfiguration(
                name: "Winkel BV", email: "privacy@winkel.example",
                supervisoryAuthority: Contact(name: "AP"), language: "nl"),
            identifiers: [
                SubjectIdentifier(type: "email", value: "a@winkel.example"),
                SubjectIdentifier(type: "customer_number", value: "K-1"),
            ],
            discovered: discovered, scope: .access)
        header.identityTypes = Self.identityTypes
        header.extensions = [
            TaxonomyExtension(
                key: "user.job_title.decision_authority", parent: "user.job_title", description: "Decides",
                label: LocalizedText(byLanguage: ["nl": "Beslissingsbevoegdheid", "en": "Decision authority"]))
        ]
        try writer.begin(header)
        for (index, collection) in collections.enumerated() {
            try writer.beginCollection(collection)
            let count = index == 0 ? records : 0
            for id in 0..<count { try writer.write(Self.order(1001 + Int64(id))) }
            try writer.endCollection(recordCount: count)
        }
        try writer.finish()
        return (sink.text, !FileManager.default.fileExists(atPath: body.path))
    }

    @Test func labelsComeFromTheConfigurationInThePagesLanguageWithReadableFallbacks() throws {
        let (dutch, _) = try page(.nl)
        #expect(dutch.contains(">Bestellingen <span class=\"meta\">shop/orders</span></h3>"))
        #expect(dutch.contains("<th scope=\"col\">Bestelnummer<br>"))
        #expect(dutch.contains("<th scope=\"col\">Fiscal year<br>"), "no label: the name in words")
        #expect(dutch.contains("<td>Klantnummer</td><td>K-1</td>"))
        #expect(dutch.contains("<td>E-mailadres</td><td>a@winkel.example</td>"))
        let (english, _) = try page(.en)
        #expect(english.contains(">Orders <span class=\"meta\">"))
        #expect(english.contains("<th scope=\"col\">Bestelnummer<br>"), "only Dutch given: the controller's language")
        #expect(english.contains("<td>Customer number</td><td>K-1</td>"))
        #expect(english.contains("<td>E-mail address</td>"))
    }

    @Test func fieldDescriptionsAreShown() throws {
        let (html, _) = try page(.nl)
        #expect(html.contains("<dt>Fiscal year</dt><dd>Het boekjaar van de bestelling</dd>"))
    }

    /// A description given per language is shown in the page's language, falling back like a label.
    @Test func aDescriptionIsShownInThePagesLanguage() throws {
        var collection = Self.orders
        collection.fields[1].localizedDescription = LocalizedText(byLanguage: [
            "nl": "Het boekjaar van de bestelling", "da": "Ordrens regnskabsår",
        ])
        #expect(try page(.da, collection: collection).html.contains("<dd>Ordrens regnskabsår</dd>"))
        let romanian = try page(.ro, collection: collection).html
        #expect(romanian.contains("<dd>Het boekjaar van de bestelling</dd>"), "none in Romanian: the controller's")
    }

    @Test(arguments: PageLanguage.allCases)
    func identifiersAreNotGroupedAndAmountsAndDatesAreInThePagesLanguage(language: PageLanguage) throws {
        let (html, _) = try page(language)
        #expect(html.contains("<td>1001</td><td>2022</td>"), "an order id or a year is never digit-grouped")
        let amount = language == .en ? "1,234.50" : "1.234,50"
        #expect(html.contains("<td><data value=\"1234.50\" title=\"1234.50\">\(amount)</data></td>"))
        let march = ["en": "5 March 2024", "nl": "5 maart 2024", "ro": "5 martie 2024", "da": "5. marts 2024"]
        #expect(
            html.contains(
                "<time datetime=\"2024-03-05\" title=\"2024-03-05\">\(march[language.rawValue]!)</time>"))
        let sixth = march[language.rawValue]!.replacingOccurrences(of: "5", with: "6")
        #expect(
            html.contains(
                "<time datetime=\"2024-03-06T14:05:00Z\" title=\"2024-03-06T14:05:00Z\">\(sixth), 14:05 UTC</time>"))
    }

    /// A heading that already is the category's name ("Functietitel") gets no category line under it,
    /// and a description that only repeats the heading, in any of its languages, is not listed.
    @Test func aHeadingIsNotRepeatedByItsCategoryOrItsDescription() throws {
        var collection = Self.orders
        collection.fields[5].label = LocalizedText(byLanguage: ["nl": "Functietitel"])
        collection.fields[5].description = "functietitel "
        let html = try page(.nl, collection: collection).html
        #expect(html.contains("<th scope=\"col\">Functietitel</th>"))
        #expect(!html.contains("<dt>Functietitel</dt>"))
        #expect(
            html.contains("<th scope=\"col\">Bestelnummer<br><span class=\"category\">Unieke identificator</span></th>")
        )
        #expect(html.contains("<dt>Fiscal year</dt><dd>Het boekjaar van de bestelling</dd>"))
        // The heading's translation is no description either: the English page shows "Job title".
        collection.fields[5].label = LocalizedText(byLanguage: ["nl": "Functietitel", "en": "Job title"])
        let english = try page(.en, collection: collection).html
        #expect(english.contains("<th scope=\"col\">Job title</th>"))
        #expect(!english.contains("<dt>Job title</dt>"))
    }

    /// An identifier found in the records is said to come from the collection and field by their
    /// names on the page, not by their paths.
    @Test func aDiscoveredIdentifiersSourceIsNamedInWords() throws {
        let found = [
            DiscoveredIdentifier(type: "customer_number", value: "K-1", via: "shop/orders.order_id"),
            DiscoveredIdentifier(type: "customer_number", value: "K-2", via: "crm/gone.id"),
        ]
        let html = try page(.nl, collections: [Self.orders], discovered: found).html
        #expect(html.contains("<td>Klantnummer</td><td>K-1</td><td>Bestellingen — Bestelnummer</td>"))
        #expect(html.contains("<td>K-2</td><td>crm/gone.id</td>"), "a path the page does not know, as written")
    }

    /// A recipient, a transfer or a source of data given for several collections is one row
    /// listing them (a recipient with what it receives them for).
    @Test func aRecipientTransferOrSourceOfSeveralCollectionsIsOneRow() throws {
        let hosting = Recipient(name: "Hosting BV", role: "processor", purpose: "Hosting the shop", country: "NL")
        let transfer = Transfer(country: "US", recipient: "Mail Inc.", safeguard: "Standard contractual clauses")
        let shared = CollectionHeader.Supplementary(
            sourceOfData: "Our partners", automatedDecisionMaking: nil, transfers: [transfer])
        var orders = Self.orders
        orders.recipients = [hosting]
        orders.supplementary = shared
        var invoices = Self.orders
        invoices.name = "invoices"
        invoices.label = LocalizedText(byLanguage: ["nl": "Facturen"])
        invoices.recipients = [hosting, Recipient(name: "Belastingdienst", role: "authority")]
        invoices.supplementary = shared
        let html = try page(.nl, collections: [orders, invoices]).html
        #expect(html.components(separatedBy: "<td>Hosting BV — Hosting the shop</td>").count - 1 == 1)
        #expect(
            html.contains(
                "<td>Hosting BV — Hosting the shop</td><td>Verwerker</td><td>NL</td><td>Bestellingen en Facturen</td>"))
        #expect(html.contains("<td>Belastingdienst</td>"))
        #expect(html.components(separatedBy: "<td>Mail Inc.</td>").count - 1 == 1)
        #expect(html.contains("<td>Bestellingen en Facturen</td><td>Our partners</td>"))
    }

    @Test func aCategoryAndItsExtensionAreNamedApart() throws {
        let (html, _) = try page(.nl)
        #expect(html.contains("<td>Functietitel</td>"))
        #expect(html.contains("<td>Beslissingsbevoegdheid</td>"))
        let rows = html.components(separatedBy: "<td>Functietitel</td>").count - 1
        #expect(rows == 1, "one row per label in the categories table")
    }

    @Test func theContentsListEverySectionAndEachCollectionWithItsCount() throws {
        let (html, scratchRemoved) = try page(.nl, records: 1_001)
        let contents = try #require(html.range(of: "<nav class=\"contents\""))
        let records = try #require(html.range(of: "<section id=\"records\">"))
        #expect(contents.lowerBound < records.lowerBound, "the contents come before the records")
        #expect(html.contains("<li><a href=\"#categories\">Welke gegevens wij hebben, per categorie</a></li>"))
        #expect(
            html.contains(
                "<a href=\"#c-shop-orders\">Bestellingen</a> <span class=\"count\">(1.001 registraties)</span>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(scratchRemoved, "the body file is removed once copied in")
    }

    @Test func aLongCollectionIsShownInTablesOfBoundedSize() throws {
        let (html, _) = try page(.en, records: 2 * IndexHTMLWriter.rowsPerTable + 1)
        #expect(html.components(separatedBy: "<table class=\"records\">").count - 1 == 3)
        #expect(html.components(separatedBy: "<div class=\"chunk\">").count - 1 == 3)
        let records = try #require(html.range(of: "<section id=\"records\">"))
        #expect(
            html[records.upperBound...].components(separatedBy: "<tr><td>").count - 1
                == 2 * IndexHTMLWriter.rowsPerTable + 1)
        #expect(html.contains(".chunk{content-visibility:auto"))
    }

    @Test func decimalsAndDateTimesThatAreNotPlainAreShownAsWritten() {
        let labels = BundleLabels.forLanguage(.nl)
        #expect(labels.decimal("-0.25") == "-0,25")
        #expect(labels.decimal("1e5") == "1e5")
        #expect(labels.decimal("12345678") == "12.345.678")
        #expect(labels.dateTime(iso: "2024-03-06T14:05:00+01:00") == "6 maart 2024, 14:05 +01:00")
        #expect(labels.dateTime(iso: "2024-03-06") == nil)
        #expect(labels.dateTime(iso: "2024-03-06Tnoon") == nil)
    }

    /// The page's date parsing reads bytes in place (it runs for every date cell); this reference
    /// reads characters the plain way. They must agree on valid dates and date-times in every
    /// language, and on text that merely looks like them.
    @Test(arguments: PageLanguage.allCases)
    func dateParsingOnBytesAgreesWithAPlainReading(language: PageLanguage) {
        let labels = BundleLabels.forLanguage(language)
        func digits(_ characters: ArraySlice<Character>) -> Int? {
            characters.allSatisfy { ("0"..."9").contains($0) } ? Int(String(characters)) : nil
        }
        func referenceDate(_ text: String) -> String? {
            let c = Array(text)
            guard c.count >= 10, c[4] == "-", c[7] == "-", let year = digits(c[0..<4]), let month = digits(c[5..<7]),
                let day = digits(c[8..<10]), (1...12).contains(month), (1...31).contains(day)
            else { return nil }
            return labels.date(year: year, month: month, day: day)
        }
        func referenceDateTime(_ text: String) -> String? {
            let c = Array(text)
            guard c.count >= 16, let day = referenceDate(text), ["T", "t", " "].contains(c[10]), c[13] == ":",
                digits(c[11..<13]) != nil, digits(c[14..<16]) != nil
            else { return nil }
            var zone = ""
            if c.last == "Z" || c.last == "z" {
                zone = " UTC"
            } else if c.count >= 22, c[c.count - 6] == "+" || c[c.count - 6] == "-" {
                zone = " " + String(c[(c.count - 6)...])
            }
            return "\(day), \(String(c[11..<16]))\(zone)"
        }
        // A fixed linear congruential sequence: the same cases on every run.
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let alphabet = Array("0123456789-:T tZz+.")
        var texts = ["2024-03-05", "2024-03-06T14:05:00Z", "2024-03-06 14:05:00+01:00", "2024-13-01", "2024-02-32"]
        for _ in 0..<20_000 {
            // A valid date-time, then a few characters changed, dropped or added.
            var c = Array(
                String(
                    format: "%04d-%02d-%02dT%02d:%02d:%02d%@", 1900 + next(200), 1 + next(12), 1 + next(31), next(24),
                    next(60), next(60), ["Z", "+01:00", "-05:30", ".123Z", ""][next(5)]))
            for _ in 0..<next(3) {
                switch next(3) {
                case 0: c[next(c.count)] = alphabet[next(alphabet.count)]
                case 1: c.remove(at: next(c.count))
                default: c.insert(alphabet[next(alphabet.count)], at: next(c.count + 1))
                }
            }
            texts.append(String(c.prefix(next(2) == 0 ? c.count : next(c.count + 1))))
        }
        var agreed = 0
        for text in texts {
            #expect(labels.date(iso: text) == referenceDate(text), "date \(text)")
            #expect(labels.dateTime(iso: text) == referenceDateTime(text), "date-time \(text)")
            if labels.dateTime(iso: text) != nil { agreed += 1 }
        }
        #expect(agreed > 1_000, "the cases include many valid date-times (\(agreed))")
    }
}
