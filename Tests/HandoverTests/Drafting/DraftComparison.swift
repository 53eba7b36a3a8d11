import Foundation
import GRDB
import Testing

@testable import Handover

/// Exports subjects with a drafted configuration and with the quickstart's hand-written one and
/// compares what each subject receives.
enum DraftComparison {
    /// Records without an exported `id` are named by another field.
    static let idFields = ["login_events": "at", "subscriptions": "subscribed_at", "newsletter": "subscribed_at"]

    /// The drafted collection names of the quickstart's hand-written ones.
    static let draftedNames = ["subscriptions": "newsletter"]

    /// Every e-mail address and phone number the quickstart's data holds, as subject identifiers:
    /// customers', billing, newsletter and ticket addresses, account and caller phones.
    static func quickstartSubjects() throws -> [String] {
        let queue = try DatabaseQueue(path: Fixtures.quickstart.appendingPathComponent("shop.sqlite").path)
        defer { try? queue.close() }
        var subjects = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT email FROM customers UNION SELECT billing_email FROM orders")
                .map { "email=\($0)" }
                + String.fetchAll(db, sql: "SELECT phone FROM customers WHERE phone IS NOT NULL").map { "phone=\($0)" }
        }
        let newsletter = try String(
            contentsOf: Fixtures.quickstart.appendingPathComponent("newsletter.csv"), encoding: .utf8)
        for line in newsletter.split(separator: "\n").dropFirst() {
            let first = line.split(separator: ",").first.map(String.init) ?? ""
            if first.contains("@") { subjects.append("email=\(first)") }
        }
        let tickets = try String(
            contentsOf: Fixtures.quickstart.appendingPathComponent("tickets.jsonl"), encoding: .utf8)
        for line in tickets.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if let email = object["customer_email"] as? String { subjects.append("email=\(email)") }
            if let phone = object["caller_phone"] as? String { subjects.append("phone=\(phone)") }
        }
        return Array(Set(subjects)).sorted()
    }

    /// Exports `subject` with the configuration at `configurationFile` into `directory`, and
    /// returns the records' ids per collection that has any (hand-written names).
    static func records(
        of subject: String, configuredAt configurationFile: URL, in directory: TemporaryDirectory
    ) async throws -> [String: [String: Int]] {
        let configuration = try ConfigurationLoader().load(from: configurationFile)
        let bundle = directory.url.appendingPathComponent("compare-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: bundle) }
        _ = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [try SubjectIdentifier(parsing: subject)], deterministic: true), to: bundle)
        Fixtures.expectValidBundle(bundle)
        let ids = try Fixtures.recordIDs(in: bundle, idField: idFields)
        let handWritten = Dictionary(uniqueKeysWithValues: draftedNames.map { ($1, $0) })
        // Collections without records are left out: a draft may hold tables the hand-written
        // configuration does not (an audit table nothing of the subject is in).
        return Dictionary(uniqueKeysWithValues: ids.filter { !$1.isEmpty }.map { (handWritten[$0] ?? $0, $1) })
    }

    /// Expects every quickstart subject to receive the same records from the draft at
    /// `draftFile` as from the hand-written configuration in `directory`.
    static func expectSameRecords(
        draftAt draftFile: URL, in directory: TemporaryDirectory, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let handWritten = directory.url.appendingPathComponent("handover.yaml")
        var compared = 0
        for subject in try quickstartSubjects() {
            let expected = try await records(of: subject, configuredAt: handWritten, in: directory)
            let drafted = try await records(of: subject, configuredAt: draftFile, in: directory)
            #expect(drafted == expected, "\(subject)", sourceLocation: sourceLocation)
            compared += expected.values.map(\.count).reduce(0, +)
        }
        #expect(compared > 50, sourceLocation: sourceLocation)
    }
}
