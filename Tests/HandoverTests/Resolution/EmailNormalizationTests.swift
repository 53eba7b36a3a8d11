import Foundation
import Testing

@testable import Handover

struct EmailNormalizationTests {
    private let rule = EmailNormalization()

    @Test(arguments: [
        "bob@x.com", "BOB@X.COM", "Bob@x.Com", " bob@x.com ", "\tbob@x.com\n", "bob@x.com.", "  BOB@X.com. ",
        "bob@x.com\u{00A0}",
    ])
    func spellingsOfOneAddress(spelling: String) {
        #expect(rule.normalize(spelling) == "bob@x.com")
    }

    @Test func nearCollisionsStayDifferent() {
        let bob = rule.normalize("bob@x.com")
        for other in ["jimbob@x.com", "bob@x.co", "bob@x.com.au", "bo@x.com", "bob@y.com", "bob.@x.com", "b.ob@x.com"] {
            #expect(rule.normalize(other) != bob, "\(other)")
            #expect(rule.normalize(other) != nil, "\(other)")
        }
    }

    @Test(arguments: ["", "   ", "bob", "x.com", "@x.com", "bob@", "bob @x.com", "bob@x .com", "bob@."])
    func notAddresses(text: String) {
        #expect(rule.normalize(text) == nil, "'\(text)' read as \(rule.normalize(text) ?? "")")
    }

    @Test func unicodeIsComparedInCanonicalComposition() {
        #expect(rule.normalize("jose\u{0301}@x.com") == rule.normalize("jos\u{00E9}@x.com"))
        #expect(rule.normalize("JOS\u{00C9}@X.COM") == "jos\u{00E9}@x.com")
    }

    @Test func domainRulesApplyToTheirDomainOnly() {
        let rule = EmailNormalization(domains: [
            "GMail.com": .init(ignoreDots: true, stripPlusSuffix: true),
            "example.org": .init(caseSensitiveLocalPart: true),
        ])
        #expect(rule.normalize("J.Doe+news@GMAIL.com") == "jdoe@gmail.com")
        #expect(rule.normalize("jdoe@gmail.com") == "jdoe@gmail.com")
        #expect(rule.normalize("j.doe+news@x.com") == "j.doe+news@x.com")
        #expect(rule.normalize("Bob@Example.ORG") == "Bob@example.org")
        #expect(rule.normalize("bob@example.org") != rule.normalize("Bob@example.org"))
        #expect(rule.normalize("+news@gmail.com") == "+news@gmail.com", "a leading + is the whole local part")
    }

    @Test func exportMatchesSpellingsButNotNearCollisions() async throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "people.csv",
            "id,email\r\n1,bob@x.com\r\n2, BOB@X.COM \r\n3,Bob@x.com.\r\n4,jimbob@x.com\r\n5,bob@x.co\r\n"
                + "6,bob@x.com.au\r\n7,\r\n8,bob\r\n")
        try directory.write(
            "handover.yaml",
            Fixtures.configurationHeader + """
                identity_types: { email: email }
                sources:
                  - id: crm
                    kind: csv
                    path: people.csv
                    collections:
                      - name: people
                        identities: { email: email }
                        purposes: [essential.service]
                        legal_basis: contract
                        retention: Kept while the account exists.
                        fields:
                          id: { category: user.unique_id, provenance: observed }
                          email: { category: user.contact.email, provenance: provided }
                """)
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let bundle = directory.url.appendingPathComponent("bundle.zip")
        _ = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "  Bob@X.com")]), to: bundle)
        #expect(try Fixtures.recordIDs(in: bundle) == ["people": ["1": 1, "2": 1, "3": 1]])
    }
}
