/// A first configuration, drafted from live sources (``ConfigurationDrafter``) or a Fides dataset
/// (``FidesDatasetImport``): every collection and field with a guess, and every guess carrying the
/// reason a person should review it. ``yaml`` renders it with those reasons as `# REVIEW:` comments.
///
/// The draft loads and exports as it is — placeholders are valid values — but its controller,
/// purposes, legal bases and retention are placeholders until someone who knows the processing
/// writes them.
public struct ConfigurationDraft: Sendable, Equatable {
    /// An identity type and its matching rule.
    public struct IdentityType: Sendable, Equatable {
        /// The type's name (`email`, `phone`, `customer_id`).
        public var name: String
        /// `email`, `phone` or `exact`.
        public var rule: String
        /// The country of national phone numbers, for `phone`.
        public var defaultCountry: String?
        /// Why it is there, when a person should check it.
        public var review: String?
    }

    /// One source and the collections drafted for it.
    public struct Source: Sendable, Equatable {
        /// The source's id.
        public var id: String
        /// Its kind (`sqlite`, `csv`, `postgresql`).
        public var kind: String
        /// The settings written under it, in order (`path`, `url`, `password_env`).
        public var settings: [(key: String, value: String)]
        /// Its collections.
        public var collections: [Collection]
        /// Collections left out, each with why (written as commented-out notes).
        public var leftOut: [String] = []
        /// Review notes for the source as a whole.
        public var review: [String] = []

        /// Whether two sources are drafted alike.
        public static func == (lhs: Source, rhs: Source) -> Bool {
            lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.settings.map(\.key) == rhs.settings.map(\.key)
                && lhs.settings.map(\.value) == rhs.settings.map(\.value) && lhs.collections == rhs.collections
                && lhs.leftOut == rhs.leftOut && lhs.review == rhs.review
        }
    }

    /// One collection.
    public struct Collection: Sendable, Equatable {
        /// The collection's name.
        public var name: String
        /// The table, when it differs from the name.
        public var table: String?
        /// Identity type → fields holding it.
        public var identities: [(type: String, fields: [String])] = []
        /// Identity type → fields whose values, in the subject's records, are further identifiers.
        public var discovers: [(type: String, fields: [String])] = []
        /// References to other collections' keys.
        public var references: [Reference] = []
        /// The fields, in source order.
        public var fields: [Field] = []
        /// Review notes for the collection.
        public var review: [String] = []

        /// Whether two collections are drafted alike.
        public static func == (lhs: Collection, rhs: Collection) -> Bool {
            lhs.name == rhs.name && lhs.table == rhs.table && lhs.identities.map(\.type) == rhs.identities.map(\.type)
                && lhs.identities.map(\.fields) == rhs.identities.map(\.fields)
                && lhs.discovers.map(\.type) == rhs.discovers.map(\.type)
                && lhs.discovers.map(\.fields) == rhs.discovers.map(\.fields) && lhs.references == rhs.references
                && lhs.fields == rhs.fields && lhs.review == rhs.review
        }

        /// The field called `name`.
        public subscript(field name: String) -> Field? {
            fields.first { $0.name == name }
        }
    }

    /// A reference: `field` holds keys of the collection `to` names (`customers.id`, `shop/customers.id`).
    public struct Reference: Sendable, Equatable {
        /// The referencing field.
        public var field: String
        /// The target, as written in YAML.
        public var to: String
        /// Why it is there.
        public var review: String
    }

    /// One field.
    public struct Field: Sendable, Equatable {
        /// The field's name.
        public var name: String
        /// Exported, `secret` or `ignore`.
        public var disposition: FieldConfiguration.Disposition
        /// The category, for exported fields.
        public var category: String?
        /// The provenance, for exported fields.
        public var provenance: Provenance?
        /// The `type:` to convert text to.
        public var type: ValueType?
        /// How other people's data in it is treated.
        public var thirdParty: FieldConfiguration.ThirdPartyHandling?
        /// A description carried over (from a Fides dataset).
        public var description: String?
        /// Why the guess is what it is.
        public var review: String?
    }

    /// The identity types, in the order first used.
    public var identityTypes: [IdentityType] = []
    /// Data categories of the controller's own that the draft uses (a Fides dataset's custom
    /// categories), declared under `extensions:` so that the draft loads.
    public var extensions: [TaxonomyExtension] = []
    /// The sources.
    public var sources: [Source] = []
    /// Review notes for the whole draft (files not read, what a Fides dataset could not say).
    public var review: [String] = []

    /// Creates an empty draft.
    public init() {}

    /// Adds an identity type unless one of that name is there.
    mutating func useIdentityType(_ name: String, defaultCountry: String?) {
        guard !identityTypes.contains(where: { $0.name == name }) else { return }
        switch name {
        case "email":
            identityTypes.append(
                IdentityType(
                    name: name, rule: "email",
                    review: "addresses are trimmed and case-folded before they are compared; add 'domains:' rules "
                        + "where a provider ignores dots or +tags"))
        case "phone":
            identityTypes.append(
                IdentityType(
                    name: name, rule: "phone", defaultCountry: defaultCountry,
                    review: defaultCountry == nil
                        ? "numbers are brought to E.164; national numbers (without +) match only once "
                            + "'default_country' names their country (handover init --default-country CC)"
                        : "numbers are brought to E.164; national numbers are read as \(defaultCountry!)'s"))
        default:
            identityTypes.append(IdentityType(name: name, rule: "exact", review: "compared exactly, as text"))
        }
    }
}
