import Foundation
import Testing

@testable import Handover

/// `handover inspect`'s library side.
struct BundleSummaryTests {
    /// Listed entries are hashed as they inflate and compared with the manifest; an entry the
    /// manifest does not list is reported without being read, however large it is.
    @Test func unlistedEntriesAreNotReadAndListedOnesAreChecked() async throws {
        let directory = try Fixtures.quickstartCopy()
        let bundle = try await Fixtures.export(["email=alice@example.com"], in: directory)
        var entries = try Fixtures.unzip(bundle).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        entries.append(("extra.bin", Data(count: 64 << 20)))
        let altered = directory.url.appendingPathComponent("extra.zip")
        try Fixtures.zip(entries, to: altered)

        let started = ContinuousClock.now
        let summary = try BundleSummary(bundleAt: altered)
        let byPath = Dictionary(uniqueKeysWithValues: summary.files.map { ($0.path, $0.intact) })
        #expect(byPath["data.json"] == true && byPath["data.xml"] == true && byPath["index.html"] == true)
        #expect(byPath["manifest.json"] == .some(nil))
        #expect(byPath["extra.bin"] == false)
        #expect(ContinuousClock.now - started < .seconds(2), "64 MB unlisted: not inflated")

        // A listed entry whose bytes changed does not match.
        let tampered = directory.url.appendingPathComponent("tampered.zip")
        try Fixtures.zip(
            entries.dropLast().map { $0.0 == "index.html" ? ($0.0, $0.1 + Data("<!-- -->".utf8)) : $0 }, to: tampered)
        #expect(try BundleSummary(bundleAt: tampered).files.first { $0.path == "index.html" }?.intact == false)
    }
}
