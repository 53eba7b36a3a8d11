/// A transfer of personal data to a country outside the EEA, and what protects it (Art. 15(2), Art. 44–49).
public struct Transfer: Sendable, Decodable, Equatable {
    /// The destination country (ISO 3166-1 alpha-2), when the controller names one.
    public var country: String?
    /// The destination in words when no single country is named ("countries with an adequacy
    /// decision", "outside the EEA").
    public var destination: String?
    /// Who receives the data there.
    public var recipient: String?
    /// The safeguard: `adequacy decision`, `standard contractual clauses`, `binding corporate rules`, …
    public var safeguard: String
    /// The legal provision of the safeguard, e.g. `Art. 46(2)(c)`.
    public var provision: String?
    /// Where the subject can obtain a copy of the safeguard.
    public var copyAvailableAt: String?

    /// Creates a transfer.
    public init(
        country: String?, destination: String? = nil, recipient: String? = nil, safeguard: String,
        provision: String? = nil, copyAvailableAt: String? = nil
    ) {
        self.country = country
        self.destination = destination
        self.recipient = recipient
        self.safeguard = safeguard
        self.provision = provision
        self.copyAvailableAt = copyAvailableAt
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case country, destination, recipient, safeguard, provision
        case copyAvailableAt = "copy_available_at"
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            country: try container.decodeIfPresent(String.self, forKey: .country),
            destination: try container.decodeIfPresent(String.self, forKey: .destination),
            recipient: try container.decodeIfPresent(String.self, forKey: .recipient),
            safeguard: try container.decode(String.self, forKey: .safeguard),
            provision: try container.decodeIfPresent(String.self, forKey: .provision),
            copyAvailableAt: try container.decodeIfPresent(String.self, forKey: .copyAvailableAt))
    }
}

/// Automated decision-making, including profiling, that the collection's data feeds (Art. 15(1)(h), Art. 22).
public struct AutomatedDecisionMaking: Sendable, Decodable, Equatable {
    /// What is decided.
    public var description: String
    /// Meaningful information about the logic involved.
    public var logic: String
    /// The significance and envisaged consequences for the subject.
    public var consequences: String

    /// Creates a description.
    public init(description: String, logic: String, consequences: String) {
        self.description = description
        self.logic = logic
        self.consequences = consequences
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case description, logic, consequences
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            description: try container.decode(String.self, forKey: .description),
            logic: try container.decode(String.self, forKey: .logic),
            consequences: try container.decode(String.self, forKey: .consequences))
    }
}

/// Limits on identities found in the data (`discovers:`), which then take part in matching.
public struct DiscoveryConfiguration: Sendable, Decodable, Equatable {
    /// The most identifiers of one type that discovery may add; more stops the export, since it
    /// usually means a shared value (a company switchboard number) that would pull in other people.
    public var maxPerType: Int

    /// Creates discovery limits.
    public init(maxPerType: Int = 10) {
        self.maxPerType = maxPerType
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxPerType = "max_per_type"
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(maxPerType: try container.decodeIfPresent(Int.self, forKey: .maxPerType) ?? 10)
    }
}
