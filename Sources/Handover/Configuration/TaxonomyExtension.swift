/// A data category or data use of the controller's own, declared under `extensions:` so that a
/// typo in a standard key is an error rather than a silent new category.
///
/// ```yaml
/// extensions:
///   - key: user.financial.credit_score
///     parent: user.financial
///     description: A credit bureau's score of the customer's creditworthiness
///     label: { en: Credit score, nl: Kredietscore }
/// ```
///
/// The key extends its parent by dotted segments; the parent is a fideslang key or another
/// declared extension, and says which vocabulary the extension belongs to.
public struct TaxonomyExtension: Sendable, Decodable, Equatable {
    /// The new key, such as `user.financial.credit_score`.
    public var key: String
    /// The key it refines: a fideslang data category or data use, or another extension.
    public var parent: String
    /// What the key means, for every reader of a bundle.
    public var description: String
    /// How the page names it, per language; without one it is named after its parent.
    public var label: LocalizedText?

    /// Creates an extension.
    public init(key: String, parent: String, description: String, label: LocalizedText? = nil) {
        self.key = key
        self.parent = parent
        self.description = description
        self.label = label
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case key, parent, description, label
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            key: try container.decode(String.self, forKey: .key),
            parent: try container.decode(String.self, forKey: .parent),
            description: try container.decode(String.self, forKey: .description),
            label: try container.decodeIfPresent(LocalizedText.self, forKey: .label))
    }
}
