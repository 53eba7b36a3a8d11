import Foundation
import Testing

/// End-to-end tests of `handover inspect`: what it shows and its exit codes.
struct InspectCommandTests {
    private func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("handover-inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func summarisesAnIntactBundle() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try ValidateCommandTests().export(into: folder)
        let result = try ExportCommandTests.run(["inspect", bundle])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        for expected in [
            "Controller  Voorbeeld Webwinkel B.V.", "Authority   Autoriteit Persoonsgegevens",
            "Subject     email=alice@example.com", "phone=+31612345678 (found in shop/customers.phone)",
            "Scope       access", "shop/customers", "1 record\n", "user.contact.email",
            "data.json", "index.html", "checksum ok",
        ] {
            #expect(result.standardOutput.contains(expected), "missing \(expected.debugDescription)")
        }
        #expect(!result.standardOutput.contains("DOES NOT MATCH"))
    }

    @Test func aChangedFileIsFlaggedWithExit1() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = ValidateCommandTests()
        let corrupt = try command.corrupt(try command.export(into: folder), into: folder)
        let result = try ExportCommandTests.run(["inspect", corrupt])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("DOES NOT MATCH THE MANIFEST"))
    }

    @Test func somethingThatIsNotABundleExitsWith2() throws {
        let folder = try directory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notZip = folder.appendingPathComponent("note.zip")
        try Data("hello".utf8).write(to: notZip)
        let result = try ExportCommandTests.run(["inspect", notZip.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("error:"))
    }
}
