import Foundation
import HandoverTesting
import Testing

@testable import Handover

/// A cancelled export stops between rounds, collections and blocks of records, throws `cancelled`,
/// and leaves nothing at its target nor in its working directory.
struct CancellationTests {
    /// Hands over `count` matching records, cancelling its own task after the tenth.
    struct SelfCancellingSource: DataSource {
        let count: Int
        var sourceName: String { "endless" }
        func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? { ["id", "email"] }
        func scan(
            _ collection: CollectionConfiguration, matching criteria: MatchCriteria, _ body: (Record) throws -> Void
        ) async throws {
            for index in 0..<count {
                if index == 10 { withUnsafeCurrentTask { $0?.cancel() } }
                try body(
                    Record(
                        fields: [
                            .init(name: "id", value: .integer(Int64(index))),
                            .init(name: "email", value: .string("ann@x.example")),
                        ],
                        location: .init(file: "endless", line: index + 1)))
            }
        }
    }

    private static func configuration(_ kind: some DataSourceKind, discovers: Bool = false) -> Configuration {
        var configuration = Configuration(
            controller: Fixtures.controller,
            sources: [
                SourceConfiguration(
                    id: "s", kind: kind.name,
                    collections: [
                        CollectionConfiguration(
                            name: "people", identities: ["email": ["email"]], purposes: ["essential.service"],
                            legalBasis: .contract, retention: Retention(description: "test"),
                            fields: [
                                "id": FieldConfiguration(category: "user.unique_id", provenance: .observed),
                                "email": FieldConfiguration(category: "user.contact.email", provenance: .provided),
                            ], discovers: discovers ? ["email": ["email"]] : [:])
                    ])
            ],
            baseDirectory: FileManager.default.temporaryDirectory)
        var registry = DataSourceRegistry()
        registry.register(kind)
        configuration.registry = registry
        return configuration
    }

    private struct Kind: DataSourceKind {
        let source: any DataSource
        let name = "test"
        func makeSource(_ source: SourceConfiguration, settings: NoSettings, in configuration: Configuration)
            -> any DataSource
        { self.source }
    }

    private func expectCancelledLeavingNothing(_ configuration: Configuration) async throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("ann.zip")
        let exporter = Exporter(configuration: configuration)
        let task = Task {
            try await exporter.export(
                ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "ann@x.example")]), to: target)
        }
        let error = await #expect(throws: HandoverError.self) { _ = try await task.value }
        #expect(error?.code == .cancelled)
        #expect(try directory.contents().isEmpty, "the target and the staging directory are gone")
    }

    @Test func cancellingDuringAssemblyStopsWithinABlockOfRecords() async throws {
        try await expectCancelledLeavingNothing(
            Self.configuration(Kind(source: SelfCancellingSource(count: 100_000))))
    }

    @Test func cancellingDuringResolutionStopsBeforeTheNextRound() async throws {
        // A collection that discovers identifiers is read by the resolution first.
        try await expectCancelledLeavingNothing(
            Self.configuration(Kind(source: SelfCancellingSource(count: 100_000)), discovers: true))
    }

    @Test func aTaskCancelledBeforeTheStartReadsNothing() async throws {
        let directory = try Fixtures.quickstartCopy()
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let before = try directory.contents()
        let target = directory.url.appendingPathComponent("alice.zip")
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await Exporter(configuration: configuration).export(
                ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")]), to: target)
        }
        let error = await #expect(throws: HandoverError.self) { _ = try await task.value }
        #expect(error?.code == .cancelled)
        #expect(try directory.contents() == before)
    }

    /// Without cancellation the same source exports every record: the tests above fail for the
    /// cancellation, not for the source.
    @Test func theSameExportFinishesWhenNotCancelled() async throws {
        let source = InMemorySource(
            name: "people",
            collections: ["people": (0..<3000).map { ["id": .integer(Int64($0)), "email": .string("ann@x.example")] }])
        let directory = try TemporaryDirectory()
        let summary = try await Exporter(configuration: Self.configuration(Kind(source: source))).export(
            ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "ann@x.example")]),
            to: directory.url.appendingPathComponent("ann.zip"))
        #expect(summary.recordCount == 3000)
    }
}
