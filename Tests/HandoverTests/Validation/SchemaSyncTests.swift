import Foundation
import Testing

@testable import Handover

/// Keeps `Schemas/v1/` and the code from drifting apart: the members the code writes and reads are
/// exactly the properties the schemas declare, in both directions, and every `data.xml` the code
/// writes is valid against `Schemas/v1/data.xsd`.
struct SchemaSyncTests {
    private static func schema(_ name: String) throws -> [String: Any] {
        let url = Fixtures.packageRoot.appendingPathComponent("Schemas/v1/\(name)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    /// The property names of the object schema at `path` (`$defs/...` names, or the root for "").
    private static func properties(_ schema: [String: Any], _ definition: String = "", closed: Bool = true) throws
        -> Set<String>
    {
        let object =
            definition.isEmpty
            ? schema : try #require((schema["$defs"] as? [String: Any])?[definition] as? [String: Any])
        #expect(
            object["additionalProperties"] as? Bool == !closed, "\(definition) is not \(closed ? "closed" : "open")")
        return Set(try #require(object["properties"] as? [String: Any]).keys)
    }

    @Test func manifestSchemaMatchesTheManifestCodingKeys() throws {
        let schema = try Self.schema("manifest.schema.json")
        #expect(try Self.properties(schema) == Manifest.memberNames.manifest)
        let generator = try #require((schema["properties"] as? [String: Any])?["generator"] as? [String: Any])
        #expect(Set(try #require(generator["properties"] as? [String: Any]).keys) == Manifest.memberNames.generator)
        #expect(try Self.properties(schema, "identifier") == Manifest.memberNames.identifier)
        #expect(
            try Self.properties(schema, "discovered") == Set(DiscoveredIdentifier.CodingKeys.allCases.map(\.rawValue)))
        #expect(
            try Self.properties(schema, "excludedCollection")
                == Set(Manifest.ExcludedCollection.CodingKeys.allCases.map(\.rawValue)))
        #expect(
            try Self.properties(schema, "missingCollection")
                == Set(Manifest.MissingCollection.CodingKeys.allCases.map(\.rawValue)))
        #expect(try Self.properties(schema, "collectionCount") == Manifest.memberNames.collection)
        #expect(try Self.properties(schema, "entry") == Manifest.memberNames.entry)
        let required = Set(try #require(schema["required"] as? [String]))
        #expect(
            required == Manifest.memberNames.manifest.subtracting(["missing"]),
            "every manifest member but `missing` (written only by a partial export) is always written, so required")
    }

    /// Writes a document with every optional member present, to see every key the writer can emit.
    private func fullDocument() throws -> [String: Any] {
        let contact = Contact(name: "N", email: "e", phone: "p", address: "a", url: "u")
        var header = BundleHeader(
            controller: ControllerConfiguration(
                name: "C", address: "a", email: "e", phone: "p", website: "w", dpo: contact,
                supervisoryAuthority: contact, language: "en", registrationNumber: "BE 0123", responsePeriod: "P30D"),
            identifiers: [SubjectIdentifier(type: "email", value: "a@x")],
            discovered: [DiscoveredIdentifier(type: "phone", value: "+3212345678", via: "s/c.phone")], scope: .access)
        header.extensions = [TaxonomyExtension(key: "user.x", parent: "user", description: "d")]
        let collection = CollectionHeader(
            source: "s", name: "c", purposes: ["essential"], legalBasis: .legitimateInterest,
            legalBasisProvision: "National Act s. 6", legitimateInterest: "fraud prevention",
            otherLegalBases: [
                OtherLegalBasis(basis: .legalObligation, provision: "Tax Act", interest: "i", purposes: ["p"])
            ],
            legalBasisByField: LegalBasisRule(
                field: "kind", cases: [.init(value: "private", basis: OtherLegalBasis(basis: .contract))]),
            dataSubject: "customer",
            retention: Retention(description: "d", period: "P1Y", after: "x"),
            recipients: [Recipient(name: "r", role: "processor", purpose: "p", country: "NL")],
            fields: [.init(name: "f", category: "user", provenance: .provided, description: "d", thirdParty: .redact)],
            supplementary: .init(
                sourceOfData: "bureau",
                automatedDecisionMaking: AutomatedDecisionMaking(description: "d", logic: "l", consequences: "c"),
                transfers: [
                    Transfer(
                        country: "US", destination: "d", recipient: "r", safeguard: "SCC", provision: "46",
                        copyAvailableAt: "a")
                ]
            ))
        let sink = MemorySink()
        let writer = DataJSONWriter(sink: sink)
        try writer.begin(header)
        try writer.beginCollection(collection)
        try writer.write(ExportedRecord(fields: [.init(name: "f", value: .string("v"))]))
        try writer.endCollection(recordCount: 1)
        try writer.finish()
        return try #require(try JSONSerialization.jsonObject(with: Data(sink.bytes)) as? [String: Any])
    }

    /// Collects the keys of every object kind in a data.json document.
    private func keysByKind(_ documents: [[String: Any]]) -> [String: Set<String>] {
        var keys: [String: Set<String>] = [:]
        func add(_ kind: String, _ object: Any?) {
            guard let object = object as? [String: Any] else { return }
            keys[kind, default: []].formUnion(object.keys)
        }
        for document in documents {
            add("", document)
            let controller = document["controller"] as? [String: Any]
            add("controller", controller)
            add("contact", controller?["dpo"])
            add("contact", controller?["supervisoryAuthority"])
            for identifier in (document["subject"] as? [String: Any])?["identifiers"] as? [Any] ?? [] {
                add("identifier", identifier)
            }
            for identifier in (document["subject"] as? [String: Any])?["discovered"] as? [Any] ?? [] {
                add("discovered", identifier)
            }
            for declared in document["extensions"] as? [Any] ?? [] { add("extension", declared) }
            for collection in document["collections"] as? [[String: Any]] ?? [] {
                add("collection", collection)
                add("legalBasisCase", collection["legalBasis"])
                for other in collection["otherLegalBases"] as? [Any] ?? [] { add("legalBasisCase", other) }
                let rule = collection["legalBasisByField"] as? [String: Any]
                add("legalBasisByField", rule)
                for ruleCase in rule?["cases"] as? [Any] ?? [] { add("legalBasisCase", ruleCase) }
                add("retention", collection["retention"])
                for recipient in collection["recipients"] as? [Any] ?? [] { add("recipient", recipient) }
                for field in collection["fields"] as? [Any] ?? [] { add("field", field) }
                let supplementary = collection["supplementary"] as? [String: Any]
                add("supplementary", supplementary)
                add("automatedDecisionMaking", supplementary?["automatedDecisionMaking"])
                for transfer in supplementary?["transfers"] as? [Any] ?? [] { add("transfer", transfer) }
                for record in collection["records"] as? [[String: Any]] ?? [] {
                    for value in record.values { add("value", value) }
                }
            }
        }
        return keys
    }

    @Test func dataSchemaMatchesWhatTheExporterWrites() async throws {
        let directory = try Fixtures.quickstartCopy()
        let url = try await Fixtures.export(["email=alice@example.com"], in: directory)
        let entries = try Fixtures.unzip(url)
        let exported = try #require(try JSONSerialization.jsonObject(with: entries["data.json"]!) as? [String: Any])
        let written = keysByKind([exported, try fullDocument()])
        let schema = try Self.schema("data.schema.json")
        #expect(written.keys.count == 16)
        for (kind, keys) in written.sorted(by: { $0.key < $1.key }) {
            #expect(try Self.properties(schema, kind) == keys, "members of '\(kind.isEmpty ? "root" : kind)'")
        }
    }

    @Test func exportedXMLIsValidAgainstTheSchemaFile() async throws {
        let directory = try Fixtures.quickstartCopy()
        let xsd = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("Schemas/v1/data.xsd"), encoding: .utf8)
        let validator = try XMLSchemaValidator(schema: xsd, name: "Schemas/v1/data.xsd")
        for subject in ["email=alice@example.com", "email=bob@example.com", "email=nobody@example.com"] {
            let url = try await Fixtures.export([subject], in: directory, to: "\(subject).zip")
            let issues = try HandoverBundle(contentsOf: url).withExtractedEntries(["data.xml"]) { files in
                try validator.validate(fileAt: files["data.xml"]!.file)
            }
            #expect(issues.isEmpty, "\(subject)")
        }
    }

    @Test func configurationSchemaMatchesTheDecoders() throws {
        let schema = try Self.schema("config.schema.json")
        #expect(try Self.properties(schema) == Set(Configuration.CodingKeys.allCases.map(\.rawValue)))
        #expect(
            try Self.properties(schema, "controller")
                == Set(ControllerConfiguration.CodingKeys.allCases.map(\.rawValue)))
        #expect(try Self.properties(schema, "contact") == Set(Contact.CodingKeys.allCases.map(\.rawValue)))
        // A source's keys: the common ones and the built-in kinds' settings; open, since a registered
        // kind reads keys of its own, but closed for each built-in kind.
        let registry = DataSourceRegistry.standard
        #expect(
            try Self.properties(schema, "source", closed: false)
                == Set(registry.kinds.flatMap { registry.settingKeys(of: $0) ?? [] } + SourceConfiguration.commonKeys))
        let source = try #require((schema["$defs"] as? [String: Any])?["source"] as? [String: Any])
        var closedKinds: [String: Set<String>] = [:]
        for branch in try #require(source["allOf"] as? [[String: Any]]) {
            let kind = try #require((branch["if"] as? [String: Any])?["properties"] as? [String: [String: Any]])["kind"]
            let names = try #require(((branch["then"] as? [String: Any])?["propertyNames"] as? [String: Any])?["enum"])
            for name in (kind?["enum"] as? [String]) ?? [kind?["const"] as? String].compactMap({ $0 }) {
                closedKinds[name] = Set(try #require(names as? [String]))
            }
        }
        #expect(Set(closedKinds.keys) == registry.kinds)
        for kind in registry.kinds {
            #expect(
                closedKinds[kind] == Set(registry.sourceKeys(of: kind) ?? []),
                "\(kind)")
        }
        #expect(
            try Self.properties(schema, "collection")
                == Set(CollectionConfiguration.CodingKeys.allCases.map(\.rawValue)))
        let defs = try #require(schema["$defs"] as? [String: Any])
        func branchProperties(_ definition: String, _ key: String? = nil) throws -> Set<String> {
            var node = try #require(defs[definition] as? [String: Any])
            if let key { node = try #require((node["properties"] as? [String: Any])?[key] as? [String: Any]) }
            if let items = node["items"] as? [String: Any] { node = items }
            let branches = try #require(node["oneOf"] as? [[String: Any]])
            let object = try #require(branches.first { $0["type"] as? String == "object" })
            return Set(try #require(object["properties"] as? [String: Any]).keys)
        }
        #expect(try branchProperties("field") == Set(FieldConfiguration.CodingKeys.allCases.map(\.rawValue)))
        let collection = try #require(defs["collection"] as? [String: Any])
        let properties = try #require(collection["properties"] as? [String: Any])
        let retention = try #require((properties["retention"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        #expect(
            Set((retention.last?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
                == Set(Retention.CodingKeys.allCases.map(\.rawValue)))
        let recipients = try #require(
            ((properties["recipients"] as? [String: Any])?["items"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        #expect(
            Set((recipients.last?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
                == Set(Recipient.CodingKeys.allCases.map(\.rawValue)))
        let legalBasisForms = try #require((properties["legal_basis"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        let legalBasis = try #require(legalBasisForms.first?["enum"] as? [String])
        #expect(Set(legalBasis) == Set(LegalBasis.allCases.map(\.rawValue)))
        #expect(
            Set((legalBasisForms.last?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
                == Set(LegalBasisDetail.CodingKeys.allCases.map(\.rawValue)))
        #expect(
            try branchProperties("identityType") == Set(IdentityTypeConfiguration.CodingKeys.allCases.map(\.rawValue)))
    }

    @Test func valueTypesInSchemasMatchTheCode() throws {
        let schema = try Self.schema("data.schema.json")
        let value = try #require((schema["$defs"] as? [String: Any])?["value"] as? [String: Any])
        let types = try #require(
            ((value["properties"] as? [String: Any])?["type"] as? [String: Any])?["enum"] as? [String])
        let all: [Value] = [
            .null, .string(""), .integer(0), .decimal("0"), .boolean(true), .date(""), .dateTime(""), .binary(Data()),
            .redacted,
        ]
        #expect(Set(types) == Set(all.map(\.typeName)))
        let xsd = BundledSchemas.dataXSD.text
        for type in types { #expect(xsd.contains("<xs:enumeration value=\"\(type)\"/>")) }
    }
}
