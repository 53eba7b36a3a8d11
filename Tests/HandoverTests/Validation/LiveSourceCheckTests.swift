import Foundation
import GRDB
import Testing

@testable import Handover

/// `handover check`'s library side: a configuration against its live sources.
struct LiveSourceCheckTests {
    @Test(arguments: ["quickstart", "ajos", "ajusto", "alsjelieft", "jetstax", "jsm"])
    func everyExamplePassesAsShipped(example: String) async {
        let report = await LiveSourceCheck().check(
            configurationAt: Fixtures.packageRoot.appendingPathComponent("Examples/\(example)/handover.yaml"))
        #expect(report.isValid, "\(report.diagnostics.map(\.description))")
        #expect(report.checks.contains("sources"))
    }

    @Test func anAddedColumnFailsAndIsNamedWithASnippet() async throws {
        let directory = try Fixtures.quickstartCopy()
        let queue = try DatabaseQueue(path: directory.url.appendingPathComponent("shop.sqlite").path)
        try await queue.write { try $0.execute(sql: "ALTER TABLE customers ADD COLUMN date_of_birth TEXT") }
        try queue.close()
        let report = await LiveSourceCheck().check(
            configurationAt: directory.url.appendingPathComponent("handover.yaml"))
        #expect(!report.isValid)
        #expect(report.diagnostics.map(\.code) == [.fieldUndescribed])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message == "shop/customers holds fields the configuration does not describe: date_of_birth")
        #expect(diagnostic.hint?.contains("date_of_birth: { category:") == true)
    }

    @Test func aDescribedFieldThatIsGoneAndAnExportedCredentialFail() async throws {
        let directory = try Fixtures.quickstartCopy()
        let file = directory.url.appendingPathComponent("handover.yaml")
        var yaml = try String(contentsOf: file, encoding: .utf8)
        let before = yaml
        // The tickets' JSON Lines gain no 'priority', and the newsletter's token is exported.
        yaml = yaml.replacingOccurrences(
            of: "          subject: { category: user.content.private, provenance: provided }",
            with: "          subject: { category: user.content.private, provenance: provided }\n"
                + "          priority: { category: user.content.private, provenance: observed }")
        yaml = yaml.replacingOccurrences(
            of: "unsubscribe_token: secret",
            with: "unsubscribe_token: { category: user.unique_id, provenance: observed }")
        #expect(yaml.occurrences(of: "priority:") == 1 && yaml != before)
        try Data(yaml.utf8).write(to: file)
        let report = await LiveSourceCheck().check(configurationAt: file)
        #expect(Set(report.diagnostics.map(\.code)) == [.fieldMissing, .secretExported], "\(report.diagnostics)")
        #expect(report.diagnostics.contains { $0.message.contains("'priority'") })
        #expect(report.diagnostics.contains { $0.message.contains("'unsubscribe_token'") })
    }

    @Test(arguments: [
        ("password_hash", true), ("apiToken", true), ("reset-token", true), ("api_key", true), ("salt", true),
        ("tokenizer", false), ("hashtag_count", false), ("email", false), ("passport_number", false),
    ])
    func credentialNamesAreRecognisedByWord(name: String, secret: Bool) {
        #expect(LiveSourceCheck.looksSecret(name) == secret)
    }
}
