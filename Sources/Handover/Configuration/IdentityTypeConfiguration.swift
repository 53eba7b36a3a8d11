/// How the values of one identity type are normalised before matching.
///
/// In YAML, under `identity_types:`, either a word (`email`, `phone`, `exact`) or a mapping:
///
/// ```yaml
/// identity_types:
///   email:
///     normalize: email
///     domains:
///       gmail.com: { ignore_dots: true, strip_plus: true }
///       example.org: { case_sensitive: true }
///   phone: { normalize: phone, default_country: NL }
///   customer_id: exact
/// ```
///
/// Identity types that are not listed are matched exactly.
public struct IdentityTypeConfiguration: Sendable, Decodable, Equatable {
    /// The normalisation rule.
    public var normalization: IdentityNormalization
    /// How the page names the type (`{nl: Klantnummer}`); without one, after its rule or its name.
    public var label: LocalizedText?

    /// Creates an identity type with a rule.
    public init(_ normalization: IdentityNormalization) {
        self.normalization = normalization
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case normalize, domains, label
        case defaultCountry = "default_country"
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(String.self) {
            self.init(try Self.rule(word, domains: [:], country: nil, path: decoder.codingPath))
            return
        }
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let word = try container.decode(String.self, forKey: .normalize)
        let domains = try container.decodeIfPresent([String: DomainRulesConfiguration].self, forKey: .domains) ?? [:]
        let country = try container.decodeIfPresent(String.self, forKey: .defaultCountry)
        if let country, PhoneNormalization.countries[country.uppercased()] == nil {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath + [CodingKeys.defaultCountry],
                    debugDescription:
                        "'\(country)' is not a country Handover knows the calling code of; use one of "
                        + PhoneNormalization.countries.keys.sorted().joined(separator: ", ")))
        }
        self.init(
            try Self.rule(word, domains: domains.mapValues(\.rules), country: country, path: decoder.codingPath))
        label = try container.decodeIfPresent(LocalizedText.self, forKey: .label)
    }

    private static func rule(
        _ word: String, domains: [String: EmailNormalization.DomainRules], country: String?, path: [any CodingKey]
    ) throws -> IdentityNormalization {
        switch word {
        case "exact": return .exact
        case "email": return .email(EmailNormalization(domains: domains))
        case "phone": return .phone(PhoneNormalization(defaultCountry: country))
        default:
            throw DecodingError.dataCorrupted(
                .init(codingPath: path, debugDescription: "'\(word)' is not a normalisation; use exact, email or phone")
            )
        }
    }
}

/// The YAML form of ``EmailNormalization/DomainRules``.
struct DomainRulesConfiguration: Decodable {
    var rules: EmailNormalization.DomainRules

    enum CodingKeys: String, CodingKey, CaseIterable {
        case caseSensitive = "case_sensitive"
        case ignoreDots = "ignore_dots"
        case stripPlus = "strip_plus"
    }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rules = EmailNormalization.DomainRules(
            caseSensitiveLocalPart: try container.decodeIfPresent(Bool.self, forKey: .caseSensitive) ?? false,
            ignoreDots: try container.decodeIfPresent(Bool.self, forKey: .ignoreDots) ?? false,
            stripPlusSuffix: try container.decodeIfPresent(Bool.self, forKey: .stripPlus) ?? false)
    }
}
