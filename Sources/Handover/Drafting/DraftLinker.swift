/// Turns surveyed sources into a draft: guesses each field (``FieldGuess``), links collections by
/// declared foreign keys and by `<name>_id` fields, and finds the account collections whose keys
/// others hold.
///
/// Links only go from a record to the record it belongs to (an order to its customer): a
/// collection is the subject's when the collection it references is. An account collection — one
/// others reference and that references none — gets its key as an identity type
/// (`customer_id: id`) and discovers the e-mail addresses and phone numbers in the subject's own
/// account records; no other collection discovers anything, so an address on another person's
/// order never widens the search.
struct DraftLinker {
    var surveyed: [ConfigurationDrafter.Surveyed]
    var defaultCountry: String?

    /// Where a collection is: source index, collection index.
    private struct Place: Hashable {
        var source: Int
        var collection: Int
    }

    private struct Link {
        var field: String
        var target: Place
        var key: String
        var declared: Bool
    }

    func link() -> ConfigurationDraft {
        let names = collectionNames()
        var links: [Place: [Link]] = [:]
        for (sourceIndex, source) in surveyed.enumerated() {
            for (collectionIndex, collection) in source.collections.enumerated() {
                let place = Place(source: sourceIndex, collection: collectionIndex)
                links[place] = self.links(of: collection, at: place)
            }
        }
        let referenced = Set(links.values.flatMap { $0.map(\.target) })
        let accounts = referenced.filter { links[$0]?.isEmpty ?? true }
        var draft = ConfigurationDraft()
        for (sourceIndex, source) in surveyed.enumerated() {
            var drafted = ConfigurationDraft.Source(
                id: source.id, kind: source.kind, settings: source.settings, collections: [])
            for (collectionIndex, collection) in source.collections.enumerated() {
                let place = Place(source: sourceIndex, collection: collectionIndex)
                let ownLinks = links[place] ?? []
                var result = ConfigurationDraft.Collection(name: names[place]!)
                if result.name != collection.name { result.table = collection.name }
                var identities: [(type: String, fields: [String])] = []
                func addIdentity(_ type: String, _ field: String) {
                    if let index = identities.firstIndex(where: { $0.type == type }) {
                        identities[index].fields.append(field)
                    } else {
                        identities.append((type, [field]))
                    }
                }
                for field in collection.fields {
                    var guess = FieldGuess.guess(field)
                    if let link = ownLinks.first(where: { $0.field == field.name }) {
                        guess = FieldGuess(
                            category: "user.unique_id", provenance: .observed,
                            reason: "a key of \(self.target(link, from: sourceIndex, names: names)), "
                                + (link.declared ? "by its declared foreign key" : "by its name"))
                    }
                    if let type = guess.identityType { addIdentity(type, field.name) }
                    result.fields.append(guess.draftField(named: field.name))
                }
                if accounts.contains(place), let key = accountKey(collection) {
                    let type = Self.singular(names[place]!) + "_id"
                    addIdentity(type, key)
                    result.discovers = identities.filter { $0.type == "email" || $0.type == "phone" }
                    result.review.append(
                        "other collections hold this collection's '\(key)': it reads as the subject's account, "
                            + "so a subject can be given by \(type), and the identifiers in their account are "
                            + "searched for everywhere")
                }
                result.identities = identities
                result.references = ownLinks.map { link in
                    ConfigurationDraft.Reference(
                        field: link.field, to: target(link, from: sourceIndex, names: names),
                        review: "a record is the subject's when the record it points to is"
                            + (link.declared ? " (declared foreign key)" : " (guessed from the name: check it)"))
                }
                guard !result.identities.isEmpty || !result.references.isEmpty else {
                    drafted.leftOut.append(
                        "\(collection.name) (\(collection.fields.count) fields): no field links its records to a person; "
                            + "if it holds personal data, add it with 'identities' or 'references'")
                    continue
                }
                for (type, _) in result.identities {
                    draft.useIdentityType(type, defaultCountry: defaultCountry)
                }
                drafted.collections.append(result)
            }
            if drafted.collections.isEmpty {
                // A source without collections does not load: it is named for review instead.
                draft.review += drafted.leftOut.map { "not drafted from source '\(drafted.id)': \($0)" }
            } else {
                draft.sources.append(drafted)
            }
        }
        return draft
    }

    /// Collection names: the table's name, or an identifier made from it (`billing.invoices` →
    /// `billing_invoices`) when it is not one, unique within its source.
    private func collectionNames() -> [Place: String] {
        var names: [Place: String] = [:]
        for (sourceIndex, source) in surveyed.enumerated() {
            var used: Set<String> = []
            for (collectionIndex, collection) in source.collections.enumerated() {
                let plain = collection.name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
                var name = plain ? collection.name : ConfigurationDrafter.identifier(collection.name)
                var number = 2
                let base = name
                while !used.insert(name).inserted {
                    name = "\(base)_\(number)"
                    number += 1
                }
                names[Place(source: sourceIndex, collection: collectionIndex)] = name
            }
        }
        return names
    }

    private func target(_ link: Link, from source: Int, names: [Place: String]) -> String {
        let collection = names[link.target]! + "." + link.key
        return link.target.source == source ? collection : surveyed[link.target.source].id + "/" + collection
    }

    /// The field an account collection's records are keyed by: its single-column primary key, or `id`.
    private func accountKey(_ collection: SurveyedCollection) -> String? {
        if collection.primaryKey.count == 1 { return collection.primaryKey[0] }
        return collection[field: "id"]?.name
    }

    /// The collection's links: declared foreign keys, then `<name>_id` fields whose name names
    /// another collection (`customer_id` → `customers`), preferring the same source.
    private func links(of collection: SurveyedCollection, at place: Place) -> [Link] {
        var links: [Link] = []
        for foreignKey in collection.foreignKeys {
            guard let index = surveyed[place.source].collections.firstIndex(where: { $0.name == foreignKey.table }),
                index != place.collection
            else { continue }
            links.append(
                Link(
                    field: foreignKey.field, target: Place(source: place.source, collection: index),
                    key: foreignKey.key, declared: true))
        }
        for field in collection.fields where !links.contains(where: { $0.field == field.name }) {
            let words = FieldGuess.words(of: field.name)
            guard words.count > 1, words.last == "id" else { continue }
            let base = words.dropLast().joined(separator: "_")
            let wanted = Set([base, base + "s", base + "es", base.hasSuffix("y") ? base.dropLast() + "ies" : base])
            let candidates = surveyed.indices.sorted { ($0 == place.source ? 0 : 1) < ($1 == place.source ? 0 : 1) }
                .flatMap { source in
                    surveyed[source].collections.indices.map { Place(source: source, collection: $0) }
                }
                .filter { $0 != place }
            guard
                let target = candidates.first(where: { candidate in
                    let name = surveyed[candidate.source].collections[candidate.collection].name
                    return wanted.contains(
                        ConfigurationDrafter.identifier(name.split(separator: ".").last.map(String.init) ?? name))
                }),
                let key = accountKey(surveyed[target.source].collections[target.collection])
                    ?? surveyed[target.source].collections[target.collection][field: field.name]?.name
            else { continue }
            links.append(Link(field: field.name, target: target, key: key, declared: false))
        }
        return links
    }

    /// `customers` → `customer`, `addresses` → `address`, `companies` → `company`.
    static func singular(_ name: String) -> String {
        let name = ConfigurationDrafter.identifier(name.split(separator: ".").last.map(String.init) ?? name)
        if name.hasSuffix("ies") { return name.dropLast(3) + "y" }
        if name.hasSuffix("sses") || name.hasSuffix("xes") || name.hasSuffix("ches") || name.hasSuffix("shes") {
            return String(name.dropLast(2))
        }
        if name.hasSuffix("s") && !name.hasSuffix("ss") { return String(name.dropLast()) }
        return name
    }
}
