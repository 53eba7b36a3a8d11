/// Writes `data.json`: the subject's records grouped by collection, with what each field and
/// collection means.
///
/// Every value is written as `{"type": …, "value": …}` so that a reader never has to guess a type;
/// binary values are base64 text. The layout is documented in `Schemas/README.md`.
final class DataJSONWriter: BundleContentWriter {
    private var json: JSONStreamWriter

    /// Creates a writer into `sink`.
    init(sink: any ByteSink) {
        json = JSONStreamWriter(sink: sink)
    }

    func begin(_ header: BundleHeader) throws {
        try json.beginObject()
        try json.member("format", "handover-bundle-data")
        try json.key("formatVersion")
        try json.number(Int64(BundleHeader.formatVersion))
        try json.member("scope", header.scope.rawValue)
        try json.key("controller")
        try writeController(header.controller)
        try json.key("subject")
        try json.beginObject()
        try json.key("identifiers")
        try json.beginArray()
        for identifier in header.identifiers {
            try json.beginObject()
            try json.member("type", identifier.type)
            try json.member("value", identifier.value)
            try json.endObject()
        }
        try json.endArray()
        try json.key("discovered")
        try json.beginArray()
        for identifier in header.discovered {
            try json.beginObject()
            try json.member("type", identifier.type)
            try json.member("value", identifier.value)
            try json.member("via", identifier.via)
            try json.endObject()
        }
        try json.endArray()
        try json.endObject()
        try json.key("collections")
        try json.beginArray()
    }

    func beginCollection(_ collection: CollectionHeader) throws {
        try json.beginObject()
        try json.member("source", collection.source)
        try json.member("name", collection.name)
        try json.member("dataSubject", collection.dataSubject)
        try json.key("purposes")
        try json.beginArray()
        for purpose in collection.purposes { try json.string(purpose) }
        try json.endArray()
        try json.key("legalBasis")
        try json.beginObject()
        try writeBasis(collection.legalBasis, collection.legalBasisProvision, collection.legitimateInterest)
        try json.endObject()
        if !collection.otherLegalBases.isEmpty {
            try json.key("otherLegalBases")
            try json.beginArray()
            for other in collection.otherLegalBases {
                try json.beginObject()
                try writeBasis(other.basis, other.provision, other.interest)
                if !other.purposes.isEmpty {
                    try json.key("purposes")
                    try json.beginArray()
                    for purpose in other.purposes { try json.string(purpose) }
                    try json.endArray()
                }
                try json.endObject()
            }
            try json.endArray()
        }
        if let rule = collection.legalBasisByField {
            try json.key("legalBasisByField")
            try json.beginObject()
            try json.member("field", rule.field)
            try json.key("cases")
            try json.beginArray()
            for ruleCase in rule.cases {
                try json.beginObject()
                try json.member("value", ruleCase.value)
                try writeBasis(ruleCase.basis.basis, ruleCase.basis.provision, ruleCase.basis.interest)
                try json.endObject()
            }
            try json.endArray()
            try json.endObject()
        }
        try json.key("retention")
        try json.beginObject()
        try json.member("description", collection.retention.description)
        try json.member("period", collection.retention.period)
        try json.member("after", collection.retention.after)
        try json.endObject()
        try json.key("recipients")
        try json.beginArray()
        for recipient in collection.recipients {
            try json.beginObject()
            try json.member("name", recipient.name)
            try json.member("role", recipient.role)
            try json.member("purpose", recipient.purpose)
            try json.member("country", recipient.country)
            try json.endObject()
        }
        try json.endArray()
        try json.key("fields")
        try json.beginArray()
        for field in collection.fields {
            try json.beginObject()
            try json.member("name", field.name)
            try json.member("category", field.category)
            try json.member("provenance", field.provenance.rawValue)
            try json.member("provenanceIri", field.provenance.iri)
            try json.member("description", field.description)
            try json.member("thirdParty", field.thirdParty?.rawValue)
            try json.endObject()
        }
        try json.endArray()
        if let supplementary = collection.supplementary {
            try json.key("supplementary")
            try writeSupplementary(supplementary)
        }
        try json.key("records")
        try json.beginArray()
    }

    func write(_ record: ExportedRecord) throws {
        try json.beginObject()
        for field in record.fields {
            try json.key(field.name)
            try json.beginObject()
            try json.member("type", field.value.typeName)
            try json.key("value")
            switch field.value {
            case .null: try json.null()
            case .integer(let number): try json.number(number)
            case .decimal(let text): try json.number(text)
            case .boolean(let flag): try json.bool(flag)
            case .string, .date, .dateTime, .binary, .redacted: try json.string(field.value.text ?? "")
            }
            try json.endObject()
        }
        try json.endObject()
    }

    func endCollection(recordCount: Int) throws {
        try json.endArray()
        try json.key("recordCount")
        try json.number(Int64(recordCount))
        try json.endObject()
    }

    func finish() throws {
        try json.endArray()
        try json.endObject()
        try json.finish()
    }

    /// The members of a legal-basis object: code, article, DPV IRI, provision and interest.
    private func writeBasis(_ basis: LegalBasis, _ provision: String?, _ interest: String?) throws {
        try json.member("code", basis.rawValue)
        try json.member("article", basis.article)
        try json.member("iri", basis.iri)
        try json.member("provision", provision)
        try json.member("interest", interest)
    }

    private func writeSupplementary(_ supplementary: CollectionHeader.Supplementary) throws {
        try json.beginObject()
        try json.member("sourceOfData", supplementary.sourceOfData)
        try json.key("automatedDecisionMaking")
        try json.beginObject()
        try json.key("exists")
        try json.bool(supplementary.automatedDecisionMaking != nil)
        try json.member("description", supplementary.automatedDecisionMaking?.description)
        try json.member("logic", supplementary.automatedDecisionMaking?.logic)
        try json.member("consequences", supplementary.automatedDecisionMaking?.consequences)
        try json.endObject()
        try json.key("transfers")
        try json.beginArray()
        for transfer in supplementary.transfers {
            try json.beginObject()
            try json.member("country", transfer.country)
            try json.member("destination", transfer.destination)
            try json.member("recipient", transfer.recipient)
            try json.member("safeguard", transfer.safeguard)
            try json.member("provision", transfer.provision)
            try json.member("copyAvailableAt", transfer.copyAvailableAt)
            try json.endObject()
        }
        try json.endArray()
        try json.endObject()
    }

    private func writeController(_ controller: ControllerConfiguration) throws {
        try json.beginObject()
        try json.member("name", controller.name)
        try json.member("address", controller.address)
        try json.member("email", controller.email)
        try json.member("phone", controller.phone)
        try json.member("website", controller.website)
        try json.member("language", controller.language)
        try json.member("registrationNumber", controller.registrationNumber)
        try json.member("responsePeriod", controller.responsePeriod)
        if let dpo = controller.dpo {
            try json.key("dpo")
            try writeContact(dpo)
        }
        try json.key("supervisoryAuthority")
        try writeContact(controller.supervisoryAuthority)
        try json.endObject()
    }

    private func writeContact(_ contact: Contact) throws {
        try json.beginObject()
        try json.member("name", contact.name)
        try json.member("email", contact.email)
        try json.member("phone", contact.phone)
        try json.member("address", contact.address)
        try json.member("url", contact.url)
        try json.endObject()
    }
}
