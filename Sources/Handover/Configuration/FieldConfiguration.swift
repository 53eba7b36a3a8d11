/// What one field in the data is, and whether it leaves in a bundle.
///
/// In YAML a field is either a mapping (`{category: user.contact.email, provenance: provided}`)
/// or one of the words `secret` (never exported: password hashes, tokens) and `ignore` (not
/// personal data, deliberately left out).
public struct FieldConfiguration: Sendable, Decodable, Equatable {
    /// Whether a field is exported.
    public enum Disposition: String, Sendable, Equatable {
        /// Exported with its category and provenance.
        case export
        /// Never exported, in any scope: credentials, tokens, secrets.
        case secret
        /// Left out on purpose: not personal data, or internal bookkeeping.
        case ignore
    }

    /// Whether the field is exported.
    public var disposition: Disposition
    /// The fideslang data category (`user.contact.email`); required for exported fields.
    public var category: String?
    /// Where the data came from; required for exported fields.
    public var provenance: Provenance?
    /// The type to convert the source's text to, when the source has no types of its own.
    public var type: ValueType?
    /// A short explanation for the subject: a string, or one per language like ``label``.
    public var description: LocalizedText?
    /// The column's heading on the page, per language; without one, the field's name in words.
    public var label: LocalizedText?
    /// How a field holding other people's data is treated (Art. 15(4), Art. 20(4)); `nil` when it
    /// holds only the subject's data.
    public var thirdParty: ThirdPartyHandling?

    /// What happens to a field that holds data about other people (a message's recipient, a referred friend).
    public enum ThirdPartyHandling: String, Sendable, Codable, CaseIterable {
        /// The value is replaced by a marker that says it was withheld.
        case redact
        /// The field is left out.
        case omit
    }

    /// Creates an exported field.
    public init(category: String, provenance: Provenance, type: ValueType? = nil, description: String? = nil) {
        self.disposition = .export
        self.category = category
        self.provenance = provenance
        self.type = type
        self.description = description.map(LocalizedText.init)
    }

    /// Creates a field that is never exported.
    public init(disposition: Disposition) {
        self.disposition = disposition
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case category, provenance, type, description, secret, ignore, label
        case thirdParty = "third_party"
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(String.self) {
            guard let disposition = Disposition(rawValue: word), disposition != .export else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath,
                        debugDescription:
                            "'\(word)' is not a field description; write 'secret', 'ignore' or a mapping with category and provenance"
                    )
                )
            }
            self.init(disposition: disposition)
            return
        }
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if try container.decodeIfPresent(Bool.self, forKey: .secret) == true {
            self.init(disposition: .secret)
        } else if try container.decodeIfPresent(Bool.self, forKey: .ignore) == true {
            self.init(disposition: .ignore)
        } else {
            self.init(disposition: .export)
        }
        category = try container.decodeIfPresent(String.self, forKey: .category)
        provenance = try container.decodeIfPresent(Provenance.self, forKey: .provenance)
        type = try container.decodeIfPresent(ValueType.self, forKey: .type)
        description = try container.decodeIfPresent(LocalizedText.self, forKey: .description)
        label = try container.decodeIfPresent(LocalizedText.self, forKey: .label)
        thirdParty = try container.decodeIfPresent(ThirdPartyHandling.self, forKey: .thirdParty)
    }
}
