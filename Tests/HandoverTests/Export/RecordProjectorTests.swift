import Testing

@testable import Handover

struct RecordProjectorTests {
    private let projector = RecordProjector(
        collection: CollectionConfiguration(
            name: "customers", identities: ["email": ["email"]], purposes: ["essential.service"], legalBasis: .contract,
            retention: Retention(description: "x"),
            fields: [
                "email": FieldConfiguration(category: "user.contact.email", provenance: .provided),
                "born": FieldConfiguration(
                    category: "user.demographic.date_of_birth", provenance: .provided, type: .date),
                "visits": FieldConfiguration(category: "user.behavior", provenance: .observed, type: .integer),
                "password": FieldConfiguration(disposition: .secret),
                "internal": FieldConfiguration(disposition: .ignore),
            ]),
        sourceID: "shop", scope: .access)

    private func record(_ fields: [(String, Value)]) -> Record {
        Record(fields: fields.map { Record.Field(name: $0.0, value: $0.1) }, location: .init(file: "shop.csv", line: 4))
    }

    @Test func dropsSecretAndIgnoredFieldsAndConvertsTypes() throws {
        let projected = try projector.project(
            record([
                ("email", .string("a@x")), ("password", .string("hunter2")), ("born", .string("1990-02-28")),
                ("internal", .string("x")), ("visits", .string(" 12 ")),
            ]))
        #expect(
            projected.fields == [
                .init(name: "email", value: .string("a@x")), .init(name: "born", value: .date("1990-02-28")),
                .init(name: "visits", value: .integer(12)),
            ])
    }

    @Test func undescribedFieldsFailListingAllOfThem() {
        let error = #expect(throws: HandoverError.self) {
            try projector.project(
                record([("email", .string("a@x")), ("mood", .string("ok")), ("shoe_size", .integer(44))]))
        }
        #expect(error?.code == .dataInvalid)
        #expect(error?.description.contains("mood, shoe_size") == true)
        #expect(error?.description.contains("shop.csv:4") == true)
    }

    @Test func valueOfTheWrongTypeNamesItsField() {
        let error = #expect(throws: HandoverError.self) {
            try projector.project(record([("born", .string("1990-02-30"))]))
        }
        #expect(error?.location?.field == "born")
        #expect(error?.location?.line == 4)
    }

    @Test func headerListsExportedFieldsInSourceOrder() {
        let header = projector.header(fieldOrder: ["visits", "password", "email"])
        #expect(header.fields.map(\.name) == ["visits", "email", "born"])
    }
}

extension RecordProjectorTests {
    private func projector(_ scope: ExportScope, others: [OtherLegalBasis] = []) throws -> RecordProjector {
        var collection = try ConfigurationLoader().decode(
            Fixtures.configurationHeader + """
                sources:
                  - id: desk
                    kind: jsonl
                    path: enquiries.jsonl
                    collections:
                      - name: enquiries
                        identities: { email: email }
                        purposes: [essential.service.operations.support]
                        legal_basis: { basis: legitimate_interest, interest: Answering enquiries }
                        legal_basis_by:
                          field: relationship
                          values:
                            private customer: contract
                        retention: 1 year
                        fields:
                          email: { category: user.contact.email, provenance: provided }
                          relationship: { category: user.contact.organization, provenance: observed }
                """
        ).sources[0].collections[0]
        collection.otherLegalBases = others
        return RecordProjector(collection: collection, sourceID: "desk", scope: scope)
    }

    private func enquiry(_ relationship: String) -> Record {
        Record(
            fields: [
                .init(name: "email", value: .string("a@x")), .init(name: "relationship", value: .string(relationship)),
            ],
            location: .init(file: "enquiries.jsonl", line: 1))
    }

    @Test func perRecordLegalBasisDecidesPortability() throws {
        let portability = try projector(.portability)
        #expect(portability.includes(enquiry("private customer")))
        #expect(!portability.includes(enquiry("company")))
        #expect(!portability.includes(enquiry("Private customer")), "values are compared exactly")
        let access = try projector(.access)
        #expect(access.includes(enquiry("company")))
        #expect(portability.collection.legalBasis(of: enquiry("company")) == .legitimateInterest)
        #expect(portability.collection.legalBasis(of: enquiry("private customer")) == .contract)
    }

    @Test func aFurtherConsentBasisMakesEveryRecordPortable() throws {
        let portability = try projector(.portability, others: [OtherLegalBasis(basis: .consent)])
        #expect(portability.includes(enquiry("company")))
    }

    @Test func aPerRecordBasisOnAnUndescribedFieldIsRejected() {
        let error = #expect(throws: HandoverError.self) {
            try ConfigurationLoader().decode(
                Fixtures.configurationHeader + """
                    sources:
                      - id: desk
                        kind: jsonl
                        path: e.jsonl
                        collections:
                          - name: e
                            identities: { email: email }
                            purposes: [essential.service]
                            legal_basis: contract
                            legal_basis_by: { field: kind, values: { company: legitimate_interest } }
                            retention: 1 year
                            fields: { email: { category: user.contact.email, provenance: provided } }
                    """)
        }
        #expect(error?.description.contains("'kind' that selects the legal basis is not described") == true)
        #expect(error?.description.contains("must name the interest pursued") == true)
    }
}
