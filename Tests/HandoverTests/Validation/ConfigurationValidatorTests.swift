import Foundation
import Testing

@testable import Handover

struct ConfigurationValidatorTests {
    @Test func quickstartConfigurationIsValid() {
        let report = ConfigurationValidator().validate(
            configurationAt: Fixtures.quickstart.appendingPathComponent("handover.yaml"))
        #expect(report.isValid)
        #expect(report.diagnostics.isEmpty)
    }

    @Test func everyProblemIsReportedWithItsLine() throws {
        let directory = try Fixtures.quickstartCopy()
        let url = directory.url.appendingPathComponent("handover.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "purposes: [marketing.communications.email]", with: "purposes: [spam.marketing]")
            .replacingOccurrences(of: "period: P2Y\n", with: "period: two years\n")
        try Data(text.utf8).write(to: url)
        let report = ConfigurationValidator().validate(configurationAt: url, name: "handover.yaml")
        #expect(!report.isValid)
        #expect(report.diagnostics.count >= 2)
        let lines = text.components(separatedBy: "\n")
        let spam = lines.firstIndex { $0.contains("spam.marketing") }! + 1
        #expect(report.diagnostics.contains { $0.location.line == spam && $0.message.contains("spam.marketing") })
        #expect(
            report.diagnostics.allSatisfy { $0.code == .configurationInvalid && $0.location.file == "handover.yaml" })
    }

    @Test func missingFileIsUnusable() {
        let report = ConfigurationValidator().validate(configurationAt: URL(fileURLWithPath: "/nonexistent.yaml"))
        #expect(report.inputUnusable)
    }
}
