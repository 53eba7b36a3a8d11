import Foundation
import Testing

@testable import Handover

/// Lists in JSON fields take part in identities, references and discovery value by value: a record
/// whose identity list holds the subject's address is theirs, a key inside a list is followed, and
/// each address in a discovering list is searched for.
struct ListValueResolutionTests {
    @Test func listsAreComparedValueByValueEverywhere() async throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "accounts.jsonl",
            """
            {"id": 1, "emails": ["ann@example.com", "ann.work@example.com"]}
            {"id": 2, "emails": ["bo@example.com", "ann@example.com.au"]}

            """)
        try directory.write(
            "orders.jsonl",
            """
            {"id": 10, "account_ids": [1]}
            {"id": 11, "account_ids": [2, 3]}
            {"id": 12, "account_ids": [[4], [1]]}

            """)
        try directory.write("newsletter.csv", "email,topic\nann.work@example.com,garden\nbo@example.com,cars\n")
        let file = try directory.write(
            "handover.yaml",
            Fixtures.configurationHeader + """
                sources:
                  - id: accounts
                    kind: jsonl
                    path: accounts.jsonl
                    collections:
                      - name: accounts
                        identities: { email: emails }
                        discovers: { email: emails }
                        purposes: [essential.service]
                        legal_basis: contract
                        retention: 2 years
                        fields:
                          id: { category: user.unique_id, provenance: observed }
                          emails: { category: user.contact.email, provenance: provided }
                  - id: orders
                    kind: jsonl
                    path: orders.jsonl
                    collections:
                      - name: orders
                        references: [{ field: account_ids, to: accounts/accounts.id }]
                        purposes: [essential.service]
                        legal_basis: contract
                        retention: 7 years
                        fields:
                          id: { category: user.unique_id, provenance: observed }
                          account_ids: { category: user.unique_id, provenance: observed }
                  - id: newsletter
                    kind: csv
                    path: newsletter.csv
                    collections:
                      - name: newsletter
                        identities: { email: email }
                        purposes: [marketing.advertising]
                        legal_basis: consent
                        retention: until unsubscribed
                        fields:
                          email: { category: user.contact.email, provenance: provided }
                          topic: { category: user.behavior, provenance: provided }
                """)
        let configuration = try ConfigurationLoader().load(from: file)
        let bundle = directory.url.appendingPathComponent("ann.zip")
        _ = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [try SubjectIdentifier(parsing: "email=ann@example.com")], deterministic: true),
            to: bundle)
        let records = try Fixtures.recordIDs(in: bundle, idField: ["newsletter": "topic"])
        #expect(records["accounts"] == ["1": 1])
        #expect(records["orders"] == ["10": 1, "12": 1])
        #expect(records["newsletter"] == ["garden": 1])
    }
}
