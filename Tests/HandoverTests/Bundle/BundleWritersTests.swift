import Foundation
import Testing

@testable import Handover

struct BundleWritersTests {
    private let header = BundleHeader(
        controller: Fixtures.controller, identifiers: [SubjectIdentifier(type: "email", value: "a@x")], discovered: [],
        scope: .access)
    private let collection = CollectionHeader(
        source: "s", name: "c", purposes: ["essential.service"], legalBasis: .consent,
        retention: Retention(description: "30 days", period: "P30D"),
        recipients: [Recipient(name: "Mailer", country: "IE")],
        fields: [.init(name: "note", category: "user.content", provenance: .provided, description: nil)])

    private func write(_ values: [Value], into writer: any BundleContentWriter) throws {
        try writer.begin(header)
        try writer.beginCollection(collection)
        for value in values { try writer.write(ExportedRecord(fields: [.init(name: "note", value: value)])) }
        try writer.endCollection(recordCount: values.count)
        try writer.finish()
    }

    private let awkward: [Value] = [
        .string("quote \" backslash \\ newline \n tab \t"), .string("control \u{01} char"),
        .string("<script>&amp;</script>"),
        .integer(-9_223_372_036_854_775_808), .decimal("12.50"), .boolean(false), .null,
        .dateTime("2024-05-01T10:00:00Z"),
        .binary(Data([0, 255])),
    ]

    @Test func dataJSONRoundTripsThroughFoundation() throws {
        let sink = MemorySink()
        try write(awkward, into: DataJSONWriter(sink: sink))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any])
        let collections = try #require(object["collections"] as? [[String: Any]])
        let records = try #require(collections.first?["records"] as? [[String: [String: Any]]])
        #expect(records.count == awkward.count)
        #expect(records[0]["note"]?["value"] as? String == "quote \" backslash \\ newline \n tab \t")
        #expect(records[1]["note"]?["value"] as? String == "control \u{01} char")
        #expect(records[3]["note"]?["type"] as? String == "integer")
        #expect(records[6]["note"]?["value"] is NSNull)
        #expect(records[8]["note"]?["value"] as? String == "AP8=")
        #expect(collections.first?["recordCount"] as? Int == awkward.count)
        let legalBasis = try #require(collections.first?["legalBasis"] as? [String: String])
        #expect(legalBasis["iri"] == "https://w3id.org/dpv/legal/eu/gdpr#A6-1-a")
    }

    @Test func dataXMLIsWellFormedAndEscapes() throws {
        let sink = MemorySink()
        try write(awkward, into: DataXMLWriter(sink: sink))
        let xml = sink.text
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(xml.contains("xmlns=\"urn:handover:bundle:1\""))
        #expect(xml.contains("&lt;script&gt;&amp;amp;&lt;/script&gt;"))
        #expect(!xml.contains("<script>"))
        let base64 = Data("control \u{01} char".utf8).base64EncodedString()
        #expect(xml.contains("encoding=\"base64\">\(base64)<"))
        #expect(!xml.unicodeScalars.contains { $0.value == 1 })
        #expect(xml.occurrences(of: "<record>") == awkward.count)
    }
}
