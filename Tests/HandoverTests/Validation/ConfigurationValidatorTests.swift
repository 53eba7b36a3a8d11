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
            report.diagnostics.allSatisfy {
                ($0.code == .configurationInvalid || $0.code == .jsonSchemaInvalid)
                    && $0.location.file == "handover.yaml"
            })
    }

    @Test(
        .disabled(
            if: Sanitizers.address,
            "the address sanitizer's large frames make the stack guard stop the schema check (as it must) first"))
    func schemaOnlyProblemsAreReportedWithTheirLineAndPointer() throws {
        let directory = try Fixtures.quickstartCopy()
        let url = directory.url.appendingPathComponent("handover.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "identity_types:\n", with: "discovery: { max_per_type: -1 }\nidentity_types:\n")
        try Data(text.utf8).write(to: url)
        let report = ConfigurationValidator().validate(configurationAt: url, name: "handover.yaml")
        #expect(report.checks == ["configuration", "json-schema"])
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("max_per_type: -1") }! + 1
        let diagnostic = try #require(report.diagnostics.first { $0.code == .jsonSchemaInvalid })
        #expect(diagnostic.location.pointer == "/discovery/max_per_type")
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.message.hasPrefix("discovery.max_per_type: "))
    }

    @Test func everyExampleConfigurationFollowsTheSchema() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Fixtures.examples.path)
            .filter {
                FileManager.default.fileExists(
                    atPath: Fixtures.examples.appendingPathComponent("\($0)/handover.yaml").path)
            }
        #expect(examples.count >= 6)
        for example in examples {
            let report = ConfigurationValidator().validate(
                configurationAt: Fixtures.examples.appendingPathComponent("\(example)/handover.yaml"))
            #expect(report.diagnostics.isEmpty, "\(example): \(report.diagnostics.map(\.description))")
        }
    }

    @Test func missingFileIsUnusable() {
        let report = ConfigurationValidator().validate(configurationAt: URL(fileURLWithPath: "/nonexistent.yaml"))
        #expect(report.inputUnusable)
    }
}
