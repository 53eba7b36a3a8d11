import Foundation
import Testing

/// What `handover export` reports: the live progress line on a terminal, plain lines when piped,
/// the `--json` report and the warning for an export that finds nothing; and `validate` of several
/// bundles, `inspect --format json`.
final class ExportReportCommandTests {
    private let directory: URL

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    init() throws {
        directory = try ExportCommandTests.quickstartCopy("handover-report")
    }

    private func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    private func export(_ subject: String, to name: String, _ extra: [String] = []) throws -> ExportCommandTests.Result
    {
        try ExportCommandTests.run(
            ["export", "--config", url("handover.yaml").path, "--subject", subject, "--output", url(name).path] + extra)
    }

    @Test func theJSONReportCountsWithoutNamingTheSubject() throws {
        let result = try export("email=alice@example.com", to: "bundle.zip", ["--json", "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(report["records"] as? Int == 21)
        #expect(report["bundle"] as? String == url("bundle.zip").path)
        #expect((report["collections"] as? [[String: Any]])?.count == 6)
        #expect(
            (report["phases"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == [
                "plan", "resolution", "collections", "packaging",
            ])
        #expect(report["bytes"] as? Int == (try Data(contentsOf: url("bundle.zip"))).count)
        #expect(!result.standardOutput.contains("alice"))
    }

    @Test func anExportThatFindsNothingWritesTheBundleAndWarns() throws {
        let result = try export("email=nobody@example.com", to: "nobody.zip", ["--quiet"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: url("nobody.zip").path))
        #expect(result.standardError.contains("warning: no record of the subject was found"))
        #expect(result.standardError.contains("[no-records-found]"))
    }

    /// Piped, progress is plain lines: no carriage return, no escape sequence.
    @Test func pipedProgressHasNoControlCharacters() throws {
        let result = try export("email=alice@example.com", to: "alice.zip")
        #expect(result.status == 0)
        #expect(result.standardError.contains("shop/customers: 1 record"))
        #expect(!result.standardError.contains("\r"))
        #expect(!result.standardError.contains("\u{1B}"))
    }

    /// Under a pseudo-terminal (`script`), a scan of a large CSV shows a line that moves.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1)"))
    func onATerminalTheProgressLineMoves() throws {
        // 8 × 10^5 records (56 MB) of text with quoted line breaks and non-ASCII: a scan long
        // enough for several redraws, four a second.
        let handle = try FileHandle(forWritingTo: url("newsletter.csv"))
        try handle.seekToEnd()
        for block in 0..<80 {
            var text = ""
            for index in 0..<10_000 {
                let number = block * 10_000 + index
                text += "user\(number)@example.org,2022-01-01 10:00:00,footer,\"line\none ü\",T\(number)\r\n"
            }
            try handle.write(contentsOf: Data(text.utf8))
        }
        try handle.close()
        let command = [
            ExportCommandTests.executable.path, "export", "--config", url("handover.yaml").path, "--subject",
            "email=alice@example.com", "--output", url("alice.zip").path,
        ].map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(printed)")
        let redraws = printed.components(separatedBy: "\r\u{1B}[2K  reading newsletter/subscriptions").dropFirst()
        let percentages = Set(redraws.compactMap { $0.split(separator: "%").first.map(String.init) })
        #expect(percentages.count >= 2, "\(printed)")
        #expect(printed.contains("newsletter/subscriptions: 1 record"))
    }

    @Test func severalBundlesAreValidatedInOneRun() throws {
        #expect(try export("email=alice@example.com", to: "a.zip", ["--quiet"]).status == 0)
        #expect(try export("email=nobody@example.com", to: "b.zip", ["--quiet"]).status == 0)
        let paths = [url("a.zip").path, url("b.zip").path]
        let text = try ExportCommandTests.run(["validate"] + paths)
        #expect(text.status == 0, "\(text.standardOutput)")
        #expect(text.standardOutput.contains("a.zip: valid"))
        #expect(text.standardOutput.contains("b.zip: valid"))
        let json = try ExportCommandTests.run(["validate", "--format", "json"] + paths)
        let reports = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(reports.compactMap { $0["subject"] as? String } == paths)
        let junit = try ExportCommandTests.run(["validate", "--format", "junit"] + paths)
        #expect(junit.standardOutput.components(separatedBy: "<testsuite ").count - 1 == 2)
        let missing = try ExportCommandTests.run(["validate", url("a.zip").path, url("missing.zip").path])
        #expect(missing.status == 2)
    }

    @Test func inspectPrintsJSON() throws {
        #expect(try export("email=alice@example.com", to: "alice.zip", ["--quiet"]).status == 0)
        let result = try ExportCommandTests.run(["inspect", "--format", "json", url("alice.zip").path])
        #expect(result.status == 0)
        let summary = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(summary["scope"] as? String == "access")
        #expect((summary["files"] as? [[String: Any]])?.allSatisfy { $0["intact"] as? Bool != false } == true)
    }
}
