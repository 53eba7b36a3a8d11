import Crypto
import Foundation
import Testing

@testable import Handover

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
        Fixtures.expectValidBundle(target)
        return (summary, try Fixtures.unzip(target))
    }

    /// The quickstart bundles hold exactly the records an independent oracle (`.ci/check_bundle.py`,
    /// plain Python over the example's files) expects, in both scopes.
    @Test(
        .enabled(if: Fixtures.python3 != nil, "python3 is needed for the independent oracle"),
        arguments: [
            ("alice@example.com", ExportScope.access), ("alice@example.com", .portability),
            ("bob@example.com", .access),
        ]
    )
    func quickstartBundleMatchesTheIndependentOracle(subject: String, scope: ExportScope) async throws {
        let directory = try Fixtures.quickstartCopy()
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let target = directory.url.appendingPathComponent("bundle.zip")
        let summary = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: subject)], scope: scope), to: target)
        #expect(summary.recordCount > 0)
        let oracle = Fixtures.packageRoot.appendingPathComponent(".ci/check_bundle.py").path
        let result = try Fixtures.run(
            Fixtures.python3!, [oracle, target.path, directory.url.path, subject, "jimbob@example.com", scope.rawValue])
        #expect(result.status == 0, "\(result.text)\(result.errors)")
    }

    @Test func discoveredPhoneFindsPhoneTicketsAndIsRecorded() async throws {
        let directory = try Fixtures.quickstartCopy()
        let (summary, entries) = try await export(["email=alice@example.com"], in: directory)
        #expect(
            summary.manifest.discoveredIdentifiers == [
                DiscoveredIdentifier(type: "phone", value: "+31612345678", via: "shop/customers.phone")
            ])
        let json = String(decoding: entries["data.json"]!, as: UTF8.self)
        #expect(json.contains("\"06-12345678\""), "the ticket noted with the national number is found")
        #expect(json.contains("\" Alice@example.com \""), "the ticket typed with another case is found")
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

    @Test(.requiresSQLite3) func secretFieldsNeverAppear() async throws {
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
        #expect(manifest.entries.map(\.path) == ["data.json", "data.xml", "index.html"])
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

    @Test(.requiresSQLite3) func undescribedColumnStopsTheExportBeforeAnythingIsRead() async throws {
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
        let database = directory.url.appendingPathComponent("shop.sqlite").path
        let sqlite3 = try #require(Fixtures.sqlite3, "a test that runs sqlite3 needs the .requiresSQLite3 trait")
        return try Fixtures.run(sqlite3, (readOnly ? ["-readonly"] : []) + [database, sql]).text
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Collects progress events from the exporter's `@Sendable` callback.
final class EventLog: Sendable {
    private let storage = Locked<[String]>([])

    func add(_ entry: String) { storage.withLock { $0.append(entry) } }

    var entries: [String] { storage.withLock { $0 } }
}

extension ExporterTests {
    @Test func discoveryBeyondItsCapStopsTheExport() async throws {
        let directory = try Fixtures.quickstartCopy()
        var configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        configuration.discovery.maxPerType = 0
        let error = await #expect(throws: HandoverError.self) {
            _ = try await Exporter(configuration: configuration).export(
                ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")]),
                to: directory.url.appendingPathComponent("bundle.zip"))
        }
        #expect(error?.code == .dataInvalid)
        #expect(error?.description.contains("more than 0 phone identifiers") == true)
        #expect(error?.description.contains("shop/customers.phone") == true)
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("bundle.zip").path))
    }
}
