import Foundation
import Testing

@testable import Handover

/// A partial export (a source fails mid-read and the export starts again without it) against the
/// exact path, an export from a configuration that never had the source: the records written must
/// be the same, byte for byte, so nothing half-read from the failed source reaches the bundle.
struct PartialExportTests {
    @Test(arguments: [ExportScope.access, .portability])
    func aPartialBundleHoldsWhatAnExportWithoutTheSourceHolds(scope: ExportScope) async throws {
        let directory = try Fixtures.quickstartCopy()
        let csv = directory.url.appendingPathComponent("newsletter.csv")
        let handle = try FileHandle(forWritingTo: csv)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\"never closed,2022-02-05 19:59:32,website,garden,X\n".utf8))
        try handle.close()
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        var request = ExportRequest(
            identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")], scope: scope,
            deterministic: true)
        request.allowsPartial = true
        let partialTarget = directory.url.appendingPathComponent("partial.zip")
        _ = try await Exporter(configuration: configuration).export(request, to: partialTarget)

        var without = configuration
        without.sources.removeAll { $0.id == "newsletter" }
        request.allowsPartial = false
        let exactTarget = directory.url.appendingPathComponent("exact.zip")
        _ = try await Exporter(configuration: without).export(request, to: exactTarget)

        let partial = try Fixtures.unzip(partialTarget)
        let exact = try Fixtures.unzip(exactTarget)
        #expect(partial["data.json"] == exact["data.json"])
        #expect(partial["data.xml"] == exact["data.xml"])
        let partialManifest = try JSONDecoder().decode(Manifest.self, from: try #require(partial["manifest.json"]))
        let exactManifest = try JSONDecoder().decode(Manifest.self, from: try #require(exact["manifest.json"]))
        #expect(partialManifest.collections == exactManifest.collections)
        #expect(partialManifest.missing?.map(\.source) == ["newsletter"])
        // The page differs only by the notice of what is missing.
        let partialPage = String(decoding: try #require(partial["index.html"]), as: UTF8.self)
        let exactPage = String(decoding: try #require(exact["index.html"]), as: UTF8.self)
        let notice = try #require(
            partialPage.range(of: #"<div class="partial"[^\n]*\n<ul>.*?</ul></div>\n"#, options: .regularExpression))
        var withoutNotice = partialPage
        withoutNotice.removeSubrange(notice)
        #expect(withoutNotice == exactPage)
    }
}
