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
