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
