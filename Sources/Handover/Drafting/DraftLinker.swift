/// Turns surveyed sources into a draft: guesses each field (``FieldGuess``), links collections by
/// declared foreign keys and by `<name>_id` fields, and finds the account collections whose keys
/// others hold.
///
/// Links only go from a record to the record it belongs to (an order to its customer): a
/// collection is the subject's when the collection it references is. An account collection — one
/// others reference and that references none — gets its key as an identity type
/// (`customer_id: id`) and discovers the e-mail addresses and phone numbers in the subject's own
/// account records; no other collection discovers contact data, so an address on another person's
/// order never widens the search.
///
/// Two further links come from a shared field name, both marked for review:
/// - a person's key by name (`username`, `customer_number`, `order_number`: an entity's number or
///   id, or a login name) held with unique values by a collection that is linked to a person:
///   a collection holding the same field references it (`username → accounts.username`);
/// - a tracker (`visitor_id`, `cookie_id`, `device_id`, `session_id`) in a collection linked to a
///   person, whose values repeat across its records: it becomes an identity type, discovered from
///   that collection, so the visits made before a login and the collections holding the same
///   tracker (an interest profile) are found. A product's or a plan's id never becomes one: only
///   trackers of a browser or device do, since another person's records share every other id.
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
        let trackers = sharedKeyLinks(&links)
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
                    // A contact field whose values repeat across accounts is shared (a switchboard, a
                    // team mailbox): discovering it would pull in everyone who shares it.
                    let shared = collection.fields.filter(\.profile.contactsRepeat).map(\.name)
                    result.discovers = identities.filter { $0.type == "email" || $0.type == "phone" }
                        .map { ($0.type, $0.fields.filter { !shared.contains($0) }) }.filter { !$0.1.isEmpty }
                    for name in identities.flatMap(\.fields) where shared.contains(name) {
                        result.review.append(
                            "'\(name)' is not discovered: the same value is in several of these records (a shared "
                                + "number or mailbox), so it would find other people's records")
                    }
                    result.review.append(
                        "other collections hold this collection's '\(key)': it reads as the subject's account, "
                            + "so a subject can be given by \(type), and the identifiers in their account are "
                            + "searched for everywhere")
                }
                for tracker in trackers[place] ?? [] {
                    addIdentity(tracker.field, tracker.field)
                    guard tracker.discovers else { continue }
                    result.discovers.append((tracker.field, [tracker.field]))
                    result.review.append(
                        "'\(tracker.field)' reads as a browser's or device's tracker whose values repeat across "
                            + "these records: the subject's, in the records that reach them by reference, is "
                            + "searched for in every collection holding it (visits before a login); remove it "
                            + "from 'discovers' if one value can be shared by several people")
                }
                if collection.isView {
                    result.review.append(
                        "a view: the tables it reads are drafted too where they link to a person; keep the view "
                            + "or those tables (list the others under the source's 'ignore'), or their records are "
                            + "exported twice")
                }
                result.identities = identities
                result.references = ownLinks.map { link in
                    ConfigurationDraft.Reference(
                        field: link.field, to: target(link, from: sourceIndex, names: names),
                        review: "a record is the subject's when the record it points to is"
                            + (link.declared ? " (declared foreign key)" : " (guessed from the name: check it)"))
                }
                guard !result.identities.isEmpty || !result.references.isEmpty else {
                    let contacts = result.fields.filter { $0.thirdParty != nil }.map { "'\($0.name)'" }
                    drafted.leftOut.append(
                        "\(collection.name) (\(collection.fields.count) fields): no field links its records to a person; "
                            + "if it holds personal data, add it with 'identities' or 'references'"
                            + (contacts.isEmpty
                                ? ""
                                : " (\(contacts.joined(separator: ", ")) holds contact data the name does not say "
                                    + "is the subject's: if it is, list it under 'identities')"))
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
            let candidates = places.filter { $0 != place }.sorted { sameSourceFirst($0, $1, as: place) }
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

    /// Every collection, in source order.
    private var places: [Place] {
        surveyed.indices.flatMap { source in
            surveyed[source].collections.indices.map { Place(source: source, collection: $0) }
        }
    }

    /// Whether `a` sorts before `b` when collections of `place`'s own source come first (a stable
    /// sort keeps the source order otherwise).
    private func sameSourceFirst(_ a: Place, _ b: Place, as place: Place) -> Bool {
        (a.source == place.source ? 0 : 1) < (b.source == place.source ? 0 : 1)
    }

    /// A tracker found in a collection: an identity type named after the field, discovered from
    /// the collection when it is linked to a person.
    private struct Tracker {
        var field: String
        var discovers: Bool
    }

    /// Words before `number`/`id` that make a field a person's or their record's key.
    static let entityWords: Set<String> = [
        "customer", "client", "order", "account", "member", "membership", "contract", "invoice", "subscriber",
        "user", "ticket", "booking", "reservation", "policy", "patient", "employee", "applicant", "candidate",
    ]

    /// Words before `id` that make a field a browser's or device's tracker.
    static let trackerWords: Set<String> = [
        "visitor", "cookie", "device", "browser", "session", "anonymous", "tracking",
    ]

    /// Whether `name` reads as a person's key by name: `username`, `login`, `customer_number`, `order_no`.
    static func isKeyByName(_ name: String) -> Bool {
        let words = FieldGuess.words(of: name)
        if words == ["username"] || words == ["user", "name"] || words == ["login"] || words == ["handle"] {
            return true
        }
        guard words.count > 1, let last = words.last, ["number", "nr", "no", "id", "uuid", "guid"].contains(last)
        else { return false }
        return !entityWords.union(trackerWords).isDisjoint(with: words.dropLast())
    }

    /// Whether `name` reads as a tracker: `visitor_id`, `cookieId`, `device_uuid`.
    static func isTracker(_ name: String) -> Bool {
        let words = FieldGuess.words(of: name)
        guard words.count > 1, let last = words.last, ["id", "uuid", "guid"].contains(last) else { return false }
        return !trackerWords.isDisjoint(with: words.dropLast())
    }

    /// Adds the links by a shared key name to `links`, and returns the trackers of each collection.
    private func sharedKeyLinks(_ links: inout [Place: [Link]]) -> [Place: [Tracker]] {
        let places = self.places
        func collection(_ place: Place) -> SurveyedCollection { surveyed[place.source].collections[place.collection] }
        // Linked to a person before these rules: by a reference or by a contact field of their own.
        let linked = Set(
            places.filter { place in
                !(links[place] ?? []).isEmpty
                    || collection(place).fields.contains { FieldGuess.guess($0).identityType != nil }
            })
        var trackers: [Place: [Tracker]] = [:]
        for place in places {
            let own = collection(place)
            for field in own.fields
            where !(links[place] ?? []).contains(where: { $0.field == field.name })
                && FieldGuess.guess(field).identityType == nil && !own.primaryKey.contains(field.name)
                && field.name != "id"
            {
                let holders = places.filter {
                    $0 != place && linked.contains($0) && collection($0)[field: field.name] != nil
                }
                .sorted { sameSourceFirst($0, $1, as: place) }
                if Self.isKeyByName(field.name),
                    let holder = holders.first(where: { holder in
                        collection(holder)[field: field.name]!.profile.isKeyLike
                    })
                {
                    links[place, default: []].append(
                        Link(field: field.name, target: holder, key: field.name, declared: false))
                    continue
                }
                guard Self.isTracker(field.name) else { continue }
                if (trackers[place] ?? []).contains(where: { $0.field == field.name }) {
                    continue
                } else if linked.contains(place) && !(links[place] ?? []).isEmpty && field.profile.repeats {
                    trackers[place, default: []].append(Tracker(field: field.name, discovers: true))
                } else if !linked.contains(place), !holders.isEmpty {
                    trackers[place, default: []].append(Tracker(field: field.name, discovers: false))
                    for holder in holders where !(trackers[holder] ?? []).contains(where: { $0.field == field.name }) {
                        trackers[holder, default: []].append(Tracker(field: field.name, discovers: true))
                    }
                }
            }
        }
        return trackers
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
