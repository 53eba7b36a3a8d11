import Foundation
import Testing

@testable import Handover

/// A collection that the resolution reads (because it is referenced or discovers identifiers) is
/// not read again by the export when its criteria did not change after its last resolution scan.
struct ReadOnceTests {
    /// Records in memory; counts how often each collection is scanned.
    final class CountingSource: DataSource {
        let records: [String: [Record]]
        let scans = Locked<[String: Int]>([:])
        init(_ records: [String: [Record]]) { self.records = records }
        var sourceName: String { "memory" }
        func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? { nil }
        func scan(
            _ collection: CollectionConfiguration, matching criteria: MatchCriteria, _ body: (Record) throws -> Void
        ) async throws {
            guard !criteria.isEmpty else { return }
            scans.withLock { $0[collection.name, default: 0] += 1 }
            for record in records[collection.name] ?? [] where try criteria.matches(record) { try body(record) }
        }
    }

    private static func record(_ fields: [(String, String)]) -> Record {
        Record(fields: fields.map { .init(name: $0.0, value: .string($0.1)) }, location: .init(file: "memory"))
    }

    private static func collection(
        _ name: String, identities: [String: [String]] = [:], references: [ReferenceConfiguration] = [],
        fields: [String], discovers: [String: [String]] = [:]
    ) -> CollectionConfiguration {
        CollectionConfiguration(
            name: name, identities: identities, purposes: ["essential.service"], legalBasis: .contract,
            retention: Retention(description: "test"),
            fields: Dictionary(
                uniqueKeysWithValues: fields.map { ($0, FieldConfiguration(category: "user", provenance: .provided)) }),
            discovers: discovers, references: references)
    }

    @Test func resolvedCollectionsAreReadOnce() async throws {
        let source = CountingSource([
            "customers": [
                Self.record([("id", "1"), ("email", "ann@x.example"), ("phone", "+31612345678")]),
                Self.record([("id", "2"), ("email", "bob@x.example"), ("phone", "+31687654321")]),
            ],
            "orders": [
                Self.record([("id", "10"), ("customer_id", "1")]), Self.record([("id", "11"), ("customer_id", "2")]),
            ],
            "calls": [Self.record([("id", "20"), ("phone", "+31612345678")])],
        ])
        var configuration = Configuration(
            controller: Fixtures.controller,
            sources: [
                SourceConfiguration(
                    id: "m", kind: "memory",
                    collections: [
                        Self.collection(
                            "customers", identities: ["email": ["email"]], fields: ["id", "email", "phone"]),
                        Self.collection(
                            "orders", references: [.init(field: "customer_id", collection: "customers", key: "id")],
                            fields: ["id", "customer_id"]),
                        Self.collection("calls", identities: ["phone": ["phone"]], fields: ["id", "phone"]),
                    ])
            ],
            baseDirectory: FileManager.default.temporaryDirectory,
            identityTypes: ["email": .init(.email(EmailNormalization()))])
        var registry = DataSourceRegistry()
        registry.register(MemoryKind(source: source))
        configuration.registry = registry
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("ann.zip")
        let summary = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "Ann@x.example")]), to: target)
        #expect(summary.manifest.collections.map(\.records) == [1, 1, 0])
        // customers: one resolution scan, then the export uses what it found; orders and calls are
        // read by the export only.
        #expect(source.scans.withLock { $0 } == ["customers": 1, "orders": 1])
        let data = String(decoding: try Fixtures.unzip(target)["data.json"]!, as: UTF8.self)
        #expect(data.contains("ann@x.example") && !data.contains("bob@x.example"))
    }
}

/// A kind that hands out one prepared source.
private struct MemoryKind: DataSourceKind {
    let source: any DataSource
    let name = "memory"

    func makeSource(_ source: SourceConfiguration, settings: NoSettings, in configuration: Configuration)
        -> any DataSource
    {
        self.source
    }
}
