import Foundation
import PropertyBased
import Testing

@testable import Handover

/// The proof of "right person, all data": for random datasets, the bundle holds every record of the
/// subject and none of anyone else's.
///
/// Each case builds a ``ShopDataset`` (SQLite customers, referrals, orders and order items; CSV
/// invoices referring to customers across sources; JSON Lines tickets matched by e-mail; CSV calls
/// matched by the phone number that customers' records reveal), exports the subject with
/// ``Exporter`` exactly as the CLI does, reads the record ids back from the bundle's `data.json`,
/// and compares them, collection by collection and as multisets, with ``ResolutionOracle``: plain
/// SQL over the same files in the `sqlite3` tool. The semantics both sides implement (the closure
/// of the request's identifiers under normalised identities, discovery and references) are
/// written out on ``ResolutionOracle``.
///
/// A failure names the dataset's seed. To rebuild that one dataset and keep its files and oracle
/// script, and to check more datasets than CI does:
///
/// ```sh
/// HANDOVER_PROPERTY_SEED=0x1234abcd swift test --filter ResolutionPropertyTests/replay
/// HANDOVER_PROPERTY_DATASETS=20000 swift test --filter ResolutionPropertyTests
/// ```
struct ResolutionPropertyTests {
    /// The shards, run in parallel (one per core), each checking its share of the datasets.
    static let shards = [0, 1]
    /// Datasets per shard: 520 in all by default.
    static let datasetsPerShard =
        ProcessInfo.processInfo.environment["HANDOVER_PROPERTY_DATASETS"].flatMap(Int.init).map {
            max(1, $0 / shards.count)
        } ?? 260
    static let replaySeed: UInt64? = ProcessInfo.processInfo.environment["HANDOVER_PROPERTY_SEED"].flatMap { text in
        text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    }

    @Test(.requiresSQLite3, arguments: shards)
    func bundleHoldsExactlyTheSubjectsRecords(shard: Int) async throws {
        let workspace = try Workspace()
        let datasets = Gen.uint64().withoutShrink().map(ShopDataset.init(seed:))
        await propertyCheck(count: Self.datasetsPerShard, input: datasets) { dataset in
            do {
                for problem in try await workspace.check(dataset) {
                    Issue.record("\(problem)\n\(Self.replayHint(dataset))")
                }
            } catch {
                Issue.record("\(dataset.testDescription): \(error)\n\(Self.replayHint(dataset))")
            }
        }
        print(
            "ResolutionPropertyTests shard \(shard): \(workspace.datasets) datasets, "
                + "\(workspace.subjectRecords) of \(workspace.records) records the subject's")
    }

    /// Rebuilds the dataset of `HANDOVER_PROPERTY_SEED`, checks it and keeps its files.
    @Test(.enabled(if: replaySeed != nil, "set HANDOVER_PROPERTY_SEED to replay one dataset"), .requiresSQLite3)
    func replay() async throws {
        let dataset = ShopDataset(seed: try #require(Self.replaySeed))
        let workspace = try Workspace(keep: true)
        print("\(dataset.testDescription)\nfiles and oracle.sql: \(workspace.directory.url.path)")
        for problem in try await workspace.check(dataset) { Issue.record("\(problem)") }
    }

    /// The seed is printed so that a case can be replayed without the property-check machinery.
    @Test func datasetsAreAFunctionOfTheirSeed() throws {
        let one = ShopDataset(seed: 42)
        let two = ShopDataset(seed: 42)
        #expect(ResolutionOracle.script(for: one) == ResolutionOracle.script(for: two))
        #expect(one.testDescription == two.testDescription)
        #expect(ShopDataset(seed: 43).testDescription != one.testDescription)
    }

    private static func replayHint(_ dataset: ShopDataset) -> String {
        "Replay: HANDOVER_PROPERTY_SEED=\(ShopDataset.hex(dataset.seed)) swift test --filter ResolutionPropertyTests/replay"
    }

    /// One directory reused by every case of a shard, with the two configurations loaded once.
    final class Workspace {
        let directory: TemporaryDirectory
        private let configurations: [Bool: Configuration]
        /// How many datasets were checked, and how many records they held and the oracle gave the subject.
        private(set) var datasets = 0
        private(set) var records = 0
        private(set) var subjectRecords = 0

        init(keep: Bool = false) throws {
            directory = try TemporaryDirectory()
            if keep { directory.keep() }
            var configurations: [Bool: Configuration] = [:]
            for phone in [false, true] {
                let file = try directory.write(
                    "handover-\(phone).yaml", ShopDataset.configurationYAML(phoneIdentifiesCustomers: phone))
                configurations[phone] = try ConfigurationLoader().load(from: file)
            }
            self.configurations = configurations
        }

        /// Writes `dataset`, exports its subject and returns every difference from the oracle.
        func check(_ dataset: ShopDataset) async throws -> [String] {
            try dataset.write(to: directory.url)
            let bundle = directory.url.appendingPathComponent("bundle.zip")
            let exporter = Exporter(configuration: configurations[dataset.phoneIdentifiesCustomers]!)
            let request = ExportRequest(
                identifiers: dataset.request.map { SubjectIdentifier(type: $0.type, value: $0.value) },
                scope: dataset.portability ? .portability : .access)
            _ = try await exporter.export(request, to: bundle, replacingExisting: true)
            let exported = try Fixtures.recordIDs(in: bundle)
            let expected = try ResolutionOracle.subjectRecords(of: dataset, in: directory.url)
                .filter { dataset.exportedCollections.contains($0.key) }
            datasets += 1
            records += dataset.recordCount
            subjectRecords += expected.values.reduce(0) { $0 + $1.values.reduce(0, +) }

            var problems: [String] = []
            if Set(exported.keys) != dataset.exportedCollections {
                problems.append(
                    "\(dataset.testDescription): the bundle holds the collections \(exported.keys.sorted()), "
                        + "expected \(dataset.exportedCollections.sorted())")
            }
            for collection in dataset.exportedCollections.sorted() {
                let actual = exported[collection] ?? [:]
                let wanted = expected[collection] ?? [:]
                guard actual != wanted else { continue }
                let missing = wanted.flatMap { id, count in
                    Array(repeating: id, count: max(0, count - (actual[id] ?? 0)))
                }
                let extra = actual.flatMap { id, count in
                    Array(repeating: id, count: max(0, count - (wanted[id] ?? 0)))
                }
                problems.append(
                    "\(dataset.testDescription): collection \(collection): missing ids \(missing.sorted()), "
                        + "extra ids \(extra.sorted())")
            }
            return problems
        }
    }
}
