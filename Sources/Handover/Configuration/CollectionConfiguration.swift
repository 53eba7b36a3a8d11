/// A table or file of records about data subjects, and what the law needs said about it.
public struct CollectionConfiguration: Sendable, Decodable, Equatable {
    /// The collection's name in bundles (`customers`, `tickets`).
    public var name: String
    /// The collection's heading on the page, per language; without one, its name in words.
    public var label: LocalizedText?
    /// SQLite: the table to read (defaults to ``name``).
    public var table: String?
    /// Which fields hold which identity type: `email: [email, billing_email]`.
    ///
    /// A record belongs to the subject when one of these fields equals one of the subject's
    /// identifiers of that type.
    public var identities: [String: [String]]
    /// Why the data is processed, as fideslang data uses (`essential.service`).
    public var purposes: [String]
    /// The Art. 6 basis for the processing.
    public var legalBasis: LegalBasis
    /// The national provision the basis rests on, where the controller cites one
    /// (`Danish Data Protection Act s. 6`).
    public var legalBasisProvision: String?
    /// For legitimate interests (Art. 6(1)(f)): the interest pursued, as Art. 13(1)(d) requires.
    public var legitimateInterest: String?
    /// The kind of people the collection is about, as a fideslang data subject (`customer`, `prospect`).
    public var dataSubject: String?
    /// Further Art. 6 bases for some of the purposes (invoices kept for the tax authorities under a
    /// legal obligation, next to the contract).
    public var otherLegalBases: [OtherLegalBasis]
    /// A legal basis chosen per record by a field's value (company accounts on a legitimate
    /// interest, private ones on a contract); records no case matches have ``legalBasis``.
    public var legalBasisByField: LegalBasisRule?
    /// How long the data is kept, or the criteria for it.
    public var retention: Retention
    /// Who receives the data.
    public var recipients: [Recipient]
    /// What each field in the data is. Every field the data holds must be listed.
    public var fields: [String: FieldConfiguration]
    /// The order ``fields`` are listed in the configuration file, which the bundle's columns follow;
    /// empty for a collection made in code (the source's order is used then).
    public var fieldOrder: [String] = []
    /// Fields whose values, in the subject's records, are further identifiers of the subject:
    /// `phone: [phone]` adds the customer's phone number to the identities searched for.
    public var discovers: [String: [String]]
    /// Fields that hold keys of other collections' records.
    public var references: [ReferenceConfiguration]
    /// Where the data came from when it was not collected from the subject (Art. 15(1)(g)).
    public var sourceOfData: String?
    /// Automated decision-making the data feeds (Art. 15(1)(h)); `nil` when there is none.
    public var automatedDecisionMaking: AutomatedDecisionMaking?
    /// Transfers of the data outside the EEA (Art. 15(2)).
    public var transfers: [Transfer]

    /// Creates a collection description.
    public init(
        name: String, table: String? = nil, identities: [String: [String]], purposes: [String],
        legalBasis: LegalBasis, retention: Retention, recipients: [Recipient] = [],
        fields: [String: FieldConfiguration], discovers: [String: [String]] = [:],
        references: [ReferenceConfiguration] = [], sourceOfData: String? = nil,
        automatedDecisionMaking: AutomatedDecisionMaking? = nil, transfers: [Transfer] = []
    ) {
        self.name = name
        self.table = table
        self.identities = identities
        self.purposes = purposes
        self.legalBasis = legalBasis
        self.retention = retention
        self.recipients = recipients
        self.fields = fields
        self.discovers = discovers
        self.references = references
        self.sourceOfData = sourceOfData
        self.automatedDecisionMaking = automatedDecisionMaking
        self.transfers = transfers
        self.otherLegalBases = []
        self.legalBasisByField = nil
    }

    /// Every legal basis of the collection: the main one first, then further and per-record ones.
    public var allLegalBases: [LegalBasis] {
        [legalBasis] + otherLegalBases.map(\.basis) + (legalBasisByField?.cases.map(\.basis.basis) ?? [])
    }

    /// The main legal basis of one record: the case its field's value selects, else ``legalBasis``.
    public func legalBasis(of record: Record) -> LegalBasis {
        guard let rule = legalBasisByField, let text = record[rule.field]?.text else { return legalBasis }
        return rule.cases.first { $0.value == text }?.basis.basis ?? legalBasis
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, label, table, identities, purposes, retention, recipients, fields, discovers, references, transfers
        case legalBasis = "legal_basis"
        case dataSubject = "data_subject"
        case otherLegalBases = "other_legal_bases"
        case legalBasisByField = "legal_basis_by"
        case sourceOfData = "source_of_data"
        case automatedDecisionMaking = "automated_decision_making"
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        label = try container.decodeIfPresent(LocalizedText.self, forKey: .label)
        table = try container.decodeIfPresent(String.self, forKey: .table)
        identities = try Self.decodeFieldLists(container, .identities)
        discovers = try Self.decodeFieldLists(container, .discovers)
        references = try container.decodeIfPresent([ReferenceConfiguration].self, forKey: .references) ?? []
        sourceOfData = try container.decodeIfPresent(String.self, forKey: .sourceOfData)
        automatedDecisionMaking = try container.decodeIfPresent(
            AutomatedDecisionMaking.self, forKey: .automatedDecisionMaking)
        transfers = try container.decodeIfPresent([Transfer].self, forKey: .transfers) ?? []
        purposes = try container.decodeOneOrMany(String.self, forKey: .purposes) ?? []
        if (try? container.decode(String.self, forKey: .legalBasis)) != nil {
            legalBasis = try container.decode(LegalBasis.self, forKey: .legalBasis)
        } else {
            let detail = try container.decode(LegalBasisDetail.self, forKey: .legalBasis)
            legalBasis = detail.basis
            legalBasisProvision = detail.provision
            legitimateInterest = detail.interest
        }
        dataSubject = try container.decodeIfPresent(String.self, forKey: .dataSubject)
        otherLegalBases = try container.decodeIfPresent([OtherLegalBasis].self, forKey: .otherLegalBases) ?? []
        legalBasisByField = try container.decodeIfPresent(LegalBasisRule.self, forKey: .legalBasisByField)
        retention = try container.decode(Retention.self, forKey: .retention)
        recipients = try container.decodeIfPresent([Recipient].self, forKey: .recipients) ?? []
        fields = try container.decode([String: FieldConfiguration].self, forKey: .fields)
        fieldOrder = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: .fields).allKeys.map(
            \.stringValue)
    }

    /// Decodes `identity type: field` or `identity type: [fields]` mappings.
    private static func decodeFieldLists(
        _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys
    ) throws -> [String: [String]] {
        guard container.contains(key) else { return [:] }
        let nested = try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
        var lists: [String: [String]] = [:]
        for type in nested.allKeys {
            lists[type.stringValue] = try nested.decodeOneOrMany(String.self, forKey: type)
        }
        return lists
    }
}
