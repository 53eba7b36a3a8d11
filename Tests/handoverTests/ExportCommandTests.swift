import Foundation
import Testing
import ZIPFoundation

/// End-to-end tests of the built `handover` binary: arguments in, files, messages and exit codes out.
struct ExportCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let quickstartConfig = packageRoot.appendingPathComponent("Examples/quickstart/handover.yaml").path

    /// The `handover` executable built next to the test bundle.
    static var executable: URL {
        let directory =
            Bundle.main.executableURL?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = directory
        for _ in 0..<4 {
            let binary = candidate.appendingPathComponent("handover")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
            candidate.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("handover")
    }

    /// A copy of the quickstart's configuration and data in a new directory (the tests write into
    /// it; they remove it), leaving out the files named in `leaving`.
    static func quickstartCopy(_ prefix: String, leaving: Set<String> = []) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let example = packageRoot.appendingPathComponent("Examples/quickstart")
        for name in ["handover.yaml", "shop.sqlite", "newsletter.csv", "tickets.jsonl"] where !leaving.contains(name) {
            try FileManager.default.copyItem(
                at: example.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        return directory
    }

    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("handover-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func exportsTheQuickstartSubject() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("alice.zip")
        let result = try Self.run([
            "export", "--config", Self.quickstartConfig, "--subject", "email=alice@example.com", "--output",
            output.path,
        ])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        #expect(result.standardError.contains("shop/customers: 1 record"))
        #expect(result.standardError.contains("Wrote \(output.path)"))
        let archive = try Archive(url: output, accessMode: .read)
        #expect(Set(archive.map(\.path)) == ["data.json", "data.xml", "index.html", "manifest.json"])
        let validation = try Self.run(["validate", output.path])
        #expect(validation.status == 0, "\(validation.standardOutput)")
    }

    @Test func helpDocumentsExitCodes() throws {
        let result = try Self.run(["--help"])
        #expect(result.status == 0)
        for code in ["64", "65", "66", "73", "78"] {
            #expect(result.standardOutput.contains("\n  \(code) "), "exit code \(code) is not documented")
        }
    }

    @Test func missingSubjectIsAUsageError() throws {
        let result = try Self.run(["export", "--config", Self.quickstartConfig, "--output", "/tmp/never.zip"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--subject"))
    }

    @Test func malformedSubjectIsAUsageError() throws {
        let result = try Self.run([
            "export", "--config", Self.quickstartConfig, "--subject", "alice", "--output", "/tmp/never.zip",
        ])
        #expect(result.status == 64)
        #expect(result.standardError.contains("TYPE=VALUE"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.zip"))
    }

    @Test func missingConfigurationExitsWith66() throws {
        let result = try Self.run([
            "export", "--config", "/nonexistent.yaml", "--subject", "email=a@x", "--output", "/tmp/never.zip",
        ])
        #expect(result.status == 66)
        #expect(result.standardError.contains("/nonexistent.yaml"))
    }

    @Test func invalidConfigurationExitsWith78AndNamesTheLine() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("handover.yaml")
        let text = try String(contentsOfFile: Self.quickstartConfig, encoding: .utf8)
            .replacingOccurrences(of: "legal_basis: consent", with: "legal_basis: agreed")
        try Data(text.utf8).write(to: config)
        let result = try Self.run([
            "export", "--config", config.path, "--subject", "email=a@x", "--output",
            directory.appendingPathComponent("x.zip").path,
        ])
        #expect(result.status == 78)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("legal_basis: agreed") }.map { $0 + 1 }
        #expect(result.standardError.contains("handover.yaml:\(line ?? -1)"), "stderr: \(result.standardError)")
    }

    @Test func unwritableOutputExitsWith73() throws {
        let result = try Self.run([
            "export", "--config", Self.quickstartConfig, "--subject", "email=alice@example.com", "--output",
            "/nonexistent-dir/alice.zip",
        ])
        #expect(result.status == 73)
        #expect(result.standardError.contains("/nonexistent-dir"))
    }
}
