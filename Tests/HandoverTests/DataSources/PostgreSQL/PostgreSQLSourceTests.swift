import Foundation
import GRDB
import HandoverTesting
import Testing

@testable import Handover

/// The `postgresql` kind against a real server started for the tests.
@Suite(.requiresPostgreSQL)
struct PostgreSQLSourceTests {
    @Test func passesTheConformanceSuite() async throws {
        try await DataSourceConformance(PostgreSQLFixture(server: try TestPostgreSQLServer.shared)).run()
    }

    /// The quickstart's shop copied from SQLite into PostgreSQL gives the same records.
    @Test func theQuickstartFromPostgreSQLMatchesTheQuickstartFromSQLite() async throws {
        let (_, _, directory) = try Self.quickstartInPostgreSQL()
        for subject in ["email=alice@example.com", "email= BOB@example.com", "phone=+31612345678"] {
            let sqlite = try await Fixtures.export([subject], in: directory, to: "sqlite.zip")
            let configuration = try ConfigurationLoader().load(
                from: directory.url.appendingPathComponent("postgresql.yaml"))
            let postgres = directory.url.appendingPathComponent("postgresql.zip")
            _ = try await Exporter(configuration: configuration).export(
                ExportRequest(identifiers: [try SubjectIdentifier(parsing: subject)], deterministic: true),
                to: postgres,
                replacingExisting: true)
            // Records without an exported id are named by another field.
            let names = ["login_events": "at", "subscriptions": "subscribed_at"]
            let expected = try Fixtures.recordIDs(in: sqlite, idField: names)
            #expect(try Fixtures.recordIDs(in: postgres, idField: names) == expected, "\(subject)")
            #expect(expected.values.map(\.count).reduce(0, +) > 0)
            try FileManager.default.removeItem(at: sqlite)
        }
    }

    /// The quickstart with its shop copied into a new database, and `postgresql.yaml` reading it.
    private static func quickstartInPostgreSQL() throws -> (TestPostgreSQLServer, String, TemporaryDirectory) {
        let server = try TestPostgreSQLServer.shared
        let database = try server.createDatabase()
        try server.psql(
            try Self.copyOfSQLite(Fixtures.quickstart.appendingPathComponent("shop.sqlite")), database: database)
        let directory = try Fixtures.quickstartCopy()
        let yaml = try String(contentsOf: directory.url.appendingPathComponent("handover.yaml"), encoding: .utf8)
        let fromPostgreSQL = yaml.replacingOccurrences(
            of: "kind: sqlite\n    path: shop.sqlite", with: "kind: postgresql\n    url: \(server.url(database))")
        #expect(fromPostgreSQL != yaml)
        try directory.write("postgresql.yaml", fromPostgreSQL)
        return (server, database, directory)
    }

    /// `handover check` on the database: passes as loaded; a new column and a new table fail, named.
    @Test func schemaDriftFailsTheCheck() async throws {
        let (server, database, directory) = try Self.quickstartInPostgreSQL()
        let file = directory.url.appendingPathComponent("postgresql.yaml")
        let before = await LiveSourceCheck().check(configurationAt: file)
        #expect(before.isValid, "\(before.diagnostics)")
        try server.psql(
            """
            ALTER TABLE customers ADD COLUMN date_of_birth date;
            CREATE SCHEMA crm; CREATE TABLE crm.call_notes (id int PRIMARY KEY, customer_id int, note text);
            """, database: database)
        let after = await LiveSourceCheck().check(configurationAt: file)
        #expect(after.diagnostics.map(\.code) == [.tableUndescribed, .fieldUndescribed], "\(after.diagnostics)")
        #expect(
            after.diagnostics.map(\.message) == [
                "shop holds tables no collection describes: crm.call_notes",
                "shop/customers holds fields the configuration does not describe: date_of_birth",
            ])
    }

    @Test func typesAreKept() async throws {
        let server = try TestPostgreSQLServer.shared
        let database = try server.createDatabase()
        try server.psql(
            """
            CREATE SCHEMA sales;
            CREATE TABLE sales.things (
                id integer, email text, amount numeric(12,3), at timestamptz, day date, flag boolean,
                raw bytea, uid uuid, doc jsonb, tags text[], ratio double precision);
            INSERT INTO sales.things VALUES (7, 'ann@example.com', 12.500, '2024-05-01 12:00:00+02', '2024-02-29',
                true, '\\x00ff', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b": [1, 2]}', '{x,"y z"}', 0.25);
            INSERT INTO sales.things VALUES (8, 'bob@example.com', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
            """, database: database)
        let collection = CollectionConfiguration(
            name: "things", table: "sales.things", identities: ["email": ["email"]], purposes: ["essential.service"],
            legalBasis: .contract, retention: Retention(description: "A year."), fields: [:])
        let source = PostgreSQLSource(
            SourceConfiguration(id: "pg", kind: "postgresql", collections: [collection]),
            settings: .init(url: server.url(database)), passwordFile: nil)
        #expect(
            try await source.fieldNames(of: collection) == [
                "id", "email", "amount", "at", "day", "flag", "raw", "uid", "doc", "tags", "ratio",
            ])
        var records: [Handover.Record] = []
        let keys = KeySet(memoryLimit: 100)
        _ = try keys.insert("ann@example.com")
        try await source.scan(
            collection,
            matching: MatchCriteria(conditions: [.init(field: "email", normalization: .email(.init()), values: keys)])
        ) { records.append($0) }
        let record = try #require(records.first)
        #expect(records.count == 1)
        #expect(record["id"] == Value.integer(7))
        #expect(record["amount"] == Value.decimal("12.500"))
        #expect(record["at"] == Value.dateTime("2024-05-01T10:00:00Z"))
        #expect(record["day"] == Value.date("2024-02-29"))
        #expect(record["flag"] == Value.boolean(true))
        #expect(record["raw"] == Value.binary(Data([0, 255])))
        #expect(record["uid"] == Value.string("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"))
        #expect(record["doc"] == Value.string(#"{"b": [1, 2]}"#))
        #expect(record["tags"] == Value.string(#"{x,"y z"}"#))
        #expect(record["ratio"] == Value.decimal("0.25"))
    }

    @Test func aPasswordInTheURLIsRefused() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "handover.yaml",
            Fixtures.configurationHeader + """
                sources:
                  - id: shop
                    kind: postgresql
                    url: postgresql://handover:s3cret@db.example/shop
                    collections: []

                """)
        let error = #expect(throws: HandoverError.self) {
            _ = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        }
        #expect(error?.description.contains("the url holds a password") == true)
        #expect(error?.description.contains("s3cret") == false)
    }

    @Test func aMissingPasswordVariableIsNamedNotGuessed() async throws {
        let collection = CollectionConfiguration(
            name: "things", identities: ["email": ["email"]], purposes: ["essential.service"], legalBasis: .contract,
            retention: Retention(description: "A year."), fields: [:])
        let source = PostgreSQLSource(
            SourceConfiguration(id: "pg", kind: "postgresql", collections: [collection]),
            settings: .init(url: try TestPostgreSQLServer.shared.url(), passwordEnv: "HANDOVER_TEST_UNSET_PASSWORD"),
            passwordFile: nil)
        let error = await #expect(throws: HandoverError.self) { _ = try await source.fieldNames(of: collection) }
        #expect(error?.description.contains("HANDOVER_TEST_UNSET_PASSWORD") == true)
    }

    /// SQL that recreates an SQLite database's tables (INTEGER, TEXT and REAL columns) and rows.
    static func copyOfSQLite(_ file: URL) throws -> String {
        let queue = try DatabaseQueue(path: file.path)
        defer { try? queue.close() }
        return try queue.read { db in
            var sql = ""
            for table in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
            {
                let columns = try Row.fetchAll(
                    db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table])
                let definitions = columns.map { column -> String in
                    let type: String = column["type"]
                    let postgres =
                        type.uppercased().contains("INT")
                        ? "bigint" : type.uppercased() == "REAL" ? "double precision" : "text"
                    return "\"\(column["name"] as String)\" \(postgres)"
                }
                sql += "CREATE TABLE \"\(table)\" (\(definitions.joined(separator: ", ")));\n"
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"") {
                    let values = row.databaseValues.map { value -> String in
                        switch value.storage {
                        case .null: "NULL"
                        case .int64(let number): String(number)
                        case .double(let number): "\(number)"
                        case .string(let text): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
                        case .blob: "NULL"
                        }
                    }
                    sql += "INSERT INTO \"\(table)\" VALUES (\(values.joined(separator: ", ")));\n"
                }
            }
            return sql
        }
    }
}

/// A table `people` (text columns and a bigint `score`) in a database of its own.
private struct PostgreSQLFixture: ConformanceFixture {
    let server: TestPostgreSQLServer
    let keepsTypes = true

    func source(holding dataset: ConformanceDataset, collection: CollectionConfiguration, in directory: URL) throws
        -> ConformanceSource
    {
        let database = try server.createDatabase()
        func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        var sql = "CREATE TABLE people (id text, email text, note text, score bigint);\n"
        for row in dataset.rows {
            sql +=
                "INSERT INTO people VALUES (\(literal(row.id)), \(literal(row.email)), \(literal(row.note)), "
                + "\(row.score.map(String.init) ?? "NULL"));\n"
        }
        try server.psql(sql, database: database)
        return source(server.url(database), collection)
    }

    func missingSource(collection: CollectionConfiguration, in directory: URL) -> ConformanceSource? {
        source(server.url("no_such_database"), collection)
    }

    func malformedSource(collection: CollectionConfiguration, in directory: URL) -> ConformanceSource? { nil }

    func line(ofRow index: Int, in dataset: ConformanceDataset) -> Int? { nil }

    private func source(_ url: String, _ collection: CollectionConfiguration) -> ConformanceSource {
        ConformanceSource(
            SourceConfiguration(
                id: "postgresql", kind: "postgresql", settings: ["url": .scalar(url)], collections: [collection]))
    }
}
