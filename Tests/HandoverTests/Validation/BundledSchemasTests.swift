import Foundation
import Testing

@testable import Handover

/// The schemas compiled into the library are exactly the files in `Schemas/` (regenerate with
/// `python3 Scripts/embed-schemas.py`).
struct BundledSchemasTests {
    @Test func embeddedSchemasEqualTheFiles() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("Schemas/v1")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(BundledSchemas.all.map(\.path) == names.map { "v1/\($0)" })
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(
                BundledSchemas.file("v1/\(name)")?.text == text,
                "v1/\(name) differs from Schemas/; run python3 Scripts/embed-schemas.py")
        }
    }

    @Test func writesEverySchema() throws {
        let directory = try TemporaryDirectory()
        let written = try BundledSchemas.write(to: directory.url)
        #expect(written.count == BundledSchemas.all.count)
        for file in BundledSchemas.all {
            let text = try String(contentsOf: directory.url.appendingPathComponent(file.path), encoding: .utf8)
            #expect(text == file.text)
        }
    }
}
