import Foundation
import Testing

@testable import Handover

struct StagingAreaTests {
    @Test func stagingDirectoryIsPrivateAndBesideTheTarget() throws {
        let directory = try TemporaryDirectory()
        let staging = try StagingArea(for: directory.url.appendingPathComponent("out.zip"))
        #expect(
            staging.directory.deletingLastPathComponent().path.hasSuffix(directory.url.lastPathComponent + "/")
                || staging.directory.deletingLastPathComponent().path == directory.url.path)
        #expect(staging.directory.lastPathComponent.hasPrefix(".out.zip.handover-"))
        let attributes = try FileManager.default.attributesOfItem(atPath: staging.directory.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        staging.discard()
        #expect(try directory.contents().isEmpty)
    }

    @Test func interruptedExportsCanBeCleanedUp() throws {
        let directory = try TemporaryDirectory()
        let first = try StagingArea(for: directory.url.appendingPathComponent("a.zip"))
        let second = try StagingArea(for: directory.url.appendingPathComponent("b.zip"))
        try Data("personal data".utf8).write(to: first.file("data.json"))
        #expect(try directory.contents().count == 2)
        // Only this test's directory: other tests' exports run in parallel.
        StagingArea.discardAllActive(in: directory.url)
        #expect(try directory.contents().isEmpty)
        withExtendedLifetime((first, second)) {}
    }

    @Test func missingOutputDirectoryIsAnOutputError() {
        let error = #expect(throws: HandoverError.self) {
            _ = try StagingArea(for: URL(fileURLWithPath: "/nonexistent-directory/out.zip"))
        }
        #expect(error?.code == .outputFailed)
        // The system's own code stays reachable for a caller that branches on it.
        #expect((error?.underlyingError as? POSIXError)?.code == .ENOENT)
    }

    @Test func aFileThatExistsCannotBeCreatedAgainAndSaysWhy() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("taken", "")
        let error = #expect(throws: HandoverError.self) { _ = try FileSink(creating: file) }
        #expect(error?.code == .outputFailed)
        #expect((error?.underlyingError as? POSIXError)?.code == .EEXIST)
    }
}
