import Foundation
import Testing

@testable import Handover

/// The writer thread: every call reaches the writer in order, its first error reaches the caller,
/// and the thread ends on `finish` and on `stop`.
struct BackgroundContentWriterTests {
    /// Records what it is called with, on whichever thread; fails on the record named `failOn`.
    final class Recorder: BundleContentWriter, @unchecked Sendable {
        let calls = Locked<[String]>([])
        let failOn: Int?
        init(failOn: Int? = nil) { self.failOn = failOn }

        func begin(_ header: BundleHeader) throws { calls.withLock { $0.append("begin") } }
        func beginCollection(_ collection: CollectionHeader) throws {
            calls.withLock { $0.append("collection \(collection.name)") }
        }
        func write(_ record: ExportedRecord) throws {
            guard case .integer(let number) = record.fields[0].value else { return }
            if Int(number) == failOn { throw HandoverError(.ioFailed, "disk full") }
            calls.withLock { $0.append("\(number)") }
        }
        func endCollection(recordCount: Int) throws { calls.withLock { $0.append("end \(recordCount)") } }
        func finish() throws { calls.withLock { $0.append("finish") } }
    }

    private let header = BundleHeader(
        controller: Fixtures.controller, identifiers: [SubjectIdentifier(type: "email", value: "a@x")], discovered: [],
        scope: .access)

    private func collection(_ name: String) -> CollectionHeader {
        CollectionHeader(
            source: "s", name: name, purposes: ["essential.service"], legalBasis: .consent,
            retention: Retention(description: "30 days"), recipients: [], fields: [])
    }

    private func record(_ number: Int) -> ExportedRecord {
        ExportedRecord(fields: [.init(name: "n", value: .integer(Int64(number)))])
    }

    @Test func everyCallArrivesInOrderAcrossManyBatches() throws {
        let recorder = Recorder()
        let writer = BackgroundContentWriter(recorder)
        let count = BackgroundContentWriter.batchSize * (BackgroundContentWriter.queuedBatches + 3) + 17
        try writer.begin(header)
        var expected = ["begin"]
        for name in ["a", "b"] {
            try writer.beginCollection(collection(name))
            expected.append("collection \(name)")
            for number in 0..<count {
                try writer.write(record(number))
                expected.append("\(number)")
            }
            try writer.endCollection(recordCount: count)
            expected.append("end \(count)")
        }
        try writer.finish()
        expected.append("finish")
        // finish() returns once the thread has written everything.
        #expect(recorder.calls.withLock { $0 } == expected)
    }

    @Test func theWritersFirstErrorReachesTheCallerAndNothingAfterItIsWritten() throws {
        let recorder = Recorder(failOn: 10)
        let writer = BackgroundContentWriter(recorder)
        var thrown: (any Error)?
        do {
            try writer.begin(header)
            try writer.beginCollection(collection("a"))
            for number in 0..<(BackgroundContentWriter.batchSize * 20) { try writer.write(record(number)) }
            try writer.finish()
        } catch {
            thrown = error
        }
        let error = try #require(thrown as? HandoverError)
        #expect(error.diagnostics.first?.code == .ioFailed)
        writer.stop()
        let calls = recorder.calls.withLock { $0 }
        #expect(calls.last == "9")
        #expect(!calls.contains("finish"))
    }

    @Test func stopEndsTheThreadWithoutFinishingTheDocument() throws {
        let recorder = Recorder()
        let writer = BackgroundContentWriter(recorder)
        try writer.begin(header)
        try writer.write(record(1))
        writer.stop()
        #expect(recorder.calls.withLock { $0 } == ["begin", "1"])
    }
}
