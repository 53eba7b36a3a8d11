import Foundation
import Testing

@testable import Handover

/// `handover init --from-fides`: Fides dataset annotations, in Fides' documented format (fideslang
/// `Dataset`: `dataset:`, `fides_key`, `collections`, `fields`, `data_categories`,
/// `fides_meta.identity`, `fides_meta.primary_key`, `fides_meta.references` with `dataset`,
/// `field` and `direction`), turned into a configuration.
struct FidesDatasetImportTests {
    /// The quickstart's schema as a Fides user would annotate it: one dataset per system.
    static let quickstartDatasets = """
        dataset:
          - fides_key: shop
            name: Web shop database
            description: Customers, orders and logins of the web shop.
            collections:
              - name: customers
                fields:
                  - name: id
                    data_categories: [user.unique_id]
                    fides_meta: { primary_key: true, data_type: integer }
                  - name: email
                    data_categories: [user.contact.email]
                    fides_meta: { identity: email, data_type: string }
                  - name: full_name
                    data_categories: [user.name]
                  - name: phone
                    data_categories: [user.contact.phone_number]
                    fides_meta: { identity: phone_number }
                  - name: city
                    data_categories: [user.contact.address.city]
                  - name: country
                    data_categories: [user.contact.address.country]
                  - name: password_hash
                    data_categories: [user.authorization.password]
                  - name: created_at
                    data_categories: [user.account]
                  - name: loyalty_tier
                    data_categories: [user.behavior.purchase_history]
              - name: orders
                fides_meta: { after: [shop.customers] }
                fields:
                  - name: id
                    data_categories: [user.behavior.purchase_history]
                    fides_meta: { primary_key: true }
                  - name: customer_id
                    data_categories: [user.unique_id]
                    fides_meta:
                      references:
                        - { dataset: shop, field: customers.id, direction: from }
                  - name: billing_email
                    data_categories: [user.contact.email]
                    fides_meta: { identity: email }
                  - { name: ordered_at, data_categories: [user.behavior.purchase_history] }
                  - { name: total, data_categories: [user.behavior.purchase_history] }
                  - { name: currency, data_categories: [user.behavior.purchase_history] }
                  - { name: status, data_categories: [user.behavior.purchase_history] }
                  - { name: margin_cents, data_categories: [system.operations] }
                  - { name: fraud_score, data_categories: [user.financial, user.behavior] }
              - name: order_items
                fields:
                  - { name: id, data_categories: [user.behavior.purchase_history] }
                  - name: order_id
                    data_categories: [user.behavior.purchase_history]
                    fides_meta:
                      references: [{ field: orders.id, direction: from }]
                  - { name: product, data_categories: [user.behavior.purchase_history] }
                  - { name: quantity, data_categories: [user.behavior.purchase_history] }
                  - { name: unit_price, data_categories: [user.behavior.purchase_history] }
              - name: login_events
                fields:
                  - { name: id, data_categories: [system.operations] }
                  - name: customer_id
                    data_categories: [user.unique_id]
                    fides_meta:
                      references: [{ dataset: shop, field: customers.id, direction: from }]
                  - { name: at, data_categories: [user.behavior.browsing_history] }
                  - { name: ip_address, data_categories: [user.device.ip_address] }
                  - { name: user_agent, data_categories: [user.device] }
              - name: products
                fields:
                  - { name: sku, data_categories: [system.operations] }
          - fides_key: newsletter
            collections:
              - name: subscriptions
                fields:
                  - name: email
                    data_categories: [user.contact.email]
                    fides_meta: { identity: email }
                  - { name: subscribed_at, data_categories: [user.privacy_preferences] }
                  - { name: signup_source, data_categories: [user.privacy_preferences] }
                  - { name: interests, data_categories: [user.privacy_preferences] }
                  - { name: unsubscribe_token, data_categories: [user.authorization.credentials] }
          - fides_key: support
            collections:
              - name: tickets
                fields:
                  - { name: id, data_categories: [user.content.private] }
                  - { name: channel, data_categories: [user.content.private] }
                  - name: customer_email
                    data_categories: [user.contact.email]
                    fides_meta: { identity: email }
                  - name: caller_phone
                    data_categories: [user.contact.phone_number]
                    fides_meta:
                      identity: phone_number
                      references: [{ dataset: shop, field: customers.phone, direction: from }]
                  - { name: opened_at, data_categories: [user.content.private] }
                  - { name: subject, data_categories: [user.content.private] }
                  - { name: body, data_categories: [user.content.private] }
                  - { name: status, data_categories: [user.content.private] }
                  - { name: satisfaction, data_categories: [user.content.private] }
                  - { name: forwarded_to, data_categories: [user.contact.email] }
                  - { name: agent_notes, data_categories: [system.operations] }
        """

    static func quickstartDraft(in directory: TemporaryDirectory) async throws -> ConfigurationDraft {
        let file = try directory.write("fides.yml", quickstartDatasets)
        let places: [String: FidesDatasetImport.Place] = [
            "shop": .file(directory.url.appendingPathComponent("shop.sqlite")),
            "newsletter": .file(directory.url.appendingPathComponent("newsletter.csv")),
            "support": .file(directory.url.appendingPathComponent("tickets.jsonl")),
        ]
        return try await FidesDatasetImport(places: places, defaultCountry: "NL")
            .draft(fromFileAt: file, relativeTo: directory.url)
    }

    @Test func theQuickstartDatasetsExportTheQuickstartsRecords() async throws {
        let directory = try Fixtures.quickstartCopy()
        let draft = try await Self.quickstartDraft(in: directory)
        let file = try directory.write("from-fides.yaml", draft.yaml)
        let report = ConfigurationValidator().validate(configurationAt: file)
        #expect(report.isValid, "\(report.diagnostics)")
        try await DraftComparison.expectSameRecords(draftAt: file, in: directory)
    }

    @Test func fidesAnnotationsBecomeHandoverOnes() async throws {
        let directory = try Fixtures.quickstartCopy()
        let draft = try await Self.quickstartDraft(in: directory)
        #expect(draft.sources.map(\.id) == ["shop", "newsletter", "support"])
        #expect(draft.sources.map(\.kind) == ["sqlite", "csv", "jsonl"])
        let shop = draft.sources[0]
        // `products` has no identity and no reference: listed, not drafted.
        #expect(shop.collections.map(\.name) == ["customers", "orders", "order_items", "login_events"])
        #expect(shop.leftOut.contains { $0.hasPrefix("products") })
        let customers = shop.collections[0]
        #expect(customers.identities.map(\.type) == ["email", "phone"])
        // tickets.caller_phone ← customers.phone, both phone identities: discovery, normalised.
        #expect(customers.discovers.map(\.type) == ["phone"])
        #expect(customers[field: "password_hash"]?.disposition == .secret)
        #expect(customers[field: "created_at"]?.type == .dateTime)
        let orders = shop.collections[1]
        #expect(orders.references.map(\.to) == ["customers.id"])
        #expect(orders[field: "margin_cents"]?.disposition == .ignore)
        #expect(orders[field: "fraud_score"]?.category == "user.financial")
        #expect(orders[field: "fraud_score"]?.review?.contains("user.behavior") == true)
        #expect(orders.review.contains { $0.contains("after shop.customers") })
        #expect(draft.sources[1].collections[0][field: "unsubscribe_token"]?.disposition == .secret)
        // Fides does not say whose address `forwarded_to` holds: withheld.
        #expect(draft.sources[2].collections[0][field: "forwarded_to"]?.thirdParty == .redact)
        #expect(draft.sources[2].collections[0][field: "customer_email"]?.thirdParty == nil)
        #expect(draft.identityTypes.map(\.name) == ["email", "phone"])
        #expect(draft.review.contains { $0.contains("purposes, legal bases and retention") })
    }

    /// The draft of a Fides file with one dataset, `crm` (kept in PostgreSQL), of `collections`: its
    /// `collections:` list, indented as under that dataset.
    static func crmDraft(_ collections: String) async throws -> ConfigurationDraft {
        let directory = try TemporaryDirectory()
        let file = try directory.write(
            "fides.yml", "dataset:\n  - fides_key: crm\n    collections:\n" + collections + "\n")
        return try await FidesDatasetImport().draft(fromFileAt: file, relativeTo: directory.url)
    }

    @Test func referencesToTheOtherSideAndNestedFieldsAreCarriedOrListed() async throws {
        let draft = try await Self.crmDraft(
            """
                  - name: customer
                    fields:
                      - name: email
                        data_categories: [user.contact.email]
                        fides_meta: { identity: email }
                      - name: address_id
                        data_categories: [system.operations]
                        fides_meta:
                          references: [{ dataset: crm, field: address.id, direction: to }]
                      - name: profile
                        fides_meta: { data_type: object }
                        fields:
                          - { name: city, data_categories: [user.contact.address.city] }
                          - name: work_email
                            data_categories: [user.contact.email]
                            fides_meta: { identity: email }
                  - name: address
                    fields:
                      - { name: id, data_categories: [system.operations] }
                      - { name: street, data_categories: [user.contact.address.street] }
            """)
        let source = try #require(draft.sources.first)
        #expect(source.kind == "postgresql")
        #expect(source.review.contains { $0.contains("--source crm=PATH") })
        let address = try #require(source.collections.first { $0.name == "address" })
        #expect(address.references.map(\.field) == ["id"])
        #expect(address.references.map(\.to) == ["customer.address_id"])
        let customer = try #require(source.collections.first { $0.name == "customer" })
        #expect(customer[field: "profile"]?.category == "user.contact.address.city")
        #expect(customer.review.contains { $0.contains("profile.work_email") })
        _ = try ConfigurationLoader().decode(draft.yaml)
    }

    /// A Fides user's own categories (`user.financial.credit_score`) are declared under `extensions:`
    /// below the nearest category above them (another of them, else a fideslang one), so that the
    /// draft loads; one that refines no fideslang category (`custom.segment`) is replaced by `user`
    /// with a note, since no parent can be given.
    @Test func customFidesCategoriesAreDeclaredAsExtensions() async throws {
        let draft = try await Self.crmDraft(
            """
                  - name: customer
                    fields:
                      - name: email
                        data_categories: [user.contact.email]
                        fides_meta: { identity: email }
                      - { name: score, data_categories: [user.financial.credit_score] }
                      - { name: rating, data_categories: [user.financial.credit_score.internal] }
                      - { name: band, data_categories: [user.financial.credit_score] }
                      - { name: segment, data_categories: [custom.segment] }
            """)
        #expect(draft.extensions.map(\.key) == ["user.financial.credit_score", "user.financial.credit_score.internal"])
        #expect(draft.extensions.map(\.parent) == ["user.financial", "user.financial.credit_score"])
        let customer = try #require(draft.sources.first?.collections.first)
        #expect(customer[field: "score"]?.category == "user.financial.credit_score")
        #expect(customer[field: "segment"]?.category == "user")
        #expect(customer[field: "segment"]?.review?.contains("'custom.segment'") == true)
        let configuration = try ConfigurationLoader().decode(draft.yaml)
        #expect(configuration.extensions.map(\.key) == draft.extensions.map(\.key))
        #expect(
            draft.yaml.contains(
                "    description: \"A data category of the controller's own, named in the Fides dataset\""))
    }

    @Test func aFileThatIsNotAFidesDatasetIsAnErrorNamingIt() async throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("fides.yml", "datasets:\n  - fides_key: x\n")
        await #expect {
            try await FidesDatasetImport().draft(fromFileAt: file, relativeTo: directory.url)
        } throws: { error in
            guard let error = error as? HandoverError else { return false }
            return error.code == .dataInvalid && error.message.contains("'dataset' is missing")
                && error.diagnostics.first?.location.file?.hasSuffix("fides.yml") == true
        }
    }
}
