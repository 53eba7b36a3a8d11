import Foundation
import Testing

/// `handover export --output`: what may be at the output path, through the built binary.
struct ExportOutputCommandTests {
    /// A copy of the quickstart in a fresh directory (the tests write into it).
    private func quickstartCopy() throws -> URL { try ExportCommandTests.quickstartCopy("handover-output") }

    private func export(_ directory: URL, to output: String, _ extra: [String] = []) throws -> ExportCommandTests.Result
    {
        try ExportCommandTests.run(
            [
                "export", "--config", directory.appendingPathComponent("handover.yaml").path, "--subject",
                "email=alice@example.com", "--output", output, "--quiet",
            ] + extra)
    }

    private func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    @Test(arguments: ["shop.sqlite", "newsletter.csv", "tickets.jsonl", "handover.yaml"])
    func anInputIsNeverReplacedEvenWithForce(input: String) throws {
        let directory = try quickstartCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(input)
        let before = try bytes(file)
        for extra in [[], ["--force"]] {
            let result = try export(directory, to: file.path, extra)
            #expect(result.status == 73, "\(extra): \(result.standardError)")
            #expect(result.standardError.contains("one of the export's inputs"))
            #expect(try bytes(file) == before, "\(input) was changed")
        }
        // Another spelling of the same path, and a hard link to it, are the same input.
        let spelled = directory.appendingPathComponent("./sub/../\(input)").path
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        #expect(try export(directory, to: spelled, ["--force"]).status == 73)
        let hardLink = directory.appendingPathComponent("sub/copy-\(input)")
        try FileManager.default.linkItem(at: file, to: hardLink)
        #expect(try export(directory, to: hardLink.path, ["--force"]).status == 73)
        #expect(try bytes(file) == before)
    }

    @Test func anExistingFileNeedsForce() throws {
        let directory = try quickstartCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("alice.zip")
        try Data("earlier".utf8).write(to: output)
        let refused = try export(directory, to: output.path)
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("already exists"))
        #expect(refused.standardError.contains("--force"))
        #expect(try bytes(output) == Data("earlier".utf8))
        let forced = try export(directory, to: output.path, ["--force"])
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(try bytes(output).prefix(2) == Data("PK".utf8))
    }

    @Test func aSymbolicLinkIsNeverFollowed() throws {
        let directory = try quickstartCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let victim = directory.appendingPathComponent("elsewhere.txt")
        try Data("keep me".utf8).write(to: victim)
        let link = directory.appendingPathComponent("alice.zip")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        for extra in [[], ["--force"]] {
            let result = try export(directory, to: link.path, extra)
            #expect(result.status == 73)
            #expect(result.standardError.contains("a symbolic link"))
        }
        #expect(try bytes(victim) == Data("keep me".utf8))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == victim.path)
    }

    @Test func aFIFOOrADirectoryIsRefused() throws {
        let directory = try quickstartCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.zip")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let result = try export(directory, to: fifo.path, ["--force"])
        #expect(result.status == 73)
        #expect(result.standardError.contains("a FIFO"))
        let folder = try export(directory, to: directory.path, ["--force"])
        #expect(folder.status == 73)
        #expect(folder.standardError.contains("a directory"))
    }

    /// The quickstart with a newsletter of 300,000 rows of Alice's, so that writing her bundle
    /// takes long enough to be interrupted, and an export of it started in `directory`.
    private func startLongExport(in directory: URL, output: URL) throws -> Process {
        let rows =
            "email,subscribed_at,signup_source,interests,unsubscribe_token\n"
            + String(repeating: "alice@example.com,2021-08-04 09:19:51,website footer,gifts,TOKEN\n", count: 300_000)
        try Data(rows.utf8).write(to: directory.appendingPathComponent("newsletter.csv"))
        let process = Process()
        process.executableURL = ExportCommandTests.executable
        process.arguments = [
            "export", "--config", directory.appendingPathComponent("handover.yaml").path, "--subject",
            "email=alice@example.com", "--output", output.path, "--quiet",
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The staging directories in `directory`.
    private func stagings(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".handover-") }
    }

    /// Waits until `process` is writing its bundle: its staging directory in `directory` holds
    /// its lock file and the first entry.
    private func waitForStaging(_ process: Process, in directory: URL) throws -> Bool {
        for _ in 0..<5000 where process.isRunning {
            if let staging = try stagings(in: directory).first,
                let inside = try? FileManager.default.contentsOfDirectory(
                    atPath: directory.appendingPathComponent(staging).path),
                inside.contains(".lock"), inside.contains("data.json")
            {
                return true
            }
            usleep(2000)
        }
        return false
    }

    /// Starts a long export into `directory` and sends it `signal` while it writes the bundle.
    ///
    /// - Returns: The output path and the ended process.
    private func interruptedExport(in directory: URL, with signal: Int32) throws -> (URL, Process) {
        let output = directory.appendingPathComponent("alice.zip")
        let process = try startLongExport(in: directory, output: output)
        try #require(try waitForStaging(process, in: directory), "the export finished before it could be interrupted")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return (output, process)
    }

    /// SIGHUP (the terminal closed) cleans up like SIGINT and SIGTERM: exit 129, nothing left.
    @Test func aHangUpLeavesNothingBehind() throws {
        let directory = try quickstartCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (output, process) = try interruptedExport(in: directory, with: SIGHUP)
        #expect(process.terminationStatus == 129)
        #expect(try stagings(in: directory).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// SIGKILL: nothing at the output path; the staging directory left with Alice's data in it is
    /// removed by the next export into the same folder.
    @Test func aKilledExportsStagingIsRemovedByTheNextExport() throws {
        let directory = try quickstartCopy()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (output, _) = try interruptedExport(in: directory, with: SIGKILL)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let left = try stagings(in: directory)
        #expect(left.count == 1)
        // The next export, of the quickstart's own small newsletter, into the same folder.
        try FileManager.default.removeItem(at: directory.appendingPathComponent("newsletter.csv"))
        try FileManager.default.copyItem(
            at: ExportCommandTests.packageRoot.appendingPathComponent("Examples/quickstart/newsletter.csv"),
            to: directory.appendingPathComponent("newsletter.csv"))
        let next = try export(directory, to: directory.appendingPathComponent("again.zip").path)
        #expect(next.status == 0, "\(next.standardError)")
        #expect(try stagings(in: directory).isEmpty)
    }
}
