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

    /// What the page must say in one language, written out by hand (not read from the labels the
    /// writer uses), so that a change to any of these texts fails this test and is seen in review.
    struct ExpectedPage: Sendable {
        /// The `lang` attribute of `<html>`.
        var lang: String
        /// The section headings the quickstart's access page shows: controller, categories,
        /// purposes, retention, recipients, rights, complaint, transfers, automated decisions.
        var headings: [String]
        /// The label of the data category `user.contact.email`.
        var emailCategory: String
        /// The legal basis `consent`, with its citation of Art. 6(1)(a).
        var consent: String
        /// The right to data portability, with its citation of Art. 20.
        var portability: String
        /// A value withheld because it is about another person.
        var withheld: String
    }

    static let expected: [PageLanguage: ExpectedPage] = [
        .en: ExpectedPage(
            lang: "en",
            headings: [
                "Who holds your data", "What data we hold, by category",
                "Why we process your data and on what legal basis", "How long we keep your data",
                "Who receives your data", "Your rights", "Where to complain", "Transfers outside the EEA",
                "Automated decision-making",
            ],
            emailCategory: "E-mail address",
            consent: "Consent (Art. 6(1)(a) GDPR)",
            portability: "Right to data portability (Art. 20 GDPR)",
            withheld: "[withheld]"),
        .nl: ExpectedPage(
            lang: "nl",
            headings: [
                "Wie uw gegevens heeft", "Welke gegevens wij hebben, per categorie",
                "Waarom wij uw gegevens verwerken en op welke rechtsgrond", "Hoe lang wij uw gegevens bewaren",
                "Wie uw gegevens ontvangt", "Uw rechten", "Waar u een klacht kunt indienen",
                "Doorgiften buiten de EER", "Geautomatiseerde besluitvorming",
            ],
            emailCategory: "E-mailadres",
            consent: "Toestemming (art. 6, lid 1, onder a), AVG)",
            portability: "Recht op overdraagbaarheid van gegevens (art. 20 AVG)",
            withheld: "[weggelaten]"),
        .ro: ExpectedPage(
            lang: "ro",
            headings: [
                "Cine deține datele dumneavoastră", "Ce date deținem, pe categorii",
                "De ce prelucrăm datele și în ce temei juridic", "Cât timp păstrăm datele", "Cine primește datele",
                "Drepturile dumneavoastră", "Unde puteți depune o plângere", "Transferuri în afara SEE",
                "Procesul decizional automatizat",
            ],
            emailCategory: "Adresă de e-mail",
            consent: "Consimțământ (art. 6 alin. (1) lit. (a) din RGPD)",
            portability: "Dreptul la portabilitatea datelor (art. 20 din RGPD)",
            withheld: "[omis]"),
        .da: ExpectedPage(
            lang: "da",
            headings: [
                "Hvem har dine oplysninger", "Hvilke oplysninger vi har, fordelt på kategorier",
                "Hvorfor vi behandler oplysningerne, og på hvilket retsgrundlag",
                "Hvor længe vi opbevarer oplysningerne", "Hvem modtager oplysningerne", "Dine rettigheder",
                "Hvor du kan klage", "Overførsel til lande uden for EØS", "Automatiske afgørelser",
            ],
            emailCategory: "E-mailadresse",
            consent: "Samtykke (artikel 6, stk. 1, litra a, i databeskyttelsesforordningen)",
            portability: "Ret til dataportabilitet (artikel 20 i databeskyttelsesforordningen)",
            withheld: "[udeladt]"),
    ]

    @Test(arguments: PageLanguage.allCases)
    func pageIsWrittenInTheRequestedLanguage(language: PageLanguage) async throws {
        let expected = try #require(Self.expected[language], "no expected texts written for \(language)")
        let html = try await page(language)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(expected.lang)\">"))
        for heading in expected.headings {
            #expect(html.contains(heading), "\(language): missing heading \(heading)")
        }
        #expect(html.contains(expected.emailCategory), "\(language): missing \(expected.emailCategory)")
        #expect(html.contains(expected.consent), "\(language): missing \(expected.consent)")
        #expect(html.contains(expected.portability), "\(language): missing \(expected.portability)")
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

    @Test(arguments: [PageLanguage.da, .en])
    func withheldValuesSaySo(language: PageLanguage) async throws {
        let expected = try #require(Self.expected[language])
        let html = try await page(language)
        #expect(html.contains(">\(expected.withheld)</span>"))
        #expect(!html.contains("[withheld: data about another person]"), "the data files' marker is not shown")
    }

    @Test func portabilityPagesLeaveOutTheArticle15Sections() async throws {
        let html = try await page(.en, scope: .portability)
        #expect(!html.contains("Transfers outside the EEA"))
        #expect(
            html.contains(
                "This copy answers your request for data portability: it contains the personal data you provided "
                    + "to us or that we observed through your use of our services, in a structured, commonly used "
                    + "and machine-readable format that you can pass on to another organisation."))
        #expect(!html.contains("login_events"))
    }

    @Test func escapingCoversEveryMarkupCharacter() {
        #expect(
            HTMLText.escape(#"<a href="x" onclick='y'>&</a>"#)
                == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTMLText.escape("tab\tline\nbell\u{7}") == "tab\tline\nbell\u{FFFD}")
    }
}
