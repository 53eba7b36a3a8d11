import Foundation
import Handover
import Testing
import ZIPFoundation

/// `handover export --allow-partial`: a source that fails while it is read is left out of the
/// bundle, which says so (manifest, page, warning, exit 69); without the flag the export fails.
struct PartialExportCommandTests {
    /// A quickstart copy whose newsletter CSV ends in an unclosed quote: the scan fails at its end.
    static func brokenNewsletter() throws -> URL {
        let directory = try ExportCommandTests.quickstartCopy("partial")
        let csv = directory.appendingPathComponent("newsletter.csv")
        let handle = try FileHandle(forWritingTo: csv)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\"never closed,2022-02-05 19:59:32,website,garden,X\n".utf8))
        try handle.close()
        return directory
    }

    static func arguments(_ directory: URL, _ output: URL) -> [String] {
        [
            "export", "--config", directory.appendingPathComponent("handover.yaml").path, "--subject",
            "email=alice@example.com", "--output", output.path,
        ]
    }

    @Test func withoutTheFlagAFailingSourceFailsTheExport() throws {
        let directory = try Self.brokenNewsletter()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("alice.zip")
        let result = try ExportCommandTests.run(Self.arguments(directory, output))
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("newsletter.csv"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func withTheFlagTheBundleLacksTheSourceAndSaysSo() throws {
        let directory = try Self.brokenNewsletter()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("alice.zip")
        let result = try ExportCommandTests.run(Self.arguments(directory, output) + ["--allow-partial"])
        #expect(result.status == 69, "\(result.standardError)")
        #expect(result.standardError.contains("source 'newsletter' failed"), "\(result.standardError)")

        let archive = try Archive(url: output, accessMode: .read)
        func entry(_ path: String) throws -> Data {
            var data = Data()
            _ = try archive.extract(try #require(archive[path]), consumer: { data.append($0) })
            return data
        }
        let manifest = try JSONDecoder().decode(Manifest.self, from: try entry("manifest.json"))
        let missing = try #require(manifest.missing)
        #expect(missing.map(\.source) == ["newsletter"])
        #expect(missing.map(\.name) == ["subscriptions"])
        #expect(missing.first?.code == "data-invalid")
        #expect(missing.first?.reason.contains("newsletter.csv") == true)
        #expect(!manifest.collections.contains { $0.source == "newsletter" })
        // The other sources' records are all there (the quickstart's alice has 21, 1 of them a subscription).
        #expect(manifest.collections.reduce(0) { $0 + $1.records } == 20)
        let page = String(decoding: try entry("index.html"), as: UTF8.self)
        #expect(page.contains("This copy is incomplete"))
        #expect(page.contains("<li>newsletter / subscriptions</li>"))

        let check = try ExportCommandTests.run(["validate", output.path])
        #expect(check.status == 0, "\(check.standardOutput)")
    }

    /// A complete export with the flag is an ordinary one: exit 0, no `missing` in the manifest.
    @Test func withTheFlagACompleteExportIsUnchanged() throws {
        let directory = try ExportCommandTests.quickstartCopy("partial-complete")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("alice.zip")
        let result = try ExportCommandTests.run(Self.arguments(directory, output) + ["--allow-partial"])
        #expect(result.status == 0, "\(result.standardError)")
        let archive = try Archive(url: output, accessMode: .read)
        var data = Data()
        _ = try archive.extract(try #require(archive["manifest.json"]), consumer: { data.append($0) })
        #expect(!String(decoding: data, as: UTF8.self).contains("\"missing\""))
    }
}
