/// A table or file of records about data subjects, and what the law needs said about it.
public struct CollectionConfiguration: Sendable, Decodable, Equatable {
    /// The collection's name in bundles (`customers`, `tickets`).
    public var name: String
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
        case name, table, identities, purposes, retention, recipients, fields, discovers, references, transfers
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

/// A legal basis chosen per record by the value of one field.
///
/// ```yaml
/// legal_basis_by:
///   field: relationship
///   values:
///     private customer: { basis: contract, provision: Danish Data Protection Act s. 6(1) }
/// ```
public struct LegalBasisRule: Sendable, Decodable, Equatable {
    /// One value and the basis it selects.
    public struct Case: Sendable, Equatable {
        /// The field's value, compared exactly as text.
        public var value: String
        /// The basis (its `purposes` are unused here).
        public var basis: OtherLegalBasis
    }

    /// The field whose value selects the basis.
    public var field: String
    /// The cases, sorted by value.
    public var cases: [Case]

    /// Creates a rule.
    public init(field: String, cases: [Case]) {
        self.field = field
        self.cases = cases
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case field, values
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        field = try container.decode(String.self, forKey: .field)
        cases = try container.decode([String: OtherLegalBasis].self, forKey: .values)
            .map { Case(value: $0.key, basis: $0.value) }.sorted { $0.value < $1.value }
    }
}

/// A further legal basis of a collection, for all its purposes or the ones listed.
public struct OtherLegalBasis: Sendable, Decodable, Equatable {
    /// The Art. 6 basis.
    public var basis: LegalBasis
    /// The national provision it rests on.
    public var provision: String?
    /// For legitimate interests: the interest pursued.
    public var interest: String?
    /// The purposes it covers; empty means all the collection's purposes.
    public var purposes: [String]

    /// Creates a further legal basis.
    public init(basis: LegalBasis, provision: String? = nil, interest: String? = nil, purposes: [String] = []) {
        self.basis = basis
        self.provision = provision
        self.interest = interest
        self.purposes = purposes
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case basis, provision, interest, purposes
    }

    /// Decodes the YAML or JSON form (a word, or a mapping), rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(String.self) {
            guard let basis = LegalBasis(rawValue: word) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "Cannot initialize LegalBasis from invalid String value \(word)"))
            }
            self.init(basis: basis)
            return
        }
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            basis: try container.decode(LegalBasis.self, forKey: .basis),
            provision: try container.decodeIfPresent(String.self, forKey: .provision),
            interest: try container.decodeIfPresent(String.self, forKey: .interest),
            purposes: try container.decodeOneOrMany(String.self, forKey: .purposes) ?? [])
    }
}

/// The mapping form of `legal_basis`: `{basis: legitimate_interest, provision: …, interest: …}`.
struct LegalBasisDetail: Decodable {
    var basis: LegalBasis
    var provision: String?
    var interest: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case basis, provision, interest
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        basis = try container.decode(LegalBasis.self, forKey: .basis)
        provision = try container.decodeIfPresent(String.self, forKey: .provision)
        interest = try container.decodeIfPresent(String.self, forKey: .interest)
    }
}

/// How long a collection's data is kept, or the criteria that decide it (Art. 15(1)(d)).
public struct Retention: Sendable, Decodable, Equatable {
    /// The rule in words, as the subject should read it.
    public var description: String
    /// The period as an ISO 8601 duration (`P7Y`, `P30D`), when there is a fixed one.
    public var period: String?
    /// The event the period runs from (`end of contract`, `withdrawal of consent`).
    public var after: String?

    /// Creates a retention rule.
    public init(description: String, period: String? = nil, after: String? = nil) {
        self.description = description
        self.period = period
        self.after = after
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case description, period, after
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(description: text)
            return
        }
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            description: try container.decode(String.self, forKey: .description),
            period: try container.decodeIfPresent(String.self, forKey: .period),
            after: try container.decodeIfPresent(String.self, forKey: .after))
    }
}

/// A recipient or category of recipients of the data (Art. 15(1)(c)).
public struct Recipient: Sendable, Decodable, Equatable {
    /// Who receives the data (`PostNL`, `payment service providers`).
    public var name: String
    /// Their role: `processor`, `controller`, `joint-controller`, `authority`.
    public var role: String?
    /// Why they receive it.
    public var purpose: String?
    /// The country where they process it (ISO 3166-1 alpha-2).
    public var country: String?

    /// Creates a recipient.
    public init(name: String, role: String? = nil, purpose: String? = nil, country: String? = nil) {
        self.name = name
        self.role = role
        self.purpose = purpose
        self.country = country
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, role, purpose, country
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(name: text)
            return
        }
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            role: try container.decodeIfPresent(String.self, forKey: .role),
            purpose: try container.decodeIfPresent(String.self, forKey: .purpose),
            country: try container.decodeIfPresent(String.self, forKey: .country))
    }
}
