import Foundation
import Handover
import Testing

/// Deterministic bundles compared entry by entry with recorded ones, so that a change to what a
/// bundle holds, or to a single byte of it, is seen in review.
///
/// The quickstart's bundle is the published example `Examples/bundle-v1/`; each controller's is under
/// `Tests/HandoverTests/Golden/Bundles/`: every entry for the access scope, and the manifest (whose
/// SHA-256 checksums cover the other entries) for the portability scope. Run with
/// `HANDOVER_RECORD_GOLDEN=1` to write the current output instead of comparing, then review the diff.
struct GoldenBundleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var example: String
        var subject: String
        var scope: ExportScope
        /// Where the recorded entries are.
        var golden: URL
        /// The entries recorded; the others are covered by the manifest's checksums.
        var entries: [String]

        var testDescription: String { "\(example) \(scope.rawValue)" }
    }

    static let recording = ProcessInfo.processInfo.environment["HANDOVER_RECORD_GOLDEN"] == "1"
    static let goldenRoot = Fixtures.packageRoot.appendingPathComponent("Tests/HandoverTests/Golden/Bundles")
    static let allEntries = ["data.json", "data.xml", "index.html", "manifest.json"]

    /// One subject per controller, the same the example tests choose.
    static let controllers = [
        ("ajos", "email=ida.holm@nordbyg.example"), ("ajusto", "email=an.claes@example.net"),
        ("alsjelieft", "email=sanne.dejong@gmail.com"), ("jsm", "email=lien.maes@example.be"),
        ("jetstax", "email=oana.marin@webstudio.example"),
    ]

    static let cases: [Case] =
        [
            Case(
                example: "quickstart", subject: "email=alice@example.com", scope: .access,
                golden: Fixtures.packageRoot.appendingPathComponent("Examples/bundle-v1"), entries: allEntries)
        ]
        + controllers.flatMap { name, subject in
            [
                Case(
                    example: name, subject: subject, scope: .access,
                    golden: goldenRoot.appendingPathComponent("\(name)-access"), entries: allEntries),
                Case(
                    example: name, subject: subject, scope: .portability,
                    golden: goldenRoot.appendingPathComponent("\(name)-portability"), entries: ["manifest.json"]),
            ]
        }

    @Test(arguments: cases)
    func bundleMatchesTheRecordedOne(_ golden: Case) async throws {
        let configuration = try ConfigurationLoader().load(
            from: Fixtures.examples.appendingPathComponent(golden.example).appendingPathComponent("handover.yaml"))
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("bundle.zip")
        _ = try await Exporter(configuration: configuration).export(
            ExportRequest(
                identifiers: [try SubjectIdentifier(parsing: golden.subject)], scope: golden.scope,
                deterministic: true),
            to: target)
        let produced = try Fixtures.unzip(target)
        #expect(produced.keys.sorted() == Self.allEntries)

        if Self.recording {
            try FileManager.default.createDirectory(at: golden.golden, withIntermediateDirectories: true)
            for name in golden.entries {
                try #require(produced[name]).write(to: golden.golden.appendingPathComponent(name))
            }
            return
        }
        for name in golden.entries {
            let recorded = try Data(contentsOf: golden.golden.appendingPathComponent(name))
            let actual = try #require(produced[name], "\(name) is missing from the bundle")
            #expect(
                actual == recorded,
                "\(name) differs from \(golden.golden.lastPathComponent)/\(name): \(Self.firstDifference(actual, recorded))"
            )
        }
    }

    /// The first differing line, to make a failure readable without a diff tool.
    static func firstDifference(_ actual: Data, _ recorded: Data) -> String {
        let left = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let right = String(decoding: recorded, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (a, b)) in zip(left, right).enumerated() where a != b {
            return "line \(index + 1) is «\(a.prefix(200))», recorded «\(b.prefix(200))»"
        }
        return "\(left.count) lines, recorded \(right.count)"
    }
}
