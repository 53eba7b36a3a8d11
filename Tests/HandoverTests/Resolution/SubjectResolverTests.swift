import Foundation
import GRDB
import Testing

@testable import Handover

/// One rule of resolution per test, through ``Exporter`` as the CLI runs it; record ids are read back
/// from the bundle's `data.json`.
struct SubjectResolverTests {
    private let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    // MARK: - Discovery

    @Test func discoveryPastItsCapStopsTheExport() async throws {
        try database(
            """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, phone TEXT);
            INSERT INTO customers VALUES (1, 'bob@x.com', '0470 00 00 01'), (2, 'BOB@x.com', '0470 00 00 02'),
                                         (3, 'alice@x.com', '0470 00 00 03');
            """)
        try directory.write("calls.csv", "id,caller\r\nC1,+32470000001\r\nC2,+32470000003\r\n")
        let shop = Self.source(
            "shop", kind: "sqlite", path: "shop.sqlite",
            [
                Self.collection(
                    "customers", fields: ["id", "email", "phone"], identities: "{ email: email }",
                    discovers: "{ phone: phone }")
            ])
        let calls = Self.source(
            "telephony", kind: "csv", path: "calls.csv",
            [Self.collection("calls", fields: ["id", "caller"], identities: "{ phone: caller }")])

        try configure([shop, calls], discoveryCap: 2)
        #expect(
            try await export([.init(type: "email", value: "bob@x.com")], to: "within-cap.zip") == [
                "customers": ["1": 1, "2": 1], "calls": ["C1": 1],
            ])

        try configure([shop, calls], discoveryCap: 1)
        let error = await #expect(throws: HandoverError.self) {
            _ = try await export([.init(type: "email", value: "bob@x.com")])
        }
        #expect(error?.code == .dataInvalid)
        #expect(error?.description.contains("more than 1 phone identifiers") == true)
        #expect(error?.description.contains("shop/customers.phone") == true)
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("bundle.zip").path))
    }

    // MARK: - References

    @Test func threeHopReferenceChain() async throws {
        try database(
            """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);
            CREATE TABLE items (id INTEGER PRIMARY KEY, order_id INTEGER);
            CREATE TABLE returns (id INTEGER PRIMARY KEY, item_id INTEGER);
            INSERT INTO customers VALUES (1, 'bob@x.com'), (2, 'jimbob@x.com');
            INSERT INTO orders VALUES (10, 1), (11, 2), (12, NULL), (13, 3);
            INSERT INTO items VALUES (100, 10), (101, 11), (102, 10), (103, NULL), (104, 12);
            INSERT INTO returns VALUES (1000, 100), (1001, 101), (1002, 102), (1003, NULL), (1004, 999);
            """)
        try configure([
            Self.source(
                "shop", kind: "sqlite", path: "shop.sqlite",
                [
                    Self.collection("customers", fields: ["id", "email"], identities: "{ email: email }"),
                    Self.collection(
                        "orders", fields: ["id", "customer_id"], references: ["customer_id": "customers.id"]),
                    Self.collection("items", fields: ["id", "order_id"], references: ["order_id": "orders.id"]),
                    Self.collection("returns", fields: ["id", "item_id"], references: ["item_id": "items.id"]),
                ])
        ])
        #expect(
            try await export([.init(type: "email", value: "bob@x.com")]) == [
                "customers": ["1": 1], "orders": ["10": 1], "items": ["100": 1, "102": 1],
                "returns": ["1000": 1, "1002": 1],
            ])
    }

    @Test func crossSourceReferencesBetweenCSVAndSQLite() async throws {
        try database(
            """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT);
            CREATE TABLE payments (id INTEGER PRIMARY KEY, invoice_number TEXT);
            INSERT INTO customers VALUES (1, 'bob@x.com'), (2, 'alice@x.com');
            INSERT INTO payments VALUES (1, 'A1'), (2, 'A4'), (3, 'a1'), (4, NULL), (5, 'A1 ');
            """)
        // Keys are compared as exact text: ' 1', '01' and '1.0' are not customer 1.
        try directory.write(
            "invoices.csv",
            "number,customer_id\r\nA1,1\r\nA2, 1\r\nA3,01\r\nA4,2\r\nA5,\r\nA6,1.0\r\nA7,1\r\n")
        try configure([
            Self.source(
                "shop", kind: "sqlite", path: "shop.sqlite",
                [
                    Self.collection("customers", fields: ["id", "email"], identities: "{ email: email }"),
                    Self.collection(
                        "payments", fields: ["id", "invoice_number"],
                        references: ["invoice_number": "billing/invoices.number"]),
                ]),
            Self.source(
                "billing", kind: "csv", path: "invoices.csv",
                [
                    Self.collection(
                        "invoices", fields: ["number", "customer_id"], references: ["customer_id": "shop/customers.id"])
                ]),
        ])
        #expect(
            try await export([.init(type: "email", value: "bob@x.com")], idField: ["invoices": "number"]) == [
                "customers": ["1": 1], "payments": ["1": 1], "invoices": ["A1": 1, "A7": 1],
            ])
    }

    @Test(.timeLimit(.minutes(1)))
    func referenceCyclesTerminate() async throws {
        try database(
            """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, referred_by INTEGER);
            CREATE TABLE referrals (id INTEGER PRIMARY KEY, referrer_id INTEGER);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, replaces_order_id INTEGER);
            -- customers 1 and 3 refer each other: customers -> referrals -> customers.
            INSERT INTO customers VALUES (1, 'bob@x.com', 51), (2, 'alice@x.com', NULL), (3, 'carol@x.com', 50);
            INSERT INTO referrals VALUES (50, 1), (51, 3), (52, 2);
            -- 13 and 14 replace 10 in a chain; 11 and 12 replace each other; 15 replaces itself.
            INSERT INTO orders VALUES (10, 1, NULL), (11, NULL, 12), (12, NULL, 11), (13, NULL, 10), (14, NULL, 13),
                                      (15, 2, 15), (16, 3, 16);
            """)
        try configure([
            Self.source(
                "shop", kind: "sqlite", path: "shop.sqlite",
                [
                    Self.collection(
                        "customers", fields: ["id", "email", "referred_by"], identities: "{ email: email }",
                        references: ["referred_by": "referrals.id"]),
                    Self.collection(
                        "referrals", fields: ["id", "referrer_id"], references: ["referrer_id": "customers.id"]),
                    Self.collection(
                        "orders", fields: ["id", "customer_id", "replaces_order_id"],
                        references: ["customer_id": "customers.id", "replaces_order_id": "orders.id"]),
                ])
        ])
        let events = EventLog()
        #expect(
            try await export([.init(type: "email", value: "bob@x.com")], events: events) == [
                "customers": ["1": 1, "3": 1], "referrals": ["50": 1, "51": 1],
                "orders": ["10": 1, "13": 1, "14": 1, "16": 1],
            ])
        #expect(events.entries.count < 20, "resolution scans: \(events.entries)")
    }

    // MARK: - Many keys

    /// 700 customers of the subject give 700 keys: past 500, the SQLite source matches against a
    /// temporary table. Orders matched by both their e-mail and their customer must come once.
    private func manyKeys() throws {
        var sql = """
            CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT);
            CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, billing_email TEXT);
            CREATE TABLE items (id INTEGER PRIMARY KEY, order_id);

            """
        for id in 1...800 {
            let email = id <= 700 ? "bob@x.com" : "alice@x.com"
            sql += "INSERT INTO customers VALUES (\(id), '\(email)');\n"
            sql += "INSERT INTO orders VALUES (\(id + 10_000), \(id), '\(id.isMultiple(of: 2) ? email : "")');\n"
            // items.order_id has no declared type and holds integers.
            sql += "INSERT INTO items VALUES (\(id + 20_000), \(id + 10_000));\n"
        }
        try database(sql)
        try configure([
            Self.source(
                "shop", kind: "sqlite", path: "shop.sqlite",
                [
                    Self.collection("customers", fields: ["id", "email"], identities: "{ email: email }"),
                    Self.collection(
                        "orders", fields: ["id", "customer_id", "billing_email"],
                        identities: "{ email: billing_email }", references: ["customer_id": "customers.id"]),
                    Self.collection("items", fields: ["id", "order_id"], references: ["order_id": "orders.id"]),
                ])
        ])
    }

    @Test func moreKeysThanBoundParametersReturnEachRowOnce() async throws {
        try manyKeys()
        let ids = try await export([.init(type: "email", value: "bob@x.com")])
        #expect(ids["customers"] == Dictionary(uniqueKeysWithValues: (1...700).map { (String($0), 1) }))
        #expect(ids["orders"] == Dictionary(uniqueKeysWithValues: (1...700).map { (String($0 + 10_000), 1) }))
        #expect(ids["items"] == Dictionary(uniqueKeysWithValues: (1...700).map { (String($0 + 20_000), 1) }))
    }

    @Test func keySetsSpilledToDiskGiveTheSameBundle() async throws {
        try manyKeys()
        let subject = [SubjectIdentifier(type: "email", value: "bob@x.com")]
        _ = try await export(subject, to: "memory.zip")
        _ = try await export(subject, to: "disk.zip", keyMemoryLimit: 10)
        let memory = try Fixtures.unzip(directory.url.appendingPathComponent("memory.zip"))
        let disk = try Fixtures.unzip(directory.url.appendingPathComponent("disk.zip"))
        #expect(memory["data.json"] == disk["data.json"])
        #expect(memory["data.xml"] == disk["data.xml"])
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomShopsSpilledToDiskGiveTheSameBundle(seed: UInt64) async throws {
        let dataset = ShopDataset(seed: seed)
        try dataset.write(to: directory.url)
        let file = try directory.write(
            "handover.yaml", ShopDataset.configurationYAML(phoneIdentifiesCustomers: dataset.phoneIdentifiesCustomers))
        let configuration = try ConfigurationLoader().load(from: file)
        var bundles: [Data?] = []
        for limit in [KeySet.defaultMemoryLimit, 1] {
            var exporter = Exporter(configuration: configuration)
            exporter.keyMemoryLimit = limit
            let target = directory.url.appendingPathComponent("bundle-\(limit).zip")
            _ = try await exporter.export(
                ExportRequest(identifiers: dataset.request.map { SubjectIdentifier(type: $0.type, value: $0.value) }),
                to: target)
            bundles.append(try Fixtures.unzip(target)["data.json"])
        }
        #expect(bundles[0] == bundles[1], "\(dataset.testDescription)")
    }

    @Test func keySetSpillsPastItsLimitAndKeepsItsValues() throws {
        let values = (0..<50).map { "key-\($0)" }
        let memory = try KeySet(values, memoryLimit: .max)
        let disk = try KeySet(values, memoryLimit: 8)
        #expect(!memory.isSpilled)
        #expect(disk.isSpilled)
        #expect(try !disk.insert("key-3"), "a value already spilled is not new")
        #expect(try disk.insert("key-50"))
        try memory.insert("key-50")
        #expect(disk.count == 51)
        #expect(try disk.contains("key-49") && disk.contains("key-50") && !disk.contains("key-51"))
        var fromMemory: [[String]] = []
        var fromDisk: [[String]] = []
        try memory.forEachBatch(size: 7) { fromMemory.append($0) }
        try disk.forEachBatch(size: 7) { fromDisk.append($0) }
        #expect(fromMemory == fromDisk)
        #expect(fromDisk.joined().sorted() == (values + ["key-50"]).sorted())
    }

    // MARK: - Helpers

    /// Creates `shop.sqlite` from `sql`.
    private func database(_ sql: String) throws {
        let queue = try DatabaseQueue(path: directory.url.appendingPathComponent("shop.sqlite").path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    private func configure(_ sources: [String], discoveryCap: Int = 10) throws {
        try directory.write(
            "handover.yaml",
            Fixtures.configurationHeader + """
                identity_types:
                  email: email
                  phone: { normalize: phone, default_country: BE }
                discovery: { max_per_type: \(discoveryCap) }
                sources:

                """ + sources.joined())
    }

    /// Exports the subject and returns the record ids of every collection that has records.
    private func export(
        _ identifiers: [SubjectIdentifier], to name: String = "bundle.zip",
        keyMemoryLimit: Int = KeySet.defaultMemoryLimit,
        idField: [String: String] = [:], events: EventLog? = nil
    ) async throws -> [String: [String: Int]] {
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        var exporter = Exporter(configuration: configuration)
        exporter.keyMemoryLimit = keyMemoryLimit
        let target = directory.url.appendingPathComponent(name)
        _ = try await exporter.export(ExportRequest(identifiers: identifiers), to: target) { event in
            if case .resolving(let source, let collection, let round) = event {
                events?.add("\(source)/\(collection)#\(round)")
            }
        }
        return try Fixtures.recordIDs(in: target, idField: idField).filter { !$0.value.isEmpty }
    }

    private static func source(_ id: String, kind: String, path: String, _ collections: [String]) -> String {
        "  - id: \(id)\n    kind: \(kind)\n    path: \(path)\n    collections:\n" + collections.joined()
    }

    /// A collection whose fields are all described as observed identifiers.
    private static func collection(
        _ name: String, fields: [String], identities: String? = nil, discovers: String? = nil,
        references: KeyValuePairs<String, String> = [:]
    ) -> String {
        var text = "      - name: \(name)\n"
        if let identities { text += "        identities: \(identities)\n" }
        if let discovers { text += "        discovers: \(discovers)\n" }
        if !references.isEmpty {
            text += "        references:\n"
            for (field, target) in references { text += "          - { field: \(field), to: \(target) }\n" }
        }
        text += """
                    purposes: [essential.service]
                    legal_basis: contract
                    retention: Kept a year.
                    fields:

            """
        for field in fields { text += "          \(field): { category: user.unique_id, provenance: observed }\n" }
        return text
    }
}
