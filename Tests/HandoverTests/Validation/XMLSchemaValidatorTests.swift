import Foundation
import Testing

@testable import Handover

/// Serialized: several tests read the process-wide count of refused loads.
@Suite(.serialized)
struct XMLSchemaValidatorTests {
    private static let minimal = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bundle xmlns="urn:handover:bundle:1" formatVersion="1" scope="access">
          <controller>
            <name>C</name>
            <email>c@example.com</email>
            <supervisoryAuthority><name>A</name></supervisoryAuthority>
          </controller>
          <subject><identifier type="email">a@example.com</identifier></subject>
        </bundle>

        """

    private func validate(_ text: String) throws -> [XMLSchemaValidator.Issue] {
        let directory = try TemporaryDirectory()
        let file = try directory.write("data.xml", text)
        return try XMLSchemaValidator.bundleData().validate(fileAt: file)
    }

    /// libxml2 quotes the value it refuses; the issues keep the element, attribute, type and
    /// facet, but not the value, which in a bundle is personal data.
    @Test func issuesDoNotQuoteTheDocumentsValues() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "<supervisoryAuthority>",
            with: "<responsePeriod>Alice's 'one' month</responsePeriod><supervisoryAuthority>")
        let issues = try validate(text)
        #expect(!issues.isEmpty)
        for issue in issues {
            #expect(!issue.message.contains("Alice"), "\(issue.message)")
            #expect(!issue.message.contains("month"), "\(issue.message)")
        }
        #expect(
            issues.contains {
                $0.message.contains("responsePeriod") && $0.message.contains("The value is not accepted by the pattern")
            })
    }

    @Test func minimalDocumentIsValid() throws {
        #expect(try validate(Self.minimal).isEmpty)
    }

    @Test func schemaViolationHasItsLine() throws {
        let issues = try validate(Self.minimal.replacingOccurrences(of: "scope=\"access\"", with: "scope=\"erasure\""))
        let issue = try #require(issues.first)
        #expect(issue.kind == .invalid)
        #expect(issue.line == 2)
        #expect(issue.message.contains("scope"))
    }

    @Test func missingElementIsReported() throws {
        let issues = try validate(
            Self.minimal.replacingOccurrences(
                of: "<supervisoryAuthority><name>A</name></supervisoryAuthority>", with: ""))
        #expect(issues.first?.kind == .invalid)
        #expect(issues.first?.line == 7)  // reported where the controller ends without it
    }

    @Test func malformedDocumentIsReported() throws {
        let issues = try validate(Self.minimal.replacingOccurrences(of: "</subject>", with: "</subjects>"))
        #expect(issues.first?.kind == .malformed)
        #expect(issues.first?.line == 8)
    }

    @Test func documentTypeIsRefusedUnread() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "<bundle", with: "<!DOCTYPE bundle [<!ENTITY a \"x\">]>\n<bundle")
        let issues = try validate(text)
        #expect(issues.count == 1)
        #expect(issues.first?.kind == .refused)
        #expect(issues.first?.message.contains("DOCTYPE") == true)
    }

    @Test func commentsAndProcessingInstructionsBeforeTheRootAreFine() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "<bundle", with: "<!-- a - comment --><?pi data?>\n<bundle")
        #expect(try validate(text).isEmpty)
    }

    @Test func otherEncodingsAreRefused() throws {
        let latin = Self.minimal.replacingOccurrences(of: "UTF-8", with: "ISO-8859-1")
        #expect(try validate(latin).first?.kind == .refused)
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("utf16.xml")
        try Self.minimal.data(using: .utf16)!.write(to: file)
        let issues = try XMLSchemaValidator.bundleData().validate(fileAt: file)
        #expect(issues.first?.kind == .refused)
        #expect(issues.first?.message.contains("UTF-8") == true)
    }

    @Test func schemaLocationIsIgnored() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "scope=\"access\"",
            with: "scope=\"access\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"urn:handover:bundle:1 http://127.0.0.1:9/evil.xsd\"")
        let before = LibXML2.refusedLoads
        #expect(try validate(text).isEmpty)
        #expect(LibXML2.refusedLoads == before)
    }

    @Test func missingFileIsAnError() throws {
        #expect(throws: HandoverError.self) {
            try XMLSchemaValidator.bundleData().validate(fileAt: URL(fileURLWithPath: "/nonexistent/data.xml"))
        }
    }

    @Test func brokenSchemaDoesNotCompile() {
        #expect(throws: HandoverError.self) {
            try XMLSchemaValidator(
                schema: "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:bogus/></xs:schema>")
        }
    }

    @Test func schemaIncludesAreNeverFetched() throws {
        let schema = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:include schemaLocation="http://127.0.0.1:9/other.xsd"/>
              <xs:element name="root" type="xs:string"/>
            </xs:schema>
            """
        let before = LibXML2.refusedLoads
        _ = try? XMLSchemaValidator(schema: schema)
        #expect(LibXML2.refusedLoads > before)
    }

    /// Every attack document in the shared xml-attacks data is refused, quickly, without a load.
    @Test(.requiresSharedTestData("xml-attacks"))
    func sharedAttackDocumentsAreRefused() throws {
        let data = try #require(Fixtures.sharedTestFolder("xml-attacks"))
        let folders = ["defusedxml/xmltestdata", "libxml2/test/recurse"].map(data.appendingPathComponent)
        let files = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
                .filter { $0.hasSuffix(".xml") }.map { folder.appendingPathComponent($0) }
        }
        #expect(files.count >= 15)
        let validator = try XMLSchemaValidator.bundleData()
        let before = LibXML2.refusedLoads
        for file in files {
            let started = Date()
            let issues = try validator.validate(fileAt: file)
            #expect(Date().timeIntervalSince(started) < 2, "\(file.lastPathComponent) took too long")
            #expect(!issues.isEmpty, "\(file.lastPathComponent) was accepted")
            let text = try String(contentsOf: file, encoding: .isoLatin1)
            if text.contains("<!DOCTYPE") {
                #expect(issues.map(\.kind) == [.refused], "\(file.lastPathComponent): \(issues)")
            }
        }
        #expect(LibXML2.refusedLoads == before, "an external load was attempted")
    }
}
