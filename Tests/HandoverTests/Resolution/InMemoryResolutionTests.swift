import Foundation
import HandoverTesting
import Testing

@testable import Handover

/// The resolver on in-memory sources: identities, references and discovery to a fixpoint, with no
/// data files and no bundle. Expected records are worked out by hand from the rows of each test.
struct InMemoryResolutionTests {
    private let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    // MARK: - Identities

    /// Exact matching after the e-mail rule (trim, NFC, lowercase): addresses that contain the
    /// subject's, or that it contains, are other people.
    @Test func nearCollisionsOfAnEmailAreOtherPeople() async throws {
        let shop = source(
            "shop",
            customers: [
                ["id": "1", "email": "bob@x.com"], ["id": "2", "email": " BOB@X.COM "],
                ["id": "3", "email": "jimbob@x.com"], ["id": "4", "email": "bob@x.com.evil"],
                ["id": "5", "email": "bob@x.co"], ["id": "6", "email": "bob.x.com"], ["id": "7", "email": nil],
                ["id": "8", "email": "bob@x.com,alice@x.com"],
            ])
        let result = try await matched(
            [SubjectIdentifier(type: "email", value: "Bob@x.com")],
            collections: ["shop": "- name: customers\n  identities: { email: email }\n"], sources: [shop])
        #expect(result.ids == ["customers": ["1", "2"]])
    }

    // MARK: - References

    /// customers → orders → items → returns, with null and dangling keys along the chain.
    @Test func aThreeHopChainFollowsOnlyTheSubjectsKeys() async throws {
        let shop = InMemorySource(
            name: "shop",
            records: [
                "customers": records([["id": "1", "email": "bob@x.com"], ["id": "2", "email": "jimbob@x.com"]]),
                "orders": records([
                    ["id": "10", "customer_id": "1"], ["id": "11", "customer_id": "2"],
                    ["id": "12", "customer_id": nil], ["id": "13", "customer_id": "3"],
                ]),
                "items": records([
                    ["id": "100", "order_id": "10"], ["id": "101", "order_id": "11"], ["id": "102", "order_id": "10"],
                    ["id": "103", "order_id": nil], ["id": "104", "order_id": "12"],
                ]),
                "returns": records([
                    ["id": "1000", "item_id": "100"], ["id": "1001", "item_id": "101"],
                    ["id": "1002", "item_id": "102"], ["id": "1004", "item_id": "999"],
                ]),
            ])
        let result = try await matched(
            [SubjectIdentifier(type: "email", value: "bob@x.com")],
            collections: [
                "shop": """
                - name: customers
                  identities: { email: email }
                - name: orders
                  references: [{ field: customer_id, to: customers.id }]
                - name: items
                  references: [{ field: order_id, to: orders.id }]
                - name: returns
                  references: [{ field: item_id, to: items.id }]

                """
            ], sources: [shop])
        #expect(
            result.ids == [
                "customers": ["1"], "orders": ["10"], "items": ["100", "102"], "returns": ["1000", "1002"],
            ])
    }

    /// Two collections that reference each other reach a fixpoint; keys compare as exact text.
    @Test func referenceCyclesReachAFixpoint() async throws {
        let shop = InMemorySource(
            name: "shop",
            records: [
                "accounts": records([
                    ["id": "a1", "email": "bob@x.com", "partner": "p1"], ["id": "a2", "email": nil, "partner": "p2"],
                    ["id": "a3", "email": nil, "partner": "P1"],
                ]),
                "partners": records([
                    ["id": "p1", "account": "a2"], ["id": "p2", "account": "a1"], ["id": "p3", "account": "a3 "],
                ]),
            ])
        let result = try await matched(
            [SubjectIdentifier(type: "email", value: "bob@x.com")],
            collections: [
                "shop": """
                - name: accounts
                  identities: { email: email }
                  references: [{ field: id, to: partners.account }]
                - name: partners
                  references: [{ field: id, to: accounts.partner }]

                """
            ], sources: [shop])
        // a1 → p1 (its partner) → a2 (p1's account) → p2 (a2's partner), whose account is a1 again.
        #expect(result.ids == ["accounts": ["a1", "a2"], "partners": ["p1", "p2"]])
    }

    // MARK: - Discovery

    /// A phone found in the subject's customer record finds their calls in another source, and is
    /// reported with where it was found.
    @Test func aDiscoveredPhoneFindsRecordsInAnotherSource() async throws {
        let shop = source(
            "shop",
            customers: [
                ["id": "1", "email": "bob@x.com", "phone": "0470 00 00 01"],
                ["id": "2", "email": "alice@x.com", "phone": "0470 00 00 02"],
            ])
        let telephony = InMemorySource(
            name: "telephony",
            records: [
                "calls": records([
                    ["id": "C1", "caller": "+32470000001"], ["id": "C2", "caller": "+32470000002"],
                    ["id": "C3", "caller": "+32 470 00 00 01"], ["id": "C4", "caller": "+324700000011"],
                ])
            ])
        let result = try await matched(
            [SubjectIdentifier(type: "email", value: "bob@x.com")],
            collections: [
                "shop": "- name: customers\n  identities: { email: email }\n  discovers: { phone: phone }\n",
                "telephony": "- name: calls\n  identities: { phone: caller }\n",
            ], sources: [shop, telephony])
        #expect(result.ids == ["customers": ["1"], "calls": ["C1", "C3"]])
        #expect(
            result.subject.discovered == [
                DiscoveredIdentifier(type: "phone", value: "+32470000001", via: "shop/customers.phone")
            ])
    }

    // MARK: - Helpers

    private func source(_ name: String, customers: [[String: String?]]) -> InMemorySource {
        InMemorySource(name: name, records: ["customers": records(customers)])
    }

    /// Records from rows of text (`nil` is a null), fields in name order, located by position.
    private func records(_ rows: [[String: String?]]) -> [Record] {
        rows.enumerated().map { index, row in
            Record(
                fields: row.sorted { $0.key < $1.key }.map {
                    Record.Field(name: $0.key, value: $0.value.map(Value.string) ?? .null)
                },
                location: .init(file: "memory", line: index + 1))
        }
    }

    /// Resolves the subject over `sources`, configured with each source's `collections:` YAML
    /// (every field of every row exported), and returns the ids of the records each collection's
    /// criteria then match.
    private func matched(
        _ identifiers: [SubjectIdentifier], collections: [String: String], sources: [InMemorySource]
    ) async throws -> (ids: [String: Set<String>], subject: ResolvedSubject) {
        var yaml =
            Fixtures.configurationHeader + """
                identity_types:
                  email: email
                  phone: { normalize: phone, default_country: BE }
                sources:

                """
        for source in sources {
            yaml += "  - id: \(source.sourceName)\n    kind: memory\n    collections:\n"
            for line in (collections[source.sourceName] ?? "").split(separator: "\n") {
                yaml += "      \(line)\n"
                if line.hasPrefix("- name: "), let name = line.split(separator: " ").last {
                    let fields = Set((source.collections[String(name)] ?? []).flatMap { $0.fields.map(\.name) })
                    yaml += "        purposes: [essential.service]\n        legal_basis: contract\n"
                    yaml += "        retention: Kept a year.\n        fields:\n"
                    for field in fields.sorted() {
                        yaml += "          \(field): { category: user.unique_id, provenance: observed }\n"
                    }
                }
            }
        }
        var registry = DataSourceRegistry.standard
        registry.register(
            InMemorySourceKind(sources: Dictionary(uniqueKeysWithValues: sources.map { ($0.sourceName, $0) })))
        let configuration = try ConfigurationLoader(registry: registry).load(
            from: try directory.write("handover.yaml", yaml))
        let opened = Dictionary(uniqueKeysWithValues: sources.map { ($0.sourceName, $0 as any DataSource) })
        let subject = try await SubjectResolver(configuration: configuration).resolve(identifiers, sources: opened)
        var ids: [String: Set<String>] = [:]
        for source in configuration.sources {
            for collection in source.collections {
                let criteria = subject.criteria(for: collection, in: source.id)
                try await opened[source.id]!.scan(collection, matching: criteria) { record in
                    if case .string(let id)? = record["id"] { ids[collection.name, default: []].insert(id) }
                }
            }
        }
        return (ids, subject)
    }
}
