import Foundation
import HandoverTesting
import Testing

@testable import Handover

/// Scans run with the blocking-work executor preferred, off Swift's cooperative pool.
struct BlockingWorkExecutorTests {
    /// A source that notes the task executor its scan runs with.
    final class ExecutorNotingSource: DataSource, Sendable {
        let executors = Locked<[UnownedTaskExecutor?]>([])
        let sourceName = "noting"

        func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? { nil }

        func scan(
            _ collection: CollectionConfiguration, matching criteria: MatchCriteria, _ body: (Record) throws -> Void
        ) async throws {
            let executor = withUnsafeCurrentTask { $0?.unownedTaskExecutor }
            executors.withLock { $0.append(executor) }
        }
    }

    @Test func scansPreferTheBlockingWorkExecutor() async throws {
        let source = ExecutorNotingSource()
        let directory = try TemporaryDirectory()
        try directory.write(
            "handover.yaml",
            Fixtures.configurationHeader + """
                identity_types: { email: email }
                sources:
                  - id: noting
                    kind: noting
                    collections:
                      - name: people
                        identities: { email: email }
                        purposes: [essential.service]
                        legal_basis: contract
                        retention: Kept a year.
                        fields:
                          email: { category: user.contact.email, provenance: provided }

                """)
        var registry = DataSourceRegistry.standard
        registry.register(NotingKind(source: source))
        let configuration = try ConfigurationLoader(registry: registry).load(
            from: directory.url.appendingPathComponent("handover.yaml"))
        _ = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "ann@example.com")]),
            to: directory.url.appendingPathComponent("ann.zip"))
        let noted = source.executors.withLock { $0 }
        #expect(!noted.isEmpty)
        #expect(noted.allSatisfy { $0 == BlockingWorkExecutor.shared.asUnownedTaskExecutor() })
    }

    struct NotingKind: DataSourceKind {
        let source: ExecutorNotingSource
        let name = "noting"

        func makeSource(_ configuration: SourceConfiguration, settings: NoSettings, in: Configuration) -> any DataSource
        {
            source
        }
    }
}
