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

    /// Every new staging area sweeps the folder for abandoned ones: many made at once in one folder
    /// must never take each other for abandoned (a lock file seen before it was locked did).
    @Test func stagingAreasMadeAtOnceInOneFolderAllSurvive() throws {
        /// The areas made, kept alive until all are checked (a test-only box shared by the threads).
        final class Made: @unchecked Sendable {
            let lock = NSLock()
            var areas: [StagingArea] = []
        }
        let directory = try TemporaryDirectory()
        let made = Made()
        let folder = directory.url
        let group = DispatchGroup()
        for thread in 0..<16 {
            group.enter()
            Thread {
                for index in 0..<8 {
                    let area = try? StagingArea(for: folder.appendingPathComponent("\(thread)-\(index).zip"))
                    made.lock.withLock { if let area { made.areas.append(area) } }
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(made.areas.count == 128)
        for area in made.areas {
            #expect(
                FileManager.default.fileExists(atPath: area.directory.path),
                "\(area.directory.lastPathComponent) was swept while in use")
        }
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

    /// A staging directory whose process was killed (SIGKILL: no cleanup ran, the kernel dropped
    /// its lock) is removed by the next staging area in the same folder; a live one, a recent one
    /// without a lock file, a symbolic link and other names are left alone.
    @Test(.enabled(if: Fixtures.python3 != nil))
    func aKilledExportsStagingIsRemovedByTheNextOne() throws {
        let directory = try TemporaryDirectory()
        let killed = directory.url.appendingPathComponent(".a.zip.handover-Ab12Cd")
        try FileManager.default.createDirectory(at: killed, withIntermediateDirectories: false)
        try Data("personal data".utf8).write(to: killed.appendingPathComponent("data.json"))
        // A process of its own takes the lock and is killed holding it.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: Fixtures.python3!)
        holder.arguments = [
            "-c",
            "import fcntl, os, sys, time; f = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600); "
                + "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)",
            killed.appendingPathComponent(StagingArea.lockName).path,
        ]
        let pipe = Pipe()
        holder.standardOutput = pipe
        try holder.run()
        _ = pipe.fileHandleForReading.availableData  // "locked"
        let live = try StagingArea(for: directory.url.appendingPathComponent("b.zip"))
        #expect(FileManager.default.fileExists(atPath: killed.path), "held by a live process")
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()

        let fresh = directory.url.appendingPathComponent(".c.zip.handover-Xy34Zw")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: false)
        let other = directory.url.appendingPathComponent(".c.zip.handover-notes")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: false)
        try Data().write(to: other.appendingPathComponent(StagingArea.lockName))
        try FileManager.default.createSymbolicLink(
            at: directory.url.appendingPathComponent(".d.zip.handover-Qw56Er"), withDestinationURL: killed)
        let next = try StagingArea(for: directory.url.appendingPathComponent("e.zip"))
        #expect(!FileManager.default.fileExists(atPath: killed.path))
        #expect(FileManager.default.fileExists(atPath: live.directory.path))
        #expect(FileManager.default.fileExists(atPath: fresh.path), "no lock file yet, and only just made")
        // Not named like one (five characters after the marker): never touched, unlocked or not.
        #expect(FileManager.default.fileExists(atPath: other.path))
        #expect(
            (try? FileManager.default.destinationOfSymbolicLink(
                atPath: directory.url.appendingPathComponent(".d.zip.handover-Qw56Er").path)) != nil)
        live.discard()
        next.discard()
    }

    @Test(arguments: [
        (".a.zip.handover-Ab12Cd", true), (".handover-Ab12Cd", false), (".a.zip.handover-Ab12C", false),
        ("a.zip.handover-Ab12Cd", false), (".x.handover-.handover-123456", true),
    ])
    func stagingNamesAreRecognisedExactly(name: String, staging: Bool) {
        #expect(StagingArea.isStagingName(name) == staging)
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
