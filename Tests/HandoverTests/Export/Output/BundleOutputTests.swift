import Foundation
import Testing

@testable import Handover

struct BundleOutputTests {
    @Test func fileOutputMovesTheSyncedFileIntoPlace() async throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("out.zip")
        let staging = try StagingArea(for: target)
        let file = staging.file("bundle.zip")
        try Data("content".utf8).write(to: file)
        try await FileOutput(target).deliver(file)
        staging.discard()
        #expect(try directory.contents() == ["out.zip"])
        #expect(try String(contentsOf: target, encoding: .utf8) == "content")
        let attributes = try FileManager.default.attributesOfItem(atPath: target.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func fileOutputWithoutReplacingRefusesAFileThatAppeared() async throws {
        let directory = try TemporaryDirectory()
        let target = directory.url.appendingPathComponent("out.zip")
        let output = FileOutput(target)
        try output.check(inputs: [])
        try Data("someone else's".utf8).write(to: target)
        let staging = try StagingArea(for: target)
        let file = staging.file("bundle.zip")
        try Data("content".utf8).write(to: file)
        let error = await #expect(throws: HandoverError.self) { try await output.deliver(file) }
        #expect(error?.code == .outputExists)
        #expect(try String(contentsOf: target, encoding: .utf8) == "someone else's")
    }

    /// A stream receives exactly the bytes a file would hold, in chunks of the size asked for.
    @Test func streamOutputDeliversTheSameBundleAsAFile() async throws {
        let directory = try Fixtures.quickstartCopy()
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let request = ExportRequest(
            identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")], deterministic: true)
        let file = directory.url.appendingPathComponent("alice.zip")
        let fromFile = try await Exporter(configuration: configuration).export(request, to: file)

        let chunks = Locked<[[UInt8]]>([])
        let output = StreamOutput(workingDirectory: directory.url, chunkSize: 4096) { chunk in
            chunks.withLock { $0.append(chunk) }
        }
        let fromStream = try await Exporter(configuration: configuration).export(request, into: output)
        let received = chunks.withLock { $0 }
        #expect(received.dropLast().allSatisfy { $0.count == 4096 })
        #expect(Data(received.joined()) == (try Data(contentsOf: file)))
        #expect(fromStream.manifest == fromFile.manifest)
        #expect(fromStream.bundle == nil && fromFile.bundle == file)
        // Nothing of the stream's staging is left behind.
        #expect(try directory.contents().filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func aFailedExportWritesNoByteToTheStream() async throws {
        let directory = try Fixtures.quickstartCopy()
        try "id,email\n1,a@b.example,extra\n".write(
            to: directory.url.appendingPathComponent("newsletter.csv"), atomically: true, encoding: .utf8)
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let written = Locked(0)
        let output = StreamOutput(workingDirectory: directory.url) { chunk in written.withLock { $0 += chunk.count } }
        await #expect(throws: HandoverError.self) {
            _ = try await Exporter(configuration: configuration).export(
                ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")]),
                into: output)
        }
        #expect(written.withLock { $0 } == 0)
        #expect(try directory.contents().filter { $0.hasPrefix(".") }.isEmpty)
    }
}
