import Foundation

/// How the page names what the configuration calls by keys: collections, fields, identity types,
/// and the controller's own data categories and uses, in the page's language.
///
/// A configured `label` in the page's language comes first, then one in the controller's
/// language, then a plain one; without a label, identity types are named after their rule
/// (`email` → "E-mail address") and everything else after its key in words (`order_items` →
/// "Order items").
struct PageNames {
    let labels: BundleLabels
    /// The controller's language, the second choice for a label.
    let controllerLanguage: String?
    let identityTypes: [String: IdentityTypeConfiguration]
    let extensions: [String: TaxonomyExtension]

    /// Names with no configuration: every key in words.
    init(labels: BundleLabels) {
        self.labels = labels
        controllerLanguage = nil
        identityTypes = [:]
        extensions = [:]
    }

    /// Names as `header`'s configuration gives them.
    init(labels: BundleLabels, header: BundleHeader) {
        self.labels = labels
        controllerLanguage = header.controller.language.flatMap(PageLanguage.init(tag:))?.rawValue
        identityTypes = header.identityTypes
        extensions = Dictionary(header.extensions.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A collection's heading.
    func collection(_ collection: CollectionHeader) -> String {
        text(collection.label) ?? Self.words(collection.name)
    }

    /// A field's column heading.
    func field(_ field: CollectionHeader.Field) -> String {
        text(field.label) ?? Self.words(field.name)
    }

    /// A field's description in the page's language, falling back like a label; the data files'
    /// text when the page was given no configured one (a bundle read back).
    func description(_ field: CollectionHeader.Field) -> String? {
        text(field.localizedDescription) ?? field.description
    }

    /// An identity type's name: `E-mailadres` for a type with the e-mail rule (the label of the
    /// data category it holds).
    func identityType(_ type: String) -> String {
        if let label = text(identityTypes[type]?.label) { return label }
        switch identityTypes[type]?.normalization {
        case .email?: return labels.dataCategoryLabel("user.contact.email")
        case .phone?: return labels.dataCategoryLabel("user.contact.phone_number")
        default: return Self.words(type)
        }
    }

    /// A data category's label; an extension's own label, else its nearest standard parent's.
    func dataCategory(_ key: String) -> String {
        text(extensions[key]?.label) ?? labels.dataCategoryLabel(key)
    }

    /// A data use's label, falling back like ``dataCategory(_:)``.
    func dataUse(_ key: String) -> String {
        text(extensions[key]?.label) ?? labels.dataUseLabel(key)
    }

    private func text(_ label: LocalizedText?) -> String? {
        label?.text(in: labels.language.rawValue, fallback: controllerLanguage)
    }

    /// A key in words: `order_items` → `Order items`, `last-login` → `Last login`.
    static func words(_ key: String) -> String {
        let spaced = key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        guard let first = spaced.first else { return key }
        return first.uppercased() + spaced.dropFirst()
    }
}
