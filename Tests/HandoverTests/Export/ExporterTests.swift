import Crypto
import Foundation
import Synchronization
import Testing

@testable import Handover

@Suite(.exportsBundles)
struct ExporterTests {
    private func export(
        _ identifiers: [String], in directory: TemporaryDirectory, to name: String = "bundle.zip",
        deterministic: Bool = false
    ) async throws -> (ExportSummary, [String: Data]) {
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let target = directory.url.appendingPathComponent(name)
        let summary = try await Exporter(configuration: configuration).export(
            ExportRequest(
                identifiers: try identifiers.map(SubjectIdentifier.init(parsing:)), deterministic: deterministic),
            to: target)
        return (summary, try Fixtures.unzip(target))
    }

    @Test func quickstartBundleHoldsTheSubjectsRecordsFromEverySource() async throws {
        let directory = try Fixtures.quickstartCopy()
        let (summary, entries) = try await export(["email=alice@example.com"], in: directory)
        #expect(Set(entries.keys) == ["data.json", "data.xml", "manifest.json"])
        let counts = Dictionary(
            uniqueKeysWithValues: summary.manifest.collections.map { ("\($0.source)/\($0.name)", $0.records) })
        // The oracle is the example data itself, queried independently of Handover.
        #expect(counts["shop/customers"] == 1)
        let orders = try sqliteCount(directory, "SELECT count(*) FROM orders WHERE billing_email = 'alice@example.com'")
        #expect(orders > 0)
        #expect(counts["shop/orders"] == orders)
        #expect(counts["newsletter/subscriptions"] == 1)
        let ticketLines = try String(contentsOf: directory.url.appendingPathComponent("tickets.jsonl"), encoding: .utf8)
            .split(separator: "\n").filter { $0.contains("\"customer_email\": \"alice@example.com\"") }
        #expect(counts["support/tickets"] == ticketLines.count)
        let json = String(decoding: entries["data.json"]!, as: UTF8.self)
        #expect(json.occurrences(of: "\"alice@example.com\"") >= 1 + counts["shop/orders"]! + 1 + ticketLines.count)
    }

    @Test func nearCollisionIdentitiesNeverLeak() async throws {
        let directory = try Fixtures.quickstartCopy()
        let (bob, bobEntries) = try await export(["email=bob@example.com"], in: directory, to: "bob.zip")
        let (jimbob, jimbobEntries) = try await export(["email=jimbob@example.com"], in: directory, to: "jimbob.zip")
        for (name, data) in bobEntries where name != "manifest.json" {
            #expect(!String(decoding: data, as: UTF8.self).contains("jimbob"), "\(name) of bob's bundle names jimbob")
        }
        for (name, data) in jimbobEntries where name != "manifest.json" {
            let text = String(decoding: data, as: UTF8.self)
            #expect(
                !text.contains("\"bob@example.com\"") && !text.contains(">bob@example.com<"),
                "\(name) of jimbob's bundle holds bob's address")
        }
        #expect(bob.recordCount > 0)
        #expect(jimbob.recordCount > 0)
    }

    @Test func secretFieldsNeverAppear() async throws {
        let directory = try Fixtures.quickstartCopy()
        let hash = try sqliteText(directory, "SELECT password_hash FROM customers WHERE email = 'alice@example.com'")
        let csv = try String(contentsOf: directory.url.appendingPathComponent("newsletter.csv"), encoding: .utf8)
        let aliceLine = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("alice@example.com,") })
        let token = String(aliceLine.split(separator: ",").last!)
        let (_, entries) = try await export(["email=alice@example.com"], in: directory)
        for (name, data) in entries {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(hash), "\(name) holds the password hash")
            #expect(!text.contains(token), "\(name) holds the unsubscribe token")
            #expect(
                !text.contains("password_hash") && !text.contains("unsubscribe_token"), "\(name) names a secret field")
        }
    }

    @Test func manifestChecksumsMatchEntries() async throws {
        let directory = try Fixtures.quickstartCopy()
        let (summary, entries) = try await export(["email=alice@example.com"], in: directory)
        let manifest = try JSONDecoder().decode(Manifest.self, from: try #require(entries["manifest.json"]))
        #expect(manifest == summary.manifest)
        #expect(manifest.entries.map(\.path) == ["data.json", "data.xml"])
        for entry in manifest.entries {
            let data = try #require(entries[entry.path])
            #expect(Int64(data.count) == entry.size)
            #expect(SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() == entry.sha256)
        }
        #expect(manifest.subject == [.init(type: "email", value: "alice@example.com")])
    }

    @Test func deterministicExportsAreByteIdentical() async throws {
        let directory = try Fixtures.quickstartCopy()
        _ = try await export(
            ["email=alice@example.com", "phone=+31612345678"], in: directory, to: "one.zip", deterministic: true)
        _ = try await export(
            ["email=alice@example.com", "phone=+31612345678"], in: directory, to: "two.zip", deterministic: true)
        let one = try Data(contentsOf: directory.url.appendingPathComponent("one.zip"))
        let two = try Data(contentsOf: directory.url.appendingPathComponent("two.zip"))
        #expect(one == two)
        _ = try await export(["email=alice@example.com"], in: directory, to: "three.zip", deterministic: false)
        _ = try await export(["email=alice@example.com"], in: directory, to: "four.zip", deterministic: false)
        let three = try Fixtures.unzip(directory.url.appendingPathComponent("three.zip"))
        let four = try Fixtures.unzip(directory.url.appendingPathComponent("four.zip"))
        #expect(three["data.json"] == four["data.json"])
        #expect(three["manifest.json"] != four["manifest.json"], "non-deterministic bundles get distinct ids")
    }

    @Test func bundleIsPrivateToItsOwner() async throws {
        let directory = try Fixtures.quickstartCopy()
        _ = try await export(["email=alice@example.com"], in: directory)
        let attributes = try FileManager.default.attributesOfItem(
            atPath: directory.url.appendingPathComponent("bundle.zip").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func failedExportLeavesNoFileAtTheTarget() async throws {
        let directory = try Fixtures.quickstartCopy()
        // An undescribed column in the last source fails the export after earlier sources were read.
        try directory.write(
            "tickets.jsonl", #"{"id": 1, "customer_email": "alice@example.com", "mood": "angry"}"# + "\n")
        await #expect(throws: HandoverError.self) {
            _ = try await export(["email=alice@example.com"], in: directory)
        }
        #expect(try directory.contents() == ["handover.yaml", "newsletter.csv", "shop.sqlite", "tickets.jsonl"])

        // An existing bundle at the target is left exactly as it was.
        let previous = try directory.write("bundle.zip", "previous bundle")
        await #expect(throws: HandoverError.self) {
            _ = try await export(["email=alice@example.com"], in: directory)
        }
        #expect(try String(contentsOf: previous, encoding: .utf8) == "previous bundle")
        #expect(
            try directory.contents() == [
                "bundle.zip", "handover.yaml", "newsletter.csv", "shop.sqlite", "tickets.jsonl",
            ])
    }

    @Test func undescribedColumnStopsTheExportBeforeAnythingIsRead() async throws {
        let directory = try Fixtures.quickstartCopy()
        _ = try sqliteText(
            directory, "ALTER TABLE customers ADD COLUMN shoe_size INTEGER; ALTER TABLE customers ADD COLUMN iban TEXT",
            readOnly: false)
        let events = EventLog()
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let error = await #expect(throws: HandoverError.self) {
            _ = try await Exporter(configuration: configuration).export(
                ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")]),
                to: directory.url.appendingPathComponent("bundle.zip")
            ) { event in
                if case .collectionStarted(let source, let collection) = event { events.add("\(source)/\(collection)") }
            }
        }
        #expect(error?.code == .dataInvalid)
        #expect(error?.description.contains("shoe_size, iban") == true)
        #expect(error?.description.contains("'ignore' or 'secret'") == true)
        #expect(events.entries.isEmpty, "no collection is searched before every collection's fields are checked")
        #expect(try directory.contents() == ["handover.yaml", "newsletter.csv", "shop.sqlite", "tickets.jsonl"])
    }

    @Test func missingSourceFileFailsWithItsPath() async throws {
        let directory = try Fixtures.quickstartCopy()
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("newsletter.csv"))
        let error = await #expect(throws: HandoverError.self) {
            _ = try await export(["email=alice@example.com"], in: directory)
        }
        #expect(error?.code == .inputMissing)
        #expect(error?.description.contains("newsletter.csv") == true)
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("bundle.zip").path))
    }

    @Test func unknownIdentityTypeIsAUsageError() async throws {
        let directory = try Fixtures.quickstartCopy()
        let error = await #expect(throws: HandoverError.self) {
            _ = try await export(["mail=alice@example.com"], in: directory)
        }
        #expect(error?.code == .usage)
        #expect(error?.description.contains("'mail'") == true)
    }

    private func sqliteCount(_ directory: TemporaryDirectory, _ sql: String) throws -> Int {
        Int(try sqliteText(directory, sql))!
    }

    private func sqliteText(_ directory: TemporaryDirectory, _ sql: String, readOnly: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["sqlite3"] + (readOnly ? ["-readonly"] : []) + [
                directory.url.appendingPathComponent("shop.sqlite").path, sql,
            ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Collects progress events from the exporter's `@Sendable` callback.
final class EventLog: Sendable {
    private let storage = Mutex<[String]>([])

    func add(_ entry: String) { storage.withLock { $0.append(entry) } }

    var entries: [String] { storage.withLock { $0 } }
}
