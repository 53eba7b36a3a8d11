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
