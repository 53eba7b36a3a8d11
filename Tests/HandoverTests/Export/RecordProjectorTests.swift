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
