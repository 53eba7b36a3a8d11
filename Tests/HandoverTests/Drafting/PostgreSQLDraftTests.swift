import Foundation
import Testing

@testable import Handover

/// `handover init` on a PostgreSQL database: tables, declared keys, and the same draft decisions
/// as for SQLite.
@Suite(.requiresPostgreSQL)
struct PostgreSQLDraftTests {
    @Test func theQuickstartShopInPostgreSQLDraftsToTheSameRecords() async throws {
        let server = try TestPostgreSQLServer.shared
        let database = try server.createDatabase()
        // Keys declared for customers and orders; order_items and login_events are linked by name.
        try server.psql(
            try PostgreSQLSourceTests.copyOfSQLite(Fixtures.quickstart.appendingPathComponent("shop.sqlite"))
                + """
                ALTER TABLE customers ADD PRIMARY KEY (id);
                ALTER TABLE orders ADD PRIMARY KEY (id);
                ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id);
                CREATE SCHEMA audit;
                CREATE TABLE audit.exports (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id),
                    at timestamptz);
                """, database: database)
        let directory = try Fixtures.quickstartCopy()
        let draft = try await ConfigurationDrafter(defaultCountry: "NL").draft(
            [
                .postgreSQL(url: server.url(database), passwordEnv: nil),
                .path(directory.url.appendingPathComponent("newsletter.csv")),
                .path(directory.url.appendingPathComponent("tickets.jsonl")),
            ], relativeTo: directory.url)
        let shop = try #require(draft.sources.first)
        #expect(shop.kind == "postgresql")
        #expect(shop.settings.map(\.key) == ["url"])
        let names = shop.collections.map(\.name)
        #expect(Set(names) == ["audit_exports", "customers", "orders", "order_items", "login_events"])
        let audit = try #require(shop.collections.first { $0.name == "audit_exports" })
        #expect(audit.table == "audit.exports")
        #expect(audit.references.map(\.to) == ["customers.id"])
        #expect(audit[field: "at"]?.type == nil)
        let orders = try #require(shop.collections.first { $0.name == "orders" })
        #expect(orders.references.first?.review.contains("declared foreign key") == true)
        let items = try #require(shop.collections.first { $0.name == "order_items" })
        #expect(items.references.map(\.to) == ["orders.id"])
        #expect(items.references.first?.review.contains("guessed from the name") == true)
        #expect(try #require(shop.collections.first { $0.name == "customers" })[field: "created_at"]?.type == .dateTime)
        let file = try directory.write("draft.yaml", ConfigurationDrafterTests.reviewed(draft.yaml))
        let report = ConfigurationValidator().validate(configurationAt: file)
        #expect(report.isValid, "\(report.diagnostics)")
        try await DraftComparison.expectSameRecords(draftAt: file, in: directory)
    }
}
