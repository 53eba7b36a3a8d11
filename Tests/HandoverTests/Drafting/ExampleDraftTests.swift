import Foundation
import Testing
import ZIPFoundation

@testable import Handover

/// `handover init` on each controller example's data: after the reviews its `# REVIEW:` comments
/// ask for (written out below, one per comment acted on), the draft gives each subject the records
/// the hand-written configuration gives — no fewer, and none of anyone else.
struct ExampleDraftTests {
    /// One example: where its data is, whom to export, and what its reviewer changes.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var defaultCountry: String
        /// The chosen subject, the near-collision subject, and others who share something with them.
        var subjects: [String]
        /// The reviewer's edits: text of the draft replaced, each tied to the comment that asks for it.
        var reviews: [(of: String, with: String)] = []
        /// Discovery lines the reviewer removes ("the subject's own … is searched for in every other
        /// collection"), as collection → identity type: the hand-written configurations search for
        /// e-mail addresses only where the subject gave them.
        var undiscovered: [(collection: String, type: String)] = []
        /// Collections the reviewer removes (a view, or the table its views read).
        var removed: [String] = []
        /// Hand-written collection names → the draft's (named after their files; two views of one table).
        var renamed: [String: String] = [:]

        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "ajos", defaultCountry: "DK",
            subjects: [
                "email=ida.holm@nordbyg.example", "email=frida.holm@nordbyg.example", "email=idaholm@post.example",
                "phone=+4520654321",
            ],
            // "a view: … keep the view or those tables (list the others under the source's 'ignore')":
            // the table stays, as other collections point to it.
            reviews: [
                (
                    "    path: crm.sqlite\n",
                    "    path: crm.sqlite\n    ignore: [portal_company_users, portal_private_users]\n"
                )
            ],
            undiscovered: [("representatives", "email"), ("private_customers", "phone")],
            removed: ["portal_company_users", "portal_private_users"],
            renamed: [
                "portal_activity": "smartbyg_activity", "portal_company_users": "portal_users",
                "portal_private_users": "portal_users",
            ]),
        Case(
            name: "ajusto", defaultCountry: "BE",
            subjects: ["email=an.claes@example.net", "email=jan.claes@example.net", "phone=+32478654321"],
            undiscovered: [("customers", "email")]),
        Case(
            name: "alsjelieft", defaultCountry: "NL",
            subjects: ["email=sanne.dejong@gmail.com", "phone=+31687654321"],
            // "add 'domains:' rules where a provider ignores dots or +tags": the shop's newsletter
            // holds a Gmail address with a +tag.
            reviews: [
                (
                    "  email: email  # REVIEW: addresses are trimmed",
                    "  email: { normalize: email, domains: { gmail.com: { ignore_dots: true, strip_plus: true } } }  #"
                )
            ],
            undiscovered: [("accounts", "email")],
            renamed: ["contact_moments": "contact"]),
        Case(
            name: "jetstax", defaultCountry: "RO",
            subjects: ["email=oana.marin@webstudio.example", "email=ioana.marin@webstudio.example"],
            undiscovered: [("customers", "email")]),
        Case(
            name: "jsm", defaultCountry: "BE",
            subjects: ["email=lien.maes@example.be", "email=celien.maes@example.be", "phone=+32478654321"],
            undiscovered: [("customers", "email")]),
    ]

    @Test(arguments: cases)
    func theReviewedDraftGivesTheHandWrittenRecords(example: Case) async throws {
        let directory = try TemporaryDirectory()
        let folder = directory.url.appendingPathComponent(example.name)
        try FileManager.default.copyItem(
            at: Fixtures.packageRoot.appendingPathComponent("Examples/\(example.name)"), to: folder)
        let draft = try await ConfigurationDrafter(defaultCountry: example.defaultCountry)
            .draft([.path(folder)], relativeTo: folder)
        var yaml = draft.yaml
        for review in example.reviews {
            #expect(yaml.contains(review.of), "\(review.of)")
            yaml = yaml.replacingOccurrences(of: review.of, with: review.with)
        }
        for (collection, type) in example.undiscovered {
            let before = yaml
            yaml = Self.removingDiscovery(of: type, in: collection, from: yaml)
            #expect(yaml != before, "\(collection) \(type)")
        }
        for name in example.removed {
            let before = yaml
            yaml = Self.removingCollection(name, from: yaml)
            #expect(yaml != before, "\(name)")
        }
        let draftFile = folder.appendingPathComponent("draft.yaml")
        try Data(yaml.utf8).write(to: draftFile)
        let report = await LiveSourceCheck().check(configurationAt: draftFile)
        #expect(report.isValid, "\(report.diagnostics.map(\.description))")

        var compared = 0
        for subject in example.subjects {
            let handWritten = Dictionary(
                try await Self.records(of: subject, configuredAt: folder.appendingPathComponent("handover.yaml"))
                    .map { (example.renamed[$0.key] ?? $0.key, $0.value) },
                uniquingKeysWith: +)
            let drafted = try await Self.records(of: subject, configuredAt: draftFile)
            #expect(Set(drafted.keys) == Set(handWritten.keys), "\(subject)")
            for (collection, records) in handWritten {
                let draftedRecords = drafted[collection] ?? []
                // Compared on the fields both export (the draft may export what the hand-written
                // configuration withholds, and the reverse) and neither withholds.
                let shared = Set(records.flatMap(\.keys)).intersection(draftedRecords.flatMap(\.keys))
                    .filter { field in !(records + draftedRecords).contains { $0[field] == Self.withheld } }
                #expect(shared.count >= 2, "\(subject) \(collection)")
                #expect(
                    Self.projected(draftedRecords, on: shared) == Self.projected(records, on: shared),
                    "\(subject) \(collection)")
            }
            compared += handWritten.values.map(\.count).reduce(0, +)
        }
        #expect(compared > 10)
    }

    /// The draft without the collection `name` (its lines up to the next collection or source).
    static func removingCollection(_ name: String, from yaml: String) -> String {
        var kept: [Substring] = []
        var skipping = false
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("      - name: ") || line.hasPrefix("  - id: ") {
                skipping = line == "      - name: \(name)"
            }
            if !skipping { kept.append(line) }
        }
        return kept.joined(separator: "\n")
    }

    /// The draft without the discovery of `type` in `collection` (the line and its review comment).
    static func removingDiscovery(of type: String, in collection: String, from yaml: String) -> String {
        var kept: [Substring] = []
        var inCollection = false
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("      - name: ") || line.hasPrefix("  - id: ") {
                inCollection = line == "      - name: \(collection)"
            }
            if inCollection && line.hasPrefix("          \(type): ")
                && line.contains("# REVIEW: the subject's own \(type) in these records is searched for")
            {
                continue
            }
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// How a withheld value (other people's data) reads after ``normalized(_:)``.
    static let withheld = "withheld"

    /// A value as text, alike for both configurations: the hand-written one types what the draft
    /// leaves as text (`false` for `0`, a date-time for `2024-05-01 10:00:00`, null for an empty CSV field).
    static func normalized(_ value: Any) -> String {
        switch value {
        case is NSNull: return ""
        case let flag as Bool where !(value is Int): return flag ? "1" : "0"
        case let number as NSNumber: return number.stringValue
        case let text as String:
            if text.hasPrefix("[withheld") { return withheld }
            if text == "true" || text == "false" { return text == "true" ? "1" : "0" }
            var characters = Array(text)
            if characters.count >= 19, characters[10] == " ", ValueProfile.isDate(String(characters[0..<10])) {
                characters[10] = "T"
            }
            return String(characters)
        default:
            let data = (try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// The records of each collection with records in `subject`'s bundle: field → value (``normalized(_:)``).
    static func records(of subject: String, configuredAt file: URL) async throws -> [String: [[String: String]]] {
        let configuration = try ConfigurationLoader().load(from: file)
        let bundle = file.deletingLastPathComponent().appendingPathComponent("compare-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: bundle) }
        _ = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [try SubjectIdentifier(parsing: subject)], deterministic: true), to: bundle)
        let archive = try Archive(url: bundle, accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive["data.json"])) { data.append($0) }
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var result: [String: [[String: String]]] = [:]
        for collection in try #require(root["collections"] as? [[String: Any]]) {
            let records = try #require(collection["records"] as? [[String: Any]])
            guard !records.isEmpty else { continue }
            result[try #require(collection["name"] as? String)] = records.map { record in
                record.compactMapValues { field in ((field as? [String: Any])?["value"]).map(Self.normalized) }
            }
        }
        return result
    }

    /// The records cut down to `fields`, as sorted lines, for comparing two multisets of records.
    static func projected(_ records: [[String: String]], on fields: Set<String>) -> [String] {
        records.map { record in
            fields.sorted().map { "\($0)=\(record[$0] ?? "")" }.joined(separator: "\u{1F}")
        }.sorted()
    }
}
