import ArgumentParser
import Foundation
import Handover
import Testing
import ZIPFoundation

@testable import handover

// The kind below is the README's "Add a kind of source" example, compiled and run here from
// outside the library, through the same code the `handover export` command runs.

// README: custom kind begins
/// `kind: json-directory`: a folder with one JSON object per file, such as exported tickets.
struct JSONDirectoryKind: DataSourceKind {
    struct Settings: DataSourceSettings {
        static let keys = ["extension"]
        /// Which files hold records (default `json`).
        var `extension`: String?
    }

    let name = "json-directory"

    func problems(in source: SourceConfiguration, settings: Settings) -> [ConfigurationProblem] {
        source.path == nil ? [ConfigurationProblem(at: ConfigurationPath(), "a folder needs a 'path'")] : []
    }

    func makeSource(_ source: SourceConfiguration, settings: Settings, in configuration: Configuration)
        -> any DataSource
    {
        JSONDirectorySource(
            folder: configuration.resolve(path: source.path ?? ""), fileExtension: settings.extension ?? "json")
    }
}

struct JSONDirectorySource: DataSource {
    let folder: URL
    let fileExtension: String

    var sourceName: String { folder.lastPathComponent }

    func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? { nil }

    func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria, _ body: (Record) throws -> Void
    ) async throws {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == fileExtension }.sorted { $0.path < $1.path }
        for file in files {
            try Task.checkCancellation()
            guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] else {
                throw HandoverError(.dataInvalid, "not a JSON object", at: .init(file: file.path))
            }
            let fields = object.keys.sorted().map { name in
                Record.Field(name: name, value: (object[name] as? String).map(Value.string) ?? .null)
            }
            let record = Record(fields: fields, location: .init(file: file.path))
            if try criteria.matches(record) { try body(record) }
        }
    }
}
// README: custom kind ends

struct CustomKindCommandTests {
    static let configuration = """
        version: 1
        controller:
          name: Ticket Desk
          email: privacy@desk.example
          supervisory_authority: { name: Test Authority }
        identity_types:
          email: { normalize: email }
        sources:
          - id: desk
            kind: json-directory
            path: tickets
            extension: ticket
            collections:
              - name: tickets
                identities: { email: from }
                purposes: [essential.service]
                legal_basis: contract
                retention: Two years after the ticket is closed.
                fields:
                  id: { category: system.operations, provenance: observed }
                  from: { category: user.contact.email, provenance: provided }
                  text: { category: user.content, provenance: provided }
        """

    private func folder(configuration: String = Self.configuration) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custom-kind-\(UUID().uuidString)")
        let tickets = folder.appendingPathComponent("tickets")
        try FileManager.default.createDirectory(at: tickets, withIntermediateDirectories: true)
        try configuration.write(to: folder.appendingPathComponent("handover.yaml"), atomically: true, encoding: .utf8)
        let rows = [
            ("1", "Ann@Desk.example", "My order is late"), ("2", "ann@desk.example.org", "Someone else"),
            ("3", "bob@desk.example", "Not Ann"), ("4", "ann@desk.example", "Thanks"),
        ]
        for (id, from, text) in rows {
            let object = ["id": id, "from": from, "text": text]
            try JSONSerialization.data(withJSONObject: object).write(to: tickets.appendingPathComponent("\(id).ticket"))
        }
        // Not a ticket: the extension setting leaves it out.
        try Data("{}".utf8).write(to: tickets.appendingPathComponent("readme.json"))
        return folder
    }

    private var registry: DataSourceRegistry {
        var registry = DataSourceRegistry.standard
        registry.register(JSONDirectoryKind())
        return registry
    }

    @Test func exportsThroughTheCommandWithARegisteredKind() async throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("ann.zip")
        let command = try HandoverCommand.Export.parse([
            "-c", folder.appendingPathComponent("handover.yaml").path, "-s", "email=ann@desk.example", "-o",
            bundle.path, "--quiet",
        ])
        try await command.run(registry: registry)

        let archive = try Archive(url: bundle, accessMode: .read)
        var json = Data()
        _ = try archive.extract(try #require(archive["data.json"])) { json.append($0) }
        let data = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let collections = try #require(data["collections"] as? [[String: Any]])
        let records = try #require(collections.first?["records"] as? [[String: Any]])
        let ids = records.compactMap { ($0["id"] as? [String: Any])?["value"] as? String }
        // Tickets 1 and 4 are Ann's (e-mail normalised: case); 2 is a longer address, 3 is Bob's.
        #expect(ids == ["1", "4"])
    }

    @Test func theKindsSettingsAreChecked() throws {
        let folder = try folder(
            configuration: Self.configuration.replacingOccurrences(of: "extension: ticket", with: "extention: ticket"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: HandoverError.self) {
            try ConfigurationLoader(registry: registry).load(from: folder.appendingPathComponent("handover.yaml"))
        }
        #expect(error?.location?.line == 12)
        #expect(error?.message.contains("'extention' is not a setting of a json-directory source") == true)
    }

    @Test func withoutTheKindTheConfigurationIsRefused() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = #expect(throws: HandoverError.self) {
            try ConfigurationLoader().load(from: folder.appendingPathComponent("handover.yaml"))
        }
        #expect(error?.location?.line == 10)
        #expect(error?.message.contains("'json-directory' is not a known source kind") == true)
    }

    @Test func theReadmeShowsThisKind() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let begin = try #require(source.range(of: "// README: custom kind begins\n"))
        let end = try #require(source.range(of: "// README: custom kind ends"))
        let example = String(source[begin.upperBound..<end.lowerBound])
        #expect(
            readme.contains("```swift\n" + example + "```"), "README.md's custom-kind example differs from this test's")
    }
}
