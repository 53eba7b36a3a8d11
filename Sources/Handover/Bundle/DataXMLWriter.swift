import Foundation

/// Writes `data.xml`: the same content as `data.json`, as XML in the namespace
/// ``namespace``, through libxml2's streaming writer.
///
/// A text value holding characters XML 1.0 cannot carry (most control characters) is written as
/// base64 of its UTF-8 bytes, marked `encoding="base64"`, so the XML stays well-formed and the value
/// is not lost.
final class DataXMLWriter: BundleContentWriter {
    /// The namespace of bundle XML, format version 1.
    static let namespace = "urn:handover:bundle:1"

    private let xml: XMLStreamWriter

    /// Creates a writer into `sink`.
    init(sink: any ByteSink) throws {
        xml = try XMLStreamWriter(sink: sink)
    }

    func begin(_ header: BundleHeader) throws {
        try xml.startElement("bundle")
        try xml.attribute("xmlns", Self.namespace)
        try xml.attribute("formatVersion", String(BundleHeader.formatVersion))
        try xml.attribute("scope", header.scope.rawValue)
        try writeController(header.controller)
        try xml.startElement("subject")
        for identifier in header.identifiers {
            try xml.startElement("identifier")
            try xml.attribute("type", identifier.type)
            try writeText(identifier.value)
            try xml.endElement()
        }
        for identifier in header.discovered {
            try xml.startElement("discovered")
            try xml.attribute("type", identifier.type)
            try xml.attribute("via", identifier.via)
            try writeText(identifier.value)
            try xml.endElement()
        }
        try xml.endElement()
    }

    func beginCollection(_ collection: CollectionHeader) throws {
        try xml.startElement("collection")
        try xml.attribute("source", collection.source)
        try xml.attribute("name", collection.name)
        if let subject = collection.dataSubject { try xml.attribute("dataSubject", subject) }
        try xml.startElement("purposes")
        for purpose in collection.purposes { try xml.element("purpose", purpose) }
        try xml.endElement()
        try xml.startElement("legalBasis")
        try writeBasis(collection.legalBasis, collection.legalBasisProvision, collection.legitimateInterest)
        try xml.endElement()
        for other in collection.otherLegalBases {
            try xml.startElement("otherLegalBasis")
            try writeBasis(other.basis, other.provision, other.interest)
            for purpose in other.purposes { try xml.element("purpose", purpose) }
            try xml.endElement()
        }
        if let rule = collection.legalBasisByField {
            try xml.startElement("legalBasisByField")
            try xml.attribute("field", rule.field)
            for ruleCase in rule.cases {
                try xml.startElement("case")
                try xml.attribute("value", ruleCase.value)
                try writeBasis(ruleCase.basis.basis, ruleCase.basis.provision, ruleCase.basis.interest)
                try xml.endElement()
            }
            try xml.endElement()
        }
        try xml.startElement("retention")
        if let period = collection.retention.period { try xml.attribute("period", period) }
        if let after = collection.retention.after { try xml.attribute("after", after) }
        try xml.text(collection.retention.description)
        try xml.endElement()
        try xml.startElement("recipients")
        for recipient in collection.recipients {
            try xml.startElement("recipient")
            try xml.attribute("name", recipient.name)
            if let role = recipient.role { try xml.attribute("role", role) }
            if let purpose = recipient.purpose { try xml.attribute("purpose", purpose) }
            if let country = recipient.country { try xml.attribute("country", country) }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.startElement("fields")
        for field in collection.fields {
            try xml.startElement("field")
            try xml.attribute("name", field.name)
            try xml.attribute("category", field.category)
            try xml.attribute("provenance", field.provenance.rawValue)
            try xml.attribute("provenanceIri", field.provenance.iri)
            if let thirdParty = field.thirdParty { try xml.attribute("thirdParty", thirdParty.rawValue) }
            if let description = field.description { try xml.text(description) }
            try xml.endElement()
        }
        try xml.endElement()
        if let supplementary = collection.supplementary { try writeSupplementary(supplementary) }
        try xml.startElement("records")
    }

    /// The attributes of a legal-basis element: code, article, DPV IRI, provision and interest.
    private func writeBasis(_ basis: LegalBasis, _ provision: String?, _ interest: String?) throws {
        try xml.attribute("code", basis.rawValue)
        try xml.attribute("article", basis.article)
        try xml.attribute("iri", basis.iri)
        if let provision { try xml.attribute("provision", provision) }
        if let interest { try xml.attribute("interest", interest) }
    }

    private func writeSupplementary(_ supplementary: CollectionHeader.Supplementary) throws {
        try xml.startElement("supplementary")
        try xml.element("sourceOfData", supplementary.sourceOfData)
        try xml.startElement("automatedDecisionMaking")
        try xml.attribute("exists", supplementary.automatedDecisionMaking == nil ? "false" : "true")
        if let decision = supplementary.automatedDecisionMaking {
            try xml.element("description", decision.description)
            try xml.element("logic", decision.logic)
            try xml.element("consequences", decision.consequences)
        }
        try xml.endElement()
        try xml.startElement("transfers")
        for transfer in supplementary.transfers {
            try xml.startElement("transfer")
            if let country = transfer.country { try xml.attribute("country", country) }
            if let destination = transfer.destination { try xml.attribute("destination", destination) }
            try xml.attribute("safeguard", transfer.safeguard)
            if let recipient = transfer.recipient { try xml.attribute("recipient", recipient) }
            if let provision = transfer.provision { try xml.attribute("provision", provision) }
            if let copy = transfer.copyAvailableAt { try xml.attribute("copyAvailableAt", copy) }
            try xml.endElement()
        }
        try xml.endElement()
        try xml.endElement()
    }

    func write(_ record: ExportedRecord) throws {
        try xml.startElement("record")
        for field in record.fields {
            try xml.startElement("value")
            try xml.attribute("field", field.name)
            try xml.attribute("type", field.value.typeName)
            if case .binary = field.value {
                try xml.attribute("encoding", "base64")
                try xml.text(field.value.text ?? "")
            } else if let text = field.value.text {
                try writeText(text)
            }
            try xml.endElement()
        }
        try xml.endElement()
    }

    func endCollection(recordCount: Int) throws {
        try xml.endElement()  // records
        try xml.endElement()  // collection
    }

    func finish() throws {
        try xml.endElement()  // bundle
        try xml.finish()
    }

    /// Writes `text` as character data, or as base64 when XML cannot carry it.
    private func writeText(_ text: String) throws {
        if XMLStreamWriter.isRepresentable(text) {
            try xml.text(text)
        } else {
            try xml.attribute("encoding", "base64")
            try xml.text(Data(text.utf8).base64EncodedString())
        }
    }

    private func writeController(_ controller: ControllerConfiguration) throws {
        try xml.startElement("controller")
        try xml.element("name", controller.name)
        try xml.element("address", controller.address)
        try xml.element("email", controller.email)
        try xml.element("phone", controller.phone)
        try xml.element("website", controller.website)
        try xml.element("language", controller.language)
        try xml.element("registrationNumber", controller.registrationNumber)
        try xml.element("responsePeriod", controller.responsePeriod)
        if let dpo = controller.dpo { try writeContact("dpo", dpo) }
        try writeContact("supervisoryAuthority", controller.supervisoryAuthority)
        try xml.endElement()
    }

    private func writeContact(_ element: String, _ contact: Contact) throws {
        try xml.startElement(element)
        try xml.element("name", contact.name)
        try xml.element("email", contact.email)
        try xml.element("phone", contact.phone)
        try xml.element("address", contact.address)
        try xml.element("url", contact.url)
        try xml.endElement()
    }
}
