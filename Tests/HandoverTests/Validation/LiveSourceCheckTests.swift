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

    @Test func aNewTableFailsUntilDescribedOrIgnored() async throws {
        let directory = try Fixtures.quickstartCopy()
        let queue = try DatabaseQueue(path: directory.url.appendingPathComponent("shop.sqlite").path)
        try await queue.write {
            try $0.execute(sql: "CREATE TABLE loyalty_cards (id INTEGER PRIMARY KEY, customer_id INTEGER, points INT)")
            try $0.execute(sql: "CREATE VIEW big_orders AS SELECT * FROM orders")
        }
        try queue.close()
        let file = directory.url.appendingPathComponent("handover.yaml")
        let report = await LiveSourceCheck().check(configurationAt: file)
        #expect(report.diagnostics.map(\.code) == [.tableUndescribed], "\(report.diagnostics)")
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.message == "shop holds tables no collection describes: loyalty_cards, big_orders")
        #expect(diagnostic.hint?.hasSuffix("ignore: [loyalty_cards, big_orders]") == true)

        // Listed under 'ignore', they pass; a listed table the database lacks fails, named.
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try Data(
            yaml.replacingOccurrences(
                of: "    path: shop.sqlite\n", with: "    path: shop.sqlite\n    ignore: [loyalty_cards, big_orders]\n"
            ).utf8
        ).write(to: file)
        #expect(await LiveSourceCheck().check(configurationAt: file).isValid)
        try await DatabaseQueue(path: directory.url.appendingPathComponent("shop.sqlite").path).write {
            try $0.execute(sql: "DROP VIEW big_orders")
        }
        let gone = await LiveSourceCheck().check(configurationAt: file)
        #expect(gone.diagnostics.map(\.code) == [.tableMissing])
        #expect(
            gone.diagnostics.first?.message == "shop ignores the table 'big_orders', which the source does not hold")
    }

    @Test func aTableBothIgnoredAndReadIsAConfigurationError() async throws {
        let directory = try Fixtures.quickstartCopy()
        let file = directory.url.appendingPathComponent("handover.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        try Data(
            yaml.replacingOccurrences(
                of: "    path: shop.sqlite\n", with: "    path: shop.sqlite\n    ignore: [orders]\n"
            )
            .utf8
        ).write(to: file)
        #expect(throws: HandoverError.self) { try ConfigurationLoader().load(from: file) }
        let report = await LiveSourceCheck().check(configurationAt: file)
        #expect(report.diagnostics.contains { $0.message.contains("'orders' is both ignored and read") })
    }

    @Test func qualifiedNamesReadTheBareNameTheSearchPathSees() {
        #expect(LiveSourceCheck.surveyedName(of: "public.customers", in: ["customers"]) == "customers")
        #expect(
            LiveSourceCheck.surveyedName(of: "billing.customers", in: ["customers", "billing.customers"])
                == "billing.customers")
        #expect(LiveSourceCheck.surveyedName(of: "customers", in: ["billing.customers"]) == nil)
        #expect(LiveSourceCheck.surveyedName(of: "customer", in: ["customers"]) == nil)
    }

    @Test func aDescribedFieldThatIsGoneAndAnExportedCredentialFail() async throws {
        let directory = try Fixtures.quickstartCopy()
        let file = directory.url.appendingPathComponent("handover.yaml")
        var yaml = try String(contentsOf: file, encoding: .utf8)
        let before = yaml
        // The tickets' JSON Lines gain no 'priority', and the newsletter's token is exported.
        yaml = yaml.replacingOccurrences(
            of: "          subject: { category: user.content.private, provenance: provided,",
            with: "          priority: { category: user.content.private, provenance: observed }\n"
                + "          subject: { category: user.content.private, provenance: provided,")
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
