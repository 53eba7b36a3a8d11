import Foundation
import JSONCore
import Testing

@testable import Handover

/// The bundle's content description: every member of the model reaches data.json and data.xml
/// where the schemas put it, and comes back equal; what does not fit is refused with its place.
struct BundleContentTests {
    private let header: BundleHeader = {
        var header = BundleHeader(
            controller: ControllerConfiguration(
                name: "Shop ApS", address: "Street 1, Copenhagen", email: "privacy@shop.example", phone: "+45 1234",
                website: "https://shop.example", dpo: Contact(name: "DPO", email: "dpo@shop.example"),
                supervisoryAuthority: Contact(name: "Datatilsynet", url: "https://www.datatilsynet.dk"), language: "da",
                registrationNumber: "CVR 1", responsePeriod: "P1M"),
            identifiers: [SubjectIdentifier(type: "email", value: "bell\u{07}@x.example")],
            discovered: [DiscoveredIdentifier(type: "phone", value: "+4511", via: "shop/customers.phone")],
            scope: .access)
        header.extensions = [
            TaxonomyExtension(
                key: "user.financial.credit_score", parent: "user.financial", description: "A bureau's score")
        ]
        return header
    }()

    /// A collection that has every member the model knows.
    private let collection = CollectionHeader(
        source: "crm", name: "contacts", purposes: ["marketing.advertising", "essential.service"],
        legalBasis: .legitimateInterest, legalBasisProvision: "Data Protection Act s. 6",
        legitimateInterest: "Keeping customers informed",
        otherLegalBases: [
            OtherLegalBasis(basis: .consent, purposes: ["marketing.advertising"]),
            OtherLegalBasis(basis: .legalObligation, provision: "Bookkeeping Act"),
        ],
        legalBasisByField: LegalBasisRule(
            field: "kind", cases: [.init(value: "private", basis: OtherLegalBasis(basis: .contract))]),
        dataSubject: "customer",
        retention: Retention(description: "Five years after the last order", period: "P5Y", after: "last order"),
        recipients: [Recipient(name: "Mailer", role: "processor", purpose: "newsletters", country: "IE")],
        fields: [
            .init(name: "email", category: "user.contact.email", provenance: .provided, description: "Where we write"),
            .init(
                name: "referrer", category: "user.name", provenance: .observed, description: nil, thirdParty: .redact),
        ],
        supplementary: .init(
            sourceOfData: "Partners",
            automatedDecisionMaking: AutomatedDecisionMaking(
                description: "Scoring", logic: "Points per order", consequences: "Offers"),
            transfers: [
                Transfer(
                    country: "US", destination: "United States", recipient: "Cloud Inc.", safeguard: "SCC",
                    provision: "Art. 46(2)(c)", copyAvailableAt: "https://shop.example/scc")
            ]))

    private let record = ExportedRecord(fields: [.init(name: "email", value: .string("a@shop.example"))])

    private func written(_ makeWriter: (MemorySink) throws -> any BundleContentWriter) throws -> String {
        let sink = MemorySink()
        let writer = try makeWriter(sink)
        try writer.begin(header)
        try writer.beginCollection(collection)
        try writer.write(record)
        try writer.endCollection(recordCount: 1)
        try writer.finish()
        return sink.text
    }

    private func readJSON(_ text: String) throws -> [BundleDataItem] {
        var reader = DataJSONReader(bytes: Array(text.utf8))
        var items: [BundleDataItem] = []
        while let item = try reader.next() { items.append(item) }
        return items
    }

    private func readXML(_ text: String) throws -> [BundleDataItem] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let reader = try DataXMLReader(path: file.path)
        var items: [BundleDataItem] = []
        while let item = try reader.next() { items.append(item) }
        return items
    }

    private func error(_ read: () throws -> [BundleDataItem]) -> HandoverError? {
        do {
            _ = try read()
            return nil
        } catch let error as HandoverError {
            return error
        } catch {
            return nil
        }
    }

    @Test func everyMemberComesBackFromBothFormats() throws {
        let json = try readJSON(try written { DataJSONWriter(sink: $0) })
        #expect(
            json == [.header(header), .collection(collection), .record(record), .collectionEnd(declaredRecordCount: 1)])
        let xml = try readXML(try written { try DataXMLWriter(sink: $0) })
        #expect(
            xml == [
                .header(header), .collection(collection), .record(record), .collectionEnd(declaredRecordCount: nil),
            ])
    }

    /// The published schemas are the contract: content with every member is valid against both.
    @Test func everyMemberIsValidAgainstTheSchemas() throws {
        let json = try written { DataJSONWriter(sink: $0) }
        let problems = BundleJSONSchemas.problems(
            try JSONParser.parse(Array(json.utf8)), against: try BundleJSONSchemas.data.get())
        #expect(problems.map(\.0).isEmpty, "\(problems)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("content-\(UUID().uuidString).xml")
        try Data(try written { try DataXMLWriter(sink: $0) }.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let issues = try XMLSchemaValidator.bundleData().validate(fileAt: file)
        #expect(issues.isEmpty, "\(issues)")
    }

    /// Where data.xml puts members, as `Schemas/v1/data.xsd` declares them.
    @Test func xmlPlacesMembersAsTheSchemaDeclares() throws {
        let xml = try written { try DataXMLWriter(sink: $0) }
        let base64 = Data("bell\u{07}@x.example".utf8).base64EncodedString()
        #expect(xml.contains("<identifier type=\"email\" encoding=\"base64\">\(base64)</identifier>"))
        #expect(xml.contains("<discovered type=\"phone\" via=\"shop/customers.phone\">+4511</discovered>"))
        #expect(xml.contains("<collection source=\"crm\" name=\"contacts\" dataSubject=\"customer\">"))
        #expect(
            xml.contains("<retention period=\"P5Y\" after=\"last order\">Five years after the last order</retention>"))
        #expect(xml.contains("<purpose>marketing.advertising</purpose>\n    </otherLegalBasis>"))
        #expect(xml.contains("<case value=\"private\" code=\"contract\" article=\"Art. 6(1)(b)\""))
        #expect(xml.contains("<automatedDecisionMaking exists=\"true\">"))
        #expect(
            xml.contains(
                "<transfer country=\"US\" destination=\"United States\" safeguard=\"SCC\" recipient=\"Cloud Inc.\""))
        #expect(xml.contains("<field name=\"email\" category=\"user.contact.email\" provenance=\"provided\""))
        #expect(
            xml.contains(
                "<extension key=\"user.financial.credit_score\" parent=\"user.financial\">\n"
                    + "    <description>A bureau's score</description>\n  </extension>"))
    }

    @Test func jsonRefusesAnUnknownMemberWithItsPointer() throws {
        let json = try written { DataJSONWriter(sink: $0) }.replacingOccurrences(of: "\"after\":", with: "\"kept\":")
        let found = error { try readJSON(json) }
        #expect(found?.message == "unknown member 'kept'")
        #expect(found?.location?.field == "/collections/0/retention/kept")
    }

    @Test func aMissingRequiredMemberIsNamedInBothFormats() throws {
        let json = try written { DataJSONWriter(sink: $0) }.replacingOccurrences(
            of: "\"safeguard\": \"SCC\",", with: "")
        let fromJSON = error { try readJSON(json) }
        #expect(fromJSON?.message == "the member 'safeguard' is missing")
        #expect(fromJSON?.location?.field == "/collections/0/supplementary/transfers/0")
        let xml = try written { try DataXMLWriter(sink: $0) }.replacingOccurrences(of: " safeguard=\"SCC\"", with: "")
        let fromXML = error { try readXML(xml) }
        #expect(fromXML?.message == "the member 'safeguard' is missing")
        #expect(fromXML?.location?.field == "/collections/0/supplementary/transfers/0")
    }

    @Test func aLegalBasisWhoseArticleIsNotItsOwnIsRefused() throws {
        let xml = try written { try DataXMLWriter(sink: $0) }.replacingOccurrences(
            of: "code=\"contract\" article=\"Art. 6(1)(b)\"", with: "code=\"contract\" article=\"Art. 6(1)(a)\"")
        let found = error { try readXML(xml) }
        #expect(found?.message == "the article and IRI do not belong to the legal basis 'contract'")
        #expect(found?.location?.field == "/collections/0/legalBasisByField/cases/0")
    }

    @Test func aNumberWhereTextBelongsIsRefused() throws {
        let json = try written { DataJSONWriter(sink: $0) }.replacingOccurrences(
            of: "\"country\": \"IE\"", with: "\"country\": 353")
        let found = error { try readJSON(json) }
        #expect(found?.message == "a string is expected here")
        #expect(found?.location?.field == "/collections/0/recipients/0/country")
    }
}
