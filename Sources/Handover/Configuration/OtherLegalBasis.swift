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
