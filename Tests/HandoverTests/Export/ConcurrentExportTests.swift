import Foundation
import Testing

@testable import Handover

/// Isolation: exports of different subjects running at once through one shared configuration (as
/// a DSAR server runs them) give each subject exactly the bundle they get alone.
struct ConcurrentExportTests {
    @Test func thirtyTwoExportsAtOnceEachHoldExactlyTheirSubject() async throws {
        let directory = try Fixtures.quickstartCopy()
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let subjects = try DraftComparison.quickstartSubjects()
        try #require(subjects.count >= 8)
        let requests = (0..<32).map { subjects[$0 % subjects.count] }

        // Each subject alone, one after another: deterministic bundles to compare with.
        var alone: [String: Data] = [:]
        for subject in Set(requests) {
            let url = directory.url.appendingPathComponent("alone-\(alone.count).zip")
            _ = try await Exporter(configuration: configuration).export(
                ExportRequest(identifiers: [try SubjectIdentifier(parsing: subject)], deterministic: true), to: url)
            alone[subject] = try Data(contentsOf: url)
        }

        let exporter = Exporter(configuration: configuration)
        let base = directory.url
        let together = try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for (index, subject) in requests.enumerated() {
                group.addTask {
                    let url = base.appendingPathComponent("together-\(index).zip")
                    _ = try await exporter.export(
                        ExportRequest(identifiers: [try SubjectIdentifier(parsing: subject)], deterministic: true),
                        to: url)
                    return (index, try Data(contentsOf: url))
                }
            }
            var bundles: [Int: Data] = [:]
            for try await (index, data) in group { bundles[index] = data }
            return bundles
        }
        #expect(together.count == 32)
        for (index, subject) in requests.enumerated() {
            #expect(together[index] == alone[subject], "export \(index) of \(subject)")
        }
        // Nothing is left beside the bundles: every staging directory was removed.
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(!left.contains { $0.contains(".handover-") })
    }
}
