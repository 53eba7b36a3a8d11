import Foundation
import Testing

@testable import Handover

struct IndexHTMLWriterTests {
    private func page(_ language: PageLanguage, scope: ExportScope = .access) async throws -> String {
        let directory = try Fixtures.quickstartCopy()
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let target = directory.url.appendingPathComponent("bundle.zip")
        _ = try await Exporter(configuration: configuration).export(
            ExportRequest(
                identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")], scope: scope,
                language: language),
            to: target)
        Fixtures.expectValidBundle(target)
        return String(decoding: try #require(try Fixtures.unzip(target)["index.html"]), as: UTF8.self)
    }

    @Test(arguments: PageLanguage.allCases)
    func pageIsWrittenInTheRequestedLanguage(language: PageLanguage) async throws {
        let html = try await page(language)
        let labels = BundleLabels.forLanguage(language)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        for heading in [
            labels.sections.controller.heading, labels.sections.categories.heading, labels.sections.purposes.heading,
            labels.sections.retention.heading, labels.sections.recipients.heading, labels.sections.rights.heading,
            labels.sections.complaint.heading, labels.sections.transfers.heading,
            labels.sections.automatedDecisions.heading,
        ] {
            #expect(html.contains(HTMLText.escape(heading)), "\(language): missing heading \(heading)")
        }
        #expect(html.contains(HTMLText.escape(labels.dataCategoryLabel("user.contact.email"))))
        #expect(html.contains(HTMLText.escape(labels.legalBasisLabel("consent"))))
        #expect(html.contains(HTMLText.escape(labels.rights["portability"]!.label)))
        #expect(html.contains("Autoriteit Persoonsgegevens"))
    }

    @Test func valuesAreEscapedAndNothingExternalIsLoaded() async throws {
        let html = try await page(.en)
        #expect(html.contains("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;"), "the ticket body is shown as text")
        #expect(!html.contains("<script"))
        #expect(html.contains("default-src 'none'"))
        #expect(html.range(of: #"(src|href)="(https?:)?//"#, options: .regularExpression) == nil)
        #expect(!html.contains("<link") && !html.contains("<img") && !html.contains("@import"))
    }

    @Test func withheldValuesSaySo() async throws {
        let html = try await page(.da)
        let labels = BundleLabels.forLanguage(.da)
        #expect(html.contains(">\(HTMLText.escape(labels.values.withheld))</span>"))
        #expect(!html.contains(Value.redactionMarker))
    }

    @Test func portabilityPagesLeaveOutTheArticle15Sections() async throws {
        let html = try await page(.en, scope: .portability)
        let labels = BundleLabels.forLanguage(.en)
        #expect(!html.contains(labels.sections.transfers.heading))
        #expect(html.contains(HTMLText.escape(labels.page.scopePortabilityExplanation)))
        #expect(!html.contains("login_events"))
    }

    @Test func escapingCoversEveryMarkupCharacter() {
        #expect(
            HTMLText.escape(#"<a href="x" onclick='y'>&</a>"#)
                == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTMLText.escape("tab\tline\nbell\u{7}") == "tab\tline\nbell\u{FFFD}")
    }
}
