import Foundation
import Testing

@testable import Handover

/// `handover init`'s library side on the quickstart's files.
struct ConfigurationDrafterTests {
    /// The review a person makes of the quickstart's draft to reach the hand-written decisions: the
    /// account's e-mail address is not searched for further (the hand-written configuration
    /// discovers the phone only), so a subject found by phone does not get the newsletter of the
    /// address in their account.
    static func reviewed(_ draft: String) -> String {
        draft.replacingOccurrences(
            of:
                "          email: email  # REVIEW: the subject's own email in these records is searched for in every other collection\n",
            with: "")
    }

    @Test func theQuickstartDraftLoadsAndGivesEverySubjectTheHandWrittenRecords() async throws {
        let directory = try Fixtures.quickstartCopy()
        let draft = try await ConfigurationDrafter(defaultCountry: "NL")
            .draft([.path(directory.url)], relativeTo: directory.url)
        let yaml = draft.yaml
        let reviewed = Self.reviewed(yaml)
        #expect(reviewed != yaml)
        let file = try directory.write("draft.yaml", reviewed)
        let report = ConfigurationValidator().validate(configurationAt: file)
        #expect(report.isValid, "\(report.diagnostics)")
        // The draft, as written, also loads.
        _ = try ConfigurationLoader().decode(yaml)
        try await DraftComparison.expectSameRecords(draftAt: file, in: directory)
    }

    @Test func theQuickstartDraftFindsTheKeysIdentitiesAndSecrets() async throws {
        let directory = try Fixtures.quickstartCopy()
        let draft = try await ConfigurationDrafter(defaultCountry: "NL")
            .draft([.path(directory.url)], relativeTo: directory.url)
        #expect(draft.sources.map(\.id) == ["newsletter", "shop", "tickets"])
        let shop = try #require(draft.sources.first { $0.id == "shop" })
        #expect(shop.collections.map(\.name) == ["customers", "orders", "order_items", "login_events"])
        let customers = shop.collections[0]
        #expect(customers.identities.map(\.type) == ["email", "phone", "customer_id"])
        #expect(customers.discovers.map(\.type) == ["email", "phone"])
        #expect(customers[field: "password_hash"]?.disposition == .secret)
        #expect(customers[field: "created_at"]?.type == .dateTime)
        let orders = shop.collections[1]
        #expect(orders.references.map(\.to) == ["customers.id"])
        #expect(orders.identities.map(\.fields) == [["billing_email"]])
        #expect(orders.discovers.isEmpty)
        let newsletter = try #require(draft.sources.first { $0.id == "newsletter" }?.collections.first)
        #expect(newsletter[field: "unsubscribe_token"]?.disposition == .secret)
        let tickets = try #require(draft.sources.first { $0.id == "tickets" }?.collections.first)
        #expect(tickets[field: "forwarded_to"]?.thirdParty == .redact)
        #expect(tickets.identities.map(\.type) == ["email", "phone"])
        #expect(draft.identityTypes.first { $0.name == "phone" }?.defaultCountry == "NL")
        // Every exported field's category is fideslang's; every field carries its reason.
        for source in draft.sources {
            for collection in source.collections {
                for field in collection.fields {
                    #expect(field.review?.isEmpty == false, "\(collection.name).\(field.name)")
                    if let category = field.category { #expect(Taxonomy.dataCategories.contains(category)) }
                }
            }
        }
    }

    @Test func theDraftHoldsNoValueFromTheData() async throws {
        let directory = try Fixtures.quickstartCopy()
        let yaml = try await ConfigurationDrafter().draft([.path(directory.url)], relativeTo: directory.url).yaml
        for value in ["alice", "Alice", "+3161", "argon2", "Brussel", "ANJBAVNA", "sophie", "2023-09-02"] {
            #expect(!yaml.contains(value), "\(value)")
        }
    }

    @Test func tablesNoFieldLinksToAPersonAreListedNotDrafted() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("products.csv", "sku,title,price\nA1,Kettle,20\n")
        try directory.write("visits.csv", "visitor_email,page\nann@example.com,/home\n")
        try directory.write("notes.txt", "not data")
        let draft = try await ConfigurationDrafter().draft([.path(directory.url)], relativeTo: directory.url)
        #expect(!draft.sources.contains { $0.id == "products" })
        #expect(draft.review.contains { $0.contains("'products'") && $0.contains("no field links") })
        #expect(draft.review.contains { $0.contains("notes.txt") })
        let visits = try #require(draft.sources.first { $0.id == "visits" }?.collections.first)
        #expect(visits.identities.map(\.fields) == [["visitor_email"]])
        // What is left out is named in comments; the rest loads.
        _ = try ConfigurationLoader().decode(draft.yaml)
    }

    @Test func referencesByNameCrossSourcesAndPreferTheirOwn() async throws {
        let directory = try TemporaryDirectory()
        try directory.write("customers.csv", "id,email\n1,ann@example.com\n")
        try directory.write("invoices.jsonl", #"{"id": 5, "customer_id": 1, "amount": 3}"# + "\n")
        let draft = try await ConfigurationDrafter().draft([.path(directory.url)], relativeTo: directory.url)
        let invoices = try #require(draft.sources.first { $0.id == "invoices" }?.collections.first)
        #expect(invoices.references.map(\.to) == ["customers/customers.id"])
        let file = try directory.write("handover.yaml", draft.yaml)
        let configuration = try ConfigurationLoader().load(from: file)
        let bundle = directory.url.appendingPathComponent("ann.zip")
        let summary = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [try SubjectIdentifier(parsing: "email=ann@example.com")]), to: bundle)
        #expect(summary.recordCount == 2)
    }

    @Test func aMissingInputIsAnErrorNamingIt() async throws {
        let directory = try TemporaryDirectory()
        await #expect {
            try await ConfigurationDrafter().draft(
                [.path(directory.url.appendingPathComponent("absent.sqlite"))], relativeTo: directory.url)
        } throws: { error in
            (error as? HandoverError)?.code == .inputMissing
                && (error as? HandoverError)?.diagnostics.first?.location.file?.hasSuffix("absent.sqlite") == true
        }
    }

    @Test func theDraftIsWrittenWholeAndNeverOverAFileUnlessAsked() async throws {
        let directory = try Fixtures.quickstartCopy()
        let draft = try await ConfigurationDrafter().draft([.path(directory.url)], relativeTo: directory.url)
        let target = directory.url.appendingPathComponent("handover.yaml")
        let before = try Data(contentsOf: target)
        #expect(throws: HandoverError.self) { try draft.write(to: target) }
        #expect(try Data(contentsOf: target) == before)
        try draft.write(to: target, replacingExisting: true)
        #expect(try String(contentsOf: target, encoding: .utf8) == draft.yaml)
        #expect(try directory.contents().filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(throws: HandoverError.self) {
            try draft.write(to: directory.url.appendingPathComponent("no-such-folder/handover.yaml"))
        }
    }
}
