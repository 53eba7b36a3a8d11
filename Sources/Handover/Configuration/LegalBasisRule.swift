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
