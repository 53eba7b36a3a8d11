import Foundation
import Testing

/// `handover check` through the built binary: exit codes and formats.
struct CheckCommandTests {
    @Test func theQuickstartPassesAndANewCSVColumnFails() throws {
        let passing = try ExportCommandTests.run(["check", "--config", ExportCommandTests.quickstartConfig])
        #expect(passing.status == 0, "\(passing.standardOutput)")
        #expect(passing.standardOutput.contains("valid (checked: configuration, json-schema, sources)"))

        let directory = try ExportCommandTests.quickstartCopy("handover-check", leaving: ["newsletter.csv"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let example = ExportCommandTests.packageRoot.appendingPathComponent("Examples/quickstart")
        let csv = try String(contentsOf: example.appendingPathComponent("newsletter.csv"), encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n")
        let widened = ([lines[0] + ",referrer"] + lines.dropFirst().map { $0.isEmpty ? $0 : $0 + "," })
            .joined(separator: "\r\n")
        try Data(widened.utf8).write(to: directory.appendingPathComponent("newsletter.csv"))
        let config = directory.appendingPathComponent("handover.yaml").path
        let failing = try ExportCommandTests.run(["check", "--config", config, "--format", "github"])
        #expect(failing.status == 1)
        #expect(failing.standardOutput.contains("::error"))
        #expect(
            failing.standardOutput.contains(
                "newsletter/subscriptions holds fields the configuration does not describe: referrer"))
        #expect(try ExportCommandTests.run(["check"]).status == 2)
    }
}
