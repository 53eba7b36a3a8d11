import Foundation

/// Writes `index.html`: one self-contained page that tells the subject, in their language, who holds
/// their data, what there is by category, why and on what legal basis, for how long, who receives
/// it, their rights and where to complain — then shows their records as tables.
///
/// The page has inline CSS, no scripts and no external resources (its Content-Security-Policy
/// forbids both), and every value from the data or the configuration is escaped: a record value of
/// `<script>` is shown as text, never run. The summary sections need every collection's
/// description before the first record, so the writer is given them all up front.
///
/// The table of contents at the top gives each collection's record count, known only once its
/// records are written: everything after the page's header goes first to a file beside the
/// page (`body`), which ``finish()`` copies in after the contents, so memory stays bounded.
/// Records are shown in tables of ``rowsPerTable`` rows that the browser lays out only when they
/// come into view, so that a collection of 10,000 orders does not freeze the page.
final class IndexHTMLWriter: BundleContentWriter {
    /// Rows per records table: each starts with the column headings again.
    static let rowsPerTable = 500

    private let sink: any ByteSink
    private let bodyFile: URL
    private var body: FileSink?
    private let labels: BundleLabels
    private var names: PageNames
    private let collections: [CollectionHeader]
    private let created: (year: Int, month: Int, day: Int)
    private var buffer = ""
    private var currentCollection: CollectionHeader?
    private var rowsInTable = 0
    /// The sections written, for the contents: anchor and heading.
    private var contents: [(id: String, heading: String)] = []
    /// The collections written, for the contents: anchor, heading and record count.
    private var written: [(id: String, heading: String, records: Int)] = []

    /// Creates a writer into `sink`.
    ///
    /// - Parameters:
    ///   - sink: Where the page goes.
    ///   - body: A file the writer may create and removes again, for the part of the page after
    ///     the contents.
    ///   - language: The page's language.
    ///   - collections: Every collection the bundle will hold, in order.
    ///   - created: The bundle's creation date (UTC).
    init(
        sink: any ByteSink, body: URL, language: PageLanguage, collections: [CollectionHeader],
        created: (year: Int, month: Int, day: Int)
    ) {
        self.sink = sink
        bodyFile = body
        labels = BundleLabels.forLanguage(language)
        names = PageNames(labels: labels)
        self.collections = collections
        self.created = created
    }

    deinit {
        if body != nil { try? FileManager.default.removeItem(at: bodyFile) }
    }

    func begin(_ header: BundleHeader) throws {
        names = PageNames(labels: labels, header: header)
        let controller = header.controller
        write("<!DOCTYPE html>\n<html lang=\"\(labels.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n")
        write(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        write("<title>\(text(labels.page.title)) — \(text(controller.name))</title>\n<style>\(Self.style)</style>\n")
        write("</head>\n<body>\n<header>\n<h1>\(text(labels.page.title))</h1>\n")
        write("<p class=\"lead\">\(text(labels.intro(controller: controller.name)))</p>\n")
        let scope =
            header.scope == .access ? labels.page.scopeAccessExplanation : labels.page.scopePortabilityExplanation
        let scopeName = header.scope == .access ? labels.scopeAccess : labels.scopePortability
        write("<p><strong>\(text(labels.page.scope)):</strong> \(text(scopeName)). \(text(scope))</p>\n")
        if !header.missing.isEmpty {
            // Collection names only: the reasons (files, lines) are the controller's, in the manifest.
            write(
                "<div class=\"partial\" role=\"alert\"><p><strong>\(text(labels.messages.partial))</strong></p>\n<ul>"
            )
            for missing in header.missing {
                write("<li>\(text(missing.name.isEmpty ? missing.source : "\(missing.source) / \(missing.name)"))</li>")
            }
            write("</ul></div>\n")
        }
        write(
            "<p class=\"meta\">\(text(labels.generated(on: labels.date(year: created.year, month: created.month, day: created.day)))). "
                + "\(text(labels.machineReadableFiles(["data.json", "data.xml"])))</p>\n</header>\n<main>\n")
        try flush()
        body = try FileSink(creating: bodyFile, syncs: false)

        section("controller", labels.sections.controller)
        definitions([
            (labels.fields.name, controller.name), (labels.fields.address, controller.address),
            (labels.fields.email, controller.email), (labels.fields.phone, controller.phone),
            (labels.fields.website, controller.website),
            (labels.fields.registrationNumber, controller.registrationNumber),
            (labels.fields.responsePeriod, controller.responsePeriod.flatMap(labels.duration)),
        ])
        endSection()
        if let dpo = controller.dpo {
            section("dpo", labels.sections.dataProtectionOfficer)
            contact(dpo)
            endSection()
        }

        section("identifiers", labels.sections.identifiersGiven)
        table(
            [labels.columns.identifierType, labels.columns.identifier],
            header.identifiers.map { [names.identityType($0.type), $0.value] })
        if !header.discovered.isEmpty {
            write("<h3>\(text(labels.sections.identifiersFound.heading))</h3>\n")
            write("<p>\(text(labels.sections.identifiersFound.intro))</p>\n")
            table(
                [labels.columns.identifierType, labels.columns.identifier, labels.columns.source],
                header.discovered.map { [names.identityType($0.type), $0.value, foundIn($0.via)] })
        }
        endSection()

        writeCategories()
        writePurposes()
        writeRetention()
        writeRecipients()
        if header.scope == .access { writeSupplementary() }
        writeRights(header.scope)
        section("complaint", labels.sections.complaint)
        write("<p><strong>\(text(labels.fields.supervisoryAuthority))</strong></p>\n")
        contact(controller.supervisoryAuthority)
        endSection()
        section("records", labels.sections.records)
        try flush()
    }

    func beginCollection(_ collection: CollectionHeader) throws {
        currentCollection = collection
        write(
            "<h3 id=\"\(text(anchor(collection)))\">\(text(title(collection)))"
                + " <span class=\"meta\">\(text(path(collection)))</span></h3>\n")
        // A description that only repeats the column's heading, in this language or another
        // ("Klantnummer", "Numărul de client" under "Customer number"), says nothing more.
        let described = collection.fields.compactMap { field in
            names.description(field).flatMap { description in
                let headings = [names.field(field)] + (field.label?.texts ?? [])
                return description.isEmpty || headings.contains { Self.sameWords(description, $0) }
                    ? nil : (field, description)
            }
        }
        if !described.isEmpty {
            write("<dl class=\"fields\">\n")
            for (field, description) in described {
                write("<dt>\(text(names.field(field)))</dt><dd>\(text(description))</dd>\n")
            }
            write("</dl>\n")
        }
        openRecordsTable()
    }

    func write(_ record: ExportedRecord) throws {
        guard let collection = currentCollection else { return }
        if rowsInTable == Self.rowsPerTable {
            closeRecordsTable()
            openRecordsTable()
        }
        write("<tr>")
        for field in collection.fields {
            let value = record.fields.first { $0.name == field.name }?.value ?? .null
            write("<td>\(cell(value))</td>")
        }
        write("</tr>\n")
        rowsInTable += 1
        if buffer.utf8.count > 1 << 15 { try flush() }
    }

    func endCollection(recordCount: Int) throws {
        closeRecordsTable()
        let count = recordCount == 0 ? labels.messages.noRecords : labels.recordCount(recordCount)
        write("<p class=\"count\">\(text(count))</p>\n")
        if let collection = currentCollection {
            written.append((anchor(collection), title(collection), recordCount))
        }
        currentCollection = nil
        try flush()
    }

    func finish() throws {
        write("</section>\n</main>\n</body>\n</html>\n")
        try flush()
        guard let body else { return }
        _ = try body.finish()
        self.body = nil
        defer { try? FileManager.default.removeItem(at: bodyFile) }
        writeContents()
        try flush()
        try copyBody()
    }

    // MARK: - Records and contents

    private func openRecordsTable() {
        guard let collection = currentCollection else { return }
        write("<div class=\"chunk\"><div class=\"scroll\"><table class=\"records\">\n<thead><tr>")
        for field in collection.fields {
            let heading = names.field(field)
            let category = names.dataCategory(field.category)
            // The category under the heading, unless the heading already is its name ("Voornaam").
            let categoryLine =
                Self.sameWords(heading, category) ? "" : "<br><span class=\"category\">\(text(category))</span>"
            write("<th scope=\"col\">\(text(heading))\(categoryLine)</th>")
        }
        write("</tr></thead>\n<tbody>\n")
        rowsInTable = 0
    }

    private func closeRecordsTable() {
        write("</tbody>\n</table></div></div>\n")
    }

    /// The table of contents: every section, and under the records every collection with its count.
    private func writeContents() {
        write("<nav class=\"contents\" aria-labelledby=\"contents\">\n")
        write("<h2 id=\"contents\">\(text(labels.page.contents))</h2>\n<ol>\n")
        for (id, heading) in contents {
            write("<li><a href=\"#\(text(id))\">\(text(heading))</a>")
            if id == "records" && !written.isEmpty {
                write("\n<ol>\n")
                for collection in written {
                    write(
                        "<li><a href=\"#\(text(collection.id))\">\(text(collection.heading))</a> "
                            + "<span class=\"count\">(\(text(labels.recordCount(collection.records))))</span></li>\n")
                }
                write("</ol>\n")
            }
            write("</li>\n")
        }
        write("</ol>\n</nav>\n")
    }

    /// Copies the body file into the page, a block at a time.
    private func copyBody() throws {
        try FileChunks.forEach(of: bodyFile, failing: "the page's body could not be read back from the staging area") {
            block in try block.withUnsafeBytes { try sink.write($0) }
        }
    }

    // MARK: - Sections

    private func writeCategories() {
        section("categories", labels.sections.categories)
        var byCategory: [(category: String, collections: [String])] = []
        for collection in collections {
            for field in collection.fields {
                // By label: two keys named alike (a category and its extension) are one row.
                let label = names.dataCategory(field.category)
                if let index = byCategory.firstIndex(where: { $0.category == label }) {
                    if !byCategory[index].collections.contains(title(collection)) {
                        byCategory[index].collections.append(title(collection))
                    }
                } else {
                    byCategory.append((label, [title(collection)]))
                }
            }
        }
        table(
            [labels.columns.category, labels.columns.collection],
            byCategory.map { [$0.category, labels.list($0.collections)] })
        endSection()
    }

    private func writePurposes() {
        section("purposes", labels.sections.purposes)
        table(
            [labels.columns.collection, labels.columns.purpose, labels.columns.legalBasis],
            collections.map { collection in
                var basis = labels.legalBasisLabel(collection.legalBasis.rawValue)
                if let provision = collection.legalBasisProvision {
                    basis += ". \(labels.fields.legalProvision): \(provision)"
                }
                if let interest = collection.legitimateInterest {
                    basis += ". \(labels.fields.legitimateInterest): \(interest)"
                }
                for ruleCase in collection.legalBasisByField?.cases ?? [] {
                    basis += "; \(labels.recordsWhere(collection.legalBasisByField!.field, is: ruleCase.value)): "
                    basis += labels.legalBasisLabel(ruleCase.basis.basis.rawValue)
                    if let provision = ruleCase.basis.provision {
                        basis += ". \(labels.fields.legalProvision): \(provision)"
                    }
                    if let interest = ruleCase.basis.interest {
                        basis += ". \(labels.fields.legitimateInterest): \(interest)"
                    }
                }
                for other in collection.otherLegalBases {
                    basis += "; " + labels.legalBasisLabel(other.basis.rawValue)
                    if !other.purposes.isEmpty { basis += " (\(labels.list(other.purposes.map(names.dataUse))))" }
                    if let provision = other.provision { basis += ". \(labels.fields.legalProvision): \(provision)" }
                    if let interest = other.interest { basis += ". \(labels.fields.legitimateInterest): \(interest)" }
                }
                return [title(collection), labels.list(collection.purposes.map(names.dataUse)), basis]
            })
        endSection()
    }

    private func writeRetention() {
        section("retention", labels.sections.retention)
        table(
            [labels.columns.collection, labels.columns.retention],
            collections.map { collection in
                var rule = collection.retention.description
                if let period = collection.retention.period.flatMap(labels.duration) {
                    rule += " (\(period)"
                    if let after = collection.retention.after {
                        rule += "; \(labels.fields.retentionStartsFrom): \(after)"
                    }
                    rule += ")"
                }
                return [title(collection), rule]
            })
        endSection()
    }

    private func writeRecipients() {
        section("recipients", labels.sections.recipients)
        // One row per recipient, listing the collections it receives: a reader asks "who gets my
        // data?" once, not once per collection.
        let rows = grouped(collections.flatMap { collection in collection.recipients.map { (collection, $0) } })
        if rows.isEmpty {
            write("<p>\(text(labels.messages.noRecipients))</p>\n")
        } else {
            table(
                [labels.columns.recipient, labels.columns.role, labels.columns.country, labels.columns.collection],
                rows.map { recipient, collections in
                    [
                        recipient.name + (recipient.purpose.map { " — \($0)" } ?? ""),
                        recipient.role.map(labels.recipientRoleLabel) ?? "", recipient.country ?? "",
                        labels.list(collections),
                    ]
                })
        }
        endSection()
    }

    /// `items` with equal values merged, in the order first seen, each with the titles of the
    /// collections it was given for.
    private func grouped<Item: Equatable>(_ items: [(CollectionHeader, Item)]) -> [(item: Item, collections: [String])]
    {
        var rows: [(item: Item, collections: [String])] = []
        for (collection, item) in items {
            if let index = rows.firstIndex(where: { $0.item == item }) {
                rows[index].collections.append(title(collection))
            } else {
                rows.append((item, [title(collection)]))
            }
        }
        return rows
    }

    private func writeSupplementary() {
        // One row per transfer, listing the collections it concerns, as for recipients.
        let transfers = grouped(
            collections.flatMap { collection in (collection.supplementary?.transfers ?? []).map { (collection, $0) } })
        section("transfers", labels.sections.transfers)
        if transfers.isEmpty {
            write("<p>\(text(labels.messages.noTransfers))</p>\n")
        } else {
            table(
                [
                    labels.columns.country, labels.columns.recipient, labels.columns.safeguard,
                    labels.fields.copyOfSafeguards, labels.columns.collection,
                ],
                transfers.map { transfer, collections in
                    [
                        [transfer.country, transfer.destination].compactMap { $0 }.joined(separator: " — "),
                        transfer.recipient ?? "",
                        safeguard(transfer),
                        transfer.copyAvailableAt ?? "", labels.list(collections),
                    ]
                })
        }
        endSection()

        section("sources", labels.sections.sources)
        let sources = grouped(
            collections.compactMap { collection in collection.supplementary?.sourceOfData.map { (collection, $0) } })
        if sources.isEmpty {
            write("<p>\(text(labels.messages.allCollectedFromYou))</p>\n")
        } else {
            table([labels.columns.collection, labels.columns.source], sources.map { [labels.list($1), $0] })
        }
        endSection()

        section("automated", labels.sections.automatedDecisions)
        let decisions = collections.compactMap { collection in
            collection.supplementary?.automatedDecisionMaking.map { (collection, $0) }
        }
        if decisions.isEmpty {
            write("<p>\(text(labels.messages.noAutomatedDecisions))</p>\n")
        }
        for (collection, decision) in decisions {
            write("<h3>\(text(title(collection)))</h3>\n")
            definitions([
                (labels.fields.automatedDecisionDescription, decision.description),
                (labels.fields.automatedDecisionLogic, decision.logic),
                (labels.fields.automatedDecisionConsequences, decision.consequences),
            ])
        }
        endSection()
    }

    /// A safeguard named by its key (`adequacy_decision`, or the words `adequacy decision`) in the
    /// page's language with its article; any other text as written, with its provision.
    private func safeguard(_ transfer: Transfer) -> String {
        let key = transfer.safeguard.lowercased().replacingOccurrences(of: " ", with: "_")
        if let known = labels.safeguards[key] {
            return known.label + (transfer.provision.map { "; \($0)" } ?? "")
        }
        return transfer.safeguard + (transfer.provision.map { " (\($0))" } ?? "")
    }

    private func writeRights(_ scope: ExportScope) {
        section("rights", labels.sections.rights)
        write("<ul class=\"rights\">\n")
        let consent = collections.contains { $0.legalBasis == .consent }
        for key in BundleLabels.rightKeys where key != "withdraw_consent" || consent {
            guard let right = labels.rights[key] else { continue }
            write("<li><strong>\(text(right.label))</strong> — \(text(right.explanation))</li>\n")
        }
        write("</ul>\n")
        endSection()
    }

    // MARK: - Pieces

    /// Where a discovered identifier was found, in words: `shop/accounts.phone` → "Your customer
    /// account — Phone number"; the path as written when it names no collection of the page.
    private func foundIn(_ via: String) -> String {
        guard let dot = via.lastIndex(of: ".") else { return via }
        let path = via[..<dot]
        let name = via[via.index(after: dot)...]
        guard let collection = collections.first(where: { self.path($0) == path }),
            let field = collection.fields.first(where: { $0.name == name })
        else { return via }
        return "\(title(collection)) — \(names.field(field))"
    }

    /// Whether two texts say the same words, ignoring case and the spaces around them.
    static func sameWords(_ first: String, _ second: String) -> Bool {
        let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        return trimmed(first) == trimmed(second)
    }

    private func title(_ collection: CollectionHeader) -> String {
        names.collection(collection)
    }

    /// `source/name`, as manifests and messages name a collection.
    private func path(_ collection: CollectionHeader) -> String {
        "\(collection.source)/\(collection.name)"
    }

    private func anchor(_ collection: CollectionHeader) -> String {
        "c-"
            + String(
                path(collection).unicodeScalars.map {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-"
                })
    }

    private func cell(_ value: Value) -> String {
        switch value {
        case .null: return "<span class=\"empty\">\(text(labels.values.empty))</span>"
        case .redacted:
            return "<span class=\"withheld\" title=\"\(text(labels.values.withheldExplanation))\">"
                + "\(text(labels.values.withheld))</span>"
        case .boolean(let flag): return text(labels.yesNo(flag))
        // Identifiers, years and codes are integers too: never digit-grouped.
        case .integer(let number): return text(String(number))
        case .decimal(let number):
            let original = text(number)
            return "<data value=\"\(original)\" title=\"\(original)\">\(text(labels.decimal(number)))</data>"
        case .date(let date):
            guard let words = labels.date(iso: date) else { return text(date) }
            let original = text(date)
            return "<time datetime=\"\(original)\" title=\"\(original)\">\(text(words))</time>"
        case .dateTime(let moment):
            guard let words = labels.dateTime(iso: moment) else { return text(moment) }
            let original = text(moment)
            return "<time datetime=\"\(original)\" title=\"\(original)\">\(text(words))</time>"
        default: return text(value.text ?? "")
        }
    }

    private func section(_ id: String, _ title: SectionText) {
        contents.append((id, title.heading))
        write("<section id=\"\(id)\">\n<h2>\(text(title.heading))</h2>\n<p>\(text(title.intro))</p>\n")
    }

    private func endSection() {
        write("</section>\n")
    }

    private func contact(_ contact: Contact) {
        definitions([
            (labels.fields.name, contact.name), (labels.fields.address, contact.address),
            (labels.fields.email, contact.email), (labels.fields.phone, contact.phone),
            (labels.fields.website, contact.url),
        ])
    }

    private func definitions(_ pairs: [(String, String?)]) {
        write("<dl>\n")
        for (term, value) in pairs {
            guard let value, !value.isEmpty else { continue }
            write("<dt>\(text(term))</dt><dd>\(text(value))</dd>\n")
        }
        write("</dl>\n")
    }

    private func table(_ columns: [String], _ rows: [[String]]) {
        write("<div class=\"scroll\"><table>\n<thead><tr>")
        for column in columns { write("<th scope=\"col\">\(text(column))</th>") }
        write("</tr></thead>\n<tbody>\n")
        for row in rows {
            write("<tr>" + row.map { "<td>\(text($0))</td>" }.joined() + "</tr>\n")
        }
        write("</tbody>\n</table></div>\n")
    }

    private func text(_ value: String) -> String { HTMLText.escape(value) }

    private func write(_ html: String) { buffer += html }

    private func flush() throws {
        try (body ?? sink).write(buffer)
        buffer = ""
    }

    /// The page's style: readable on screen and on paper, no external fonts or images.
    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1b1f24;\
        margin:0;background:#f6f7f9}\
        header,main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}\
        header{background:#fff;border-bottom:3px solid #2457a6}\
        h1{font-size:1.8rem;margin:.5rem 0}h2{font-size:1.3rem;margin-top:2rem;color:#2457a6}\
        h3{font-size:1.05rem;margin-top:1.5rem}\
        section{background:#fff;border-radius:6px;padding:.5rem 1.25rem 1rem;margin:1rem 0;\
        box-shadow:0 1px 2px rgba(0,0,0,.08)}\
        .lead{font-size:1.1rem}.meta,.count,.category{color:#57606a;font-size:.9rem}\
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}\
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92rem}\
        th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}\
        th{background:#eef2f7}td{overflow-wrap:break-word}\
        .empty{color:#8c959f;font-style:italic}.withheld{background:#fff3cd;padding:0 .25rem;border-radius:3px}\
        .rights li{margin:.35rem 0}dl.fields{font-size:.92rem}\
        .chunk{content-visibility:auto;contain-intrinsic-size:auto 24rem}\
        .partial{background:#fff4e5;border-left:4px solid #b54708;padding:.25rem 1rem;margin:1rem 0}\
        nav.contents{background:#fff;border-radius:6px;padding:.5rem 1.25rem;margin:1rem 0}nav.contents ol ol{font-size:.95rem}\
        @media print{body{background:#fff}section{box-shadow:none;border:1px solid #d0d7de}.scroll{overflow:visible}}
        """
}
