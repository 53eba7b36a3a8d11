import Foundation
import Testing

@testable import Handover

/// What each scope puts in a bundle, on the quickstart example.
struct ScopeTests {
    private func export(_ scope: ExportScope, configure: (inout Configuration) -> Void = { _ in }) async throws -> (
        Manifest, [String: Any]
    ) {
        let directory = try Fixtures.quickstartCopy()
        var configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        configure(&configuration)
        let target = directory.url.appendingPathComponent("bundle.zip")
        let summary = try await Exporter(configuration: configuration).export(
            ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")], scope: scope),
            to: target)
        let data = try #require(try Fixtures.unzip(target)["data.json"])
        return (summary.manifest, try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    private func collection(_ name: String, in data: [String: Any]) -> [String: Any]? {
        (data["collections"] as? [[String: Any]])?.first { $0["name"] as? String == name }
    }

    private func fieldNames(_ collection: [String: Any]?) -> [String] {
        (collection?["fields"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
    }

    @Test func portabilityKeepsProvidedAndObservedDataUnderConsentOrContract() async throws {
        let (manifest, data) = try await export(.portability)
        #expect(manifest.scope == .portability)
        #expect(data["scope"] as? String == "portability")
        #expect(collection("login_events", in: data) == nil)
        #expect(manifest.excluded.map(\.name) == ["login_events"])
        #expect(manifest.excluded.first?.reason.contains("legitimate_interest") == true)
        #expect(!fieldNames(collection("customers", in: data)).contains("loyalty_tier"), "derived data is left out")
        #expect(!fieldNames(collection("orders", in: data)).contains("fraud_score"), "inferred data is left out")
        #expect(fieldNames(collection("customers", in: data)).contains("email"))
        #expect(collection("orders", in: data)?["supplementary"] == nil)
        let records = try #require(collection("orders", in: data)?["records"] as? [[String: Any]])
        #expect(records.allSatisfy { $0["fraud_score"] == nil })
    }

    @Test func accessAddsEverythingWithTheSupplementaryInformation() async throws {
        let (manifest, data) = try await export(.access)
        #expect(manifest.excluded.isEmpty)
        #expect(collection("login_events", in: data) != nil)
        #expect(fieldNames(collection("orders", in: data)).contains("fraud_score"))
        let orders = try #require(collection("orders", in: data)?["supplementary"] as? [String: Any])
        #expect(orders["sourceOfData"] as? String == "Fraud scores are computed by the payment service provider.")
        let decision = try #require(orders["automatedDecisionMaking"] as? [String: Any])
        #expect(decision["exists"] as? Bool == true)
        #expect((decision["logic"] as? String)?.isEmpty == false)
        let newsletter = try #require(collection("subscriptions", in: data)?["supplementary"] as? [String: Any])
        let transfers = try #require(newsletter["transfers"] as? [[String: Any]])
        #expect(transfers.first?["country"] as? String == "US")
        #expect(transfers.first?["safeguard"] as? String == "Standard contractual clauses")
        let tickets = try #require(collection("tickets", in: data)?["supplementary"] as? [String: Any])
        #expect((tickets["automatedDecisionMaking"] as? [String: Any])?["exists"] as? Bool == false)
    }

    @Test func thirdPartyValuesAreRedactedWithAMarker() async throws {
        let (_, data) = try await export(.access)
        let records = try #require(collection("tickets", in: data)?["records"] as? [[String: [String: Any]]])
        let forwarded = records.compactMap { $0["forwarded_to"] }
        #expect(
            forwarded.contains {
                $0["type"] as? String == "redacted"
                    && $0["value"] as? String == "[withheld: data about another person]"
            })
        #expect(forwarded.allSatisfy { $0["type"] as? String == "redacted" || $0["type"] as? String == "null" })
        let field = (collection("tickets", in: data)?["fields"] as? [[String: Any]])?.first {
            $0["name"] as? String == "forwarded_to"
        }
        #expect(field?["thirdParty"] as? String == "redact")
    }

    @Test func thirdPartyFieldsCanBeOmitted() async throws {
        let (_, data) = try await export(.access) { configuration in
            configuration.sources[2].collections[0].fields["forwarded_to"]?.thirdParty = .omit
        }
        #expect(!fieldNames(collection("tickets", in: data)).contains("forwarded_to"))
        let records = try #require(collection("tickets", in: data)?["records"] as? [[String: Any]])
        #expect(records.allSatisfy { $0["forwarded_to"] == nil })
    }
}
