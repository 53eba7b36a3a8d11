import Foundation
import Testing

/// `handover export` onto a disk that fills up: a small tmpfs mounted for the test (root only).
struct DiskFullCommandTests {
    /// Mounts a tmpfs of `kilobytes` at a new directory; `nil` where mounting is not allowed.
    static func mountTmpfs(kilobytes: Int) throws -> URL? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let mount = try Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", directory.path])
        guard mount == 0 else {
            try? FileManager.default.removeItem(at: directory)
            return nil
        }
        return directory
    }

    static func unmount(_ directory: URL) {
        _ = try? Self.run("/bin/umount", [directory.path])
        try? FileManager.default.removeItem(at: directory)
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static var canMount: Bool {
        guard getuid() == 0, let directory = try? mountTmpfs(kilobytes: 16) else { return false }
        unmount(directory)
        return true
    }

    /// Disks from 16 KB up, 16 KB more each time, until the bundle fits: every smaller one fails
    /// wherever the space runs out (a staged entry, the deflated copies, the zip) with exit 74,
    /// the system's words, and nothing left on the disk; the first that fits gets a valid bundle.
    @Test(.enabled(if: canMount, "needs root to mount a tmpfs"))
    func aFullDiskExitsWith74AndLeavesNothing() throws {
        var failures = 0
        for kilobytes in stride(from: 16, through: 1024, by: 16) {
            let disk = try #require(try Self.mountTmpfs(kilobytes: kilobytes))
            defer { Self.unmount(disk) }
            let output = disk.appendingPathComponent("alice.zip")
            let result = try ExportCommandTests.run([
                "export", "--config", ExportCommandTests.quickstartConfig, "--subject", "email=alice@example.com",
                "--output", output.path,
            ])
            if result.status == 0 {
                #expect(failures >= 2, "the bundle fitted on a disk too small to test the failures")
                let check = try ExportCommandTests.run(["validate", output.path])
                #expect(check.status == 0, "\(check.standardOutput)")
                return
            }
            failures += 1
            #expect(result.status == 74, "\(kilobytes) KB: \(result.standardError)")
            #expect(
                result.standardError.contains("No space left on device"), "\(kilobytes) KB: \(result.standardError)")
            #expect(!result.standardError.contains("NSCocoaErrorDomain"), "\(kilobytes) KB: \(result.standardError)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty, "\(kilobytes) KB")
        }
        Issue.record("the bundle did not fit on 1 MB")
    }
}
