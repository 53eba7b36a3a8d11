/// What data.json and data.xml hold about a collection before its records.
extension CollectionHeader {
    static let content = ContentShape<CollectionHeader>(
        [
            .string("source", .attribute) { $0.source },
            .string("name", .attribute) { $0.name },
            .optionalString("dataSubject", .attribute) { $0.dataSubject },
            .strings("purposes", .wrapped(item: "purpose")) { $0.purposes },
            .object("legalBasis", OtherLegalBasis.basisContent) {
                OtherLegalBasis(
                    basis: $0.legalBasis, provision: $0.legalBasisProvision, interest: $0.legitimateInterest)
            },
            .objects(
                "otherLegalBases", .repeated(element: "otherLegalBasis"), OtherLegalBasis.content, required: false,
                omittedWhenEmpty: true
            ) { $0.otherLegalBases },
            .optionalObject("legalBasisByField", LegalBasisRule.content) { $0.legalBasisByField },
            .object("retention", Retention.content) { $0.retention },
            .objects("recipients", .wrapped(item: "recipient"), Recipient.content) { $0.recipients },
            .objects("fields", .wrapped(item: "field"), Field.content) { $0.fields },
            .optionalObject("supplementary", Supplementary.content) { $0.supplementary },
        ]
    ) { reader throws(ContentError) in
        let basis = try reader.object("legalBasis", OtherLegalBasis.basisContent)
        return CollectionHeader(
            source: try reader.string("source"), name: try reader.string("name"),
            purposes: try reader.strings("purposes"), legalBasis: basis.basis, legalBasisProvision: basis.provision,
            legitimateInterest: basis.interest,
            otherLegalBases: try reader.objects("otherLegalBases", OtherLegalBasis.content),
            legalBasisByField: try reader.optionalObject("legalBasisByField", LegalBasisRule.content),
            dataSubject: try reader.optionalString("dataSubject"),
            retention: try reader.object("retention", Retention.content),
            recipients: try reader.objects("recipients", Recipient.content),
            fields: try reader.objects("fields", Field.content),
            supplementary: try reader.optionalObject("supplementary", Supplementary.content))
    }
}

extension CollectionHeader.Field {
    static let content = ContentShape<Self>(
        [
            .string("name", .attribute) { $0.name },
            .string("category", .attribute) { $0.category },
            .string("provenance", .attribute) { $0.provenance.rawValue },
            .string("provenanceIri", .attribute) { $0.provenance.iri },
            .optionalString("description", .text) { $0.description },
            .optionalString("thirdParty", .attribute) { $0.thirdParty?.rawValue },
        ]
    ) { reader throws(ContentError) in
        let provenance: Provenance = try reader.value("provenance", "a provenance")
        guard try reader.string("provenanceIri") == provenance.iri else {
            throw reader.failure("the IRI does not belong to the provenance '\(provenance.rawValue)'", "provenanceIri")
        }
        return Self(
            name: try reader.string("name"), category: try reader.string("category"), provenance: provenance,
            description: try reader.optionalString("description"),
            thirdParty: try reader.optionalValue("thirdParty", "a third-party handling"))
    }
}

extension OtherLegalBasis {
    /// `code`, `article` and `iri` of the Art. 6 basis, then `provision` and `interest`: the
    /// members every legal basis in a bundle has.
    static func basisMembers<Model>(_ get: @escaping @Sendable (Model) -> OtherLegalBasis)
        -> [ContentShape<Model>.Member]
    {
        [
            .string("code", .attribute) { get($0).basis.rawValue },
            .string("article", .attribute) { get($0).basis.article },
            .string("iri", .attribute) { get($0).basis.iri },
            .optionalString("provision", .attribute) { get($0).provision },
            .optionalString("interest", .attribute) { get($0).interest },
        ]
    }

    /// A basis from the members ``basisMembers(_:)`` wrote, whose article and IRI belong to its code.
    static func basis(from reader: ContentObjectReader) throws(ContentError) -> OtherLegalBasis {
        let basis: LegalBasis = try reader.value("code", "a legal basis")
        guard try reader.string("article") == basis.article, try reader.string("iri") == basis.iri else {
            throw reader.failure("the article and IRI do not belong to the legal basis '\(basis.rawValue)'")
        }
        return OtherLegalBasis(
            basis: basis, provision: try reader.optionalString("provision"),
            interest: try reader.optionalString("interest"))
    }

    /// A collection's main `legalBasis`: the basis alone.
    static let basisContent = ContentShape<OtherLegalBasis>(basisMembers { $0 }) { reader throws(ContentError) in
        try basis(from: reader)
    }

    /// One of `otherLegalBases`: the basis and the purposes it covers.
    static let content = ContentShape<OtherLegalBasis>(
        basisMembers { $0 } + [
            .strings("purposes", .repeated(element: "purpose"), required: false, omittedWhenEmpty: true) {
                $0.purposes
            }
        ]
    ) { reader throws(ContentError) in
        var other = try basis(from: reader)
        other.purposes = try reader.strings("purposes")
        return other
    }
}

extension LegalBasisRule {
    static let content = ContentShape<LegalBasisRule>(
        [
            .string("field", .attribute) { $0.field },
            .objects("cases", .repeated(element: "case"), Case.content) { $0.cases },
        ]
    ) { reader throws(ContentError) in
        LegalBasisRule(field: try reader.string("field"), cases: try reader.objects("cases", Case.content))
    }
}

extension LegalBasisRule.Case {
    static let content = ContentShape<Self>(
        [.string("value", .attribute) { $0.value }] + OtherLegalBasis.basisMembers { $0.basis }
    ) { reader throws(ContentError) in
        Self(value: try reader.string("value"), basis: try OtherLegalBasis.basis(from: reader))
    }
}

extension Retention {
    static let content = ContentShape<Retention>(
        [
            .string("description", .text) { $0.description },
            .optionalString("period", .attribute) { $0.period },
            .optionalString("after", .attribute) { $0.after },
        ]
    ) { reader throws(ContentError) in
        Retention(
            description: try reader.string("description"), period: try reader.optionalString("period"),
            after: try reader.optionalString("after"))
    }
}

extension Recipient {
    static let content = ContentShape<Recipient>(
        [
            .string("name", .attribute) { $0.name },
            .optionalString("role", .attribute) { $0.role },
            .optionalString("purpose", .attribute) { $0.purpose },
            .optionalString("country", .attribute) { $0.country },
        ]
    ) { reader throws(ContentError) in
        Recipient(
            name: try reader.string("name"), role: try reader.optionalString("role"),
            purpose: try reader.optionalString("purpose"), country: try reader.optionalString("country"))
    }
}

extension CollectionHeader.Supplementary {
    static let content = ContentShape<Self>(
        [
            .optionalString("sourceOfData") { $0.sourceOfData },
            .object("automatedDecisionMaking", AutomatedDecisionMaking.content) { $0.automatedDecisionMaking },
            .objects("transfers", .wrapped(item: "transfer"), Transfer.content) { $0.transfers },
        ]
    ) { reader throws(ContentError) in
        Self(
            sourceOfData: try reader.optionalString("sourceOfData"),
            automatedDecisionMaking: try reader.object("automatedDecisionMaking", AutomatedDecisionMaking.content),
            transfers: try reader.objects("transfers", Transfer.content))
    }
}

extension AutomatedDecisionMaking {
    /// `exists`, and when it is `true` the description, logic and consequences.
    static let content = ContentShape<AutomatedDecisionMaking?>(
        [
            .bool("exists") { $0 != nil },
            .optionalString("description") { $0?.description },
            .optionalString("logic") { $0?.logic },
            .optionalString("consequences") { $0?.consequences },
        ]
    ) { reader throws(ContentError) in
        guard try reader.bool("exists") else { return nil }
        return AutomatedDecisionMaking(
            description: try reader.string("description"), logic: try reader.string("logic"),
            consequences: try reader.string("consequences"))
    }
}

extension Transfer {
    static let content = ContentShape<Transfer>(
        [
            .optionalString("country", .attribute) { $0.country },
            .optionalString("destination", .attribute) { $0.destination },
            .optionalString("recipient", .attribute) { $0.recipient },
            .string("safeguard", .attribute) { $0.safeguard },
            .optionalString("provision", .attribute) { $0.provision },
            .optionalString("copyAvailableAt", .attribute) { $0.copyAvailableAt },
        ],
        xmlAttributeOrder: ["country", "destination", "safeguard", "recipient", "provision", "copyAvailableAt"]
    ) { reader throws(ContentError) in
        Transfer(
            country: try reader.optionalString("country"), destination: try reader.optionalString("destination"),
            recipient: try reader.optionalString("recipient"), safeguard: try reader.string("safeguard"),
            provision: try reader.optionalString("provision"),
            copyAvailableAt: try reader.optionalString("copyAvailableAt"))
    }
}
