/// What a draft guesses about one field from its name and the shapes of its sampled values: a
/// category, a provenance, whether it identifies the subject, holds other people's data, or is a
/// credential — always with the reason, which the draft writes as a review comment.
struct FieldGuess: Equatable {
    /// Exported, `secret` or `ignore`.
    var disposition: FieldConfiguration.Disposition = .export
    /// The fideslang data category.
    var category = "user"
    /// Where the value came from.
    var provenance: Provenance = .provided
    /// The identity type the field holds the subject's identifiers of (`email`, `phone`).
    var identityType: String?
    /// The `type:` to convert text to (`date-time`, `date`), for sources without types.
    var type: ValueType?
    /// Set when the values look like other people's contact data.
    var thirdParty: FieldConfiguration.ThirdPartyHandling?
    /// Why: written after the field as `# REVIEW: …`.
    var reason: String

    /// The draft's line for the field `name` with this guess; `reviewPrefix` goes before the reason.
    func draftField(named name: String, reviewPrefix: String = "") -> ConfigurationDraft.Field {
        ConfigurationDraft.Field(
            name: name, disposition: disposition, category: disposition == .export ? category : nil,
            provenance: disposition == .export ? provenance : nil, type: type, thirdParty: thirdParty,
            review: reviewPrefix + reason)
    }

    /// The words of a field name: split at `_`, `-`, `.`, spaces and lower-to-upper case changes, lowercased.
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            if !(character.isLetter || character.isNumber) {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else if character.isUppercase && previousWasLower {
                words.append(current)
                current = String(character)
            } else {
                current.append(character)
            }
            previousWasLower = character.isLowercase || character.isNumber
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.lowercased() }
    }

    /// Words that say a contact field is about someone other than the record's subject.
    static let otherPeopleWords: Set<String> = [
        "friend", "referral", "referred", "referrer", "recipient", "forwarded", "forward", "invitee", "invited",
        "cc", "bcc", "to", "colleague", "emergency", "guardian", "partner", "agent", "assignee",
    ]

    /// Categories by the words of a name, most specific first: (words that must all appear, category, provenance).
    static let categoriesByWords: [(words: [String], category: String, provenance: Provenance)] = [
        (["first", "name"], "user.name.first", .provided), (["given", "name"], "user.name.first", .provided),
        (["last", "name"], "user.name.last", .provided), (["family", "name"], "user.name.last", .provided),
        (["surname"], "user.name.last", .provided), (["user", "name"], "user.account.username", .provided),
        (["name"], "user.name", .provided),
        (["ip"], "user.device.ip_address", .observed), (["user", "agent"], "user.device", .observed),
        (["device"], "user.device.device_id", .observed), (["cookie"], "user.device.cookie_id", .observed),
        (["birth"], "user.demographic.date_of_birth", .provided),
        (["dob"], "user.demographic.date_of_birth", .provided),
        (["gender"], "user.demographic.gender", .provided), (["language"], "user.demographic.language", .provided),
        (["locale"], "user.demographic.language", .provided),
        (["street"], "user.contact.address.street", .provided), (["address"], "user.contact.address", .provided),
        (["city"], "user.contact.address.city", .provided), (["town"], "user.contact.address.city", .provided),
        (["postal"], "user.contact.address.postal_code", .provided),
        (["postcode"], "user.contact.address.postal_code", .provided),
        (["zip"], "user.contact.address.postal_code", .provided),
        (["country"], "user.contact.address.country", .provided), (["state"], "user.contact.address.state", .provided),
        (["province"], "user.contact.address.state", .provided), (["region"], "user.contact.address.state", .provided),
        (["company"], "user.contact.organization", .provided),
        (["organization"], "user.contact.organization", .provided),
        (["organisation"], "user.contact.organization", .provided), (["employer"], "user.workplace", .provided),
        (["job"], "user.job_title", .provided), (["title"], "user.content.private", .provided),
        (["iban"], "user.financial.bank_account", .provided), (["bank"], "user.financial.bank_account", .provided),
        (["card"], "user.financial.credit_card", .provided), (["vat"], "user.financial", .provided),
        (["latitude"], "user.location.precise", .observed), (["longitude"], "user.location.precise", .observed),
        (["location"], "user.location", .observed), (["url"], "user.contact.url", .provided),
        (["website"], "user.contact.url", .provided), (["username"], "user.account.username", .provided),
        (["login"], "user.account.username", .provided), (["consent"], "user.privacy_preferences", .observed),
        (["opt"], "user.privacy_preferences", .observed), (["subscribed"], "user.privacy_preferences", .observed),
        (["unsubscribed"], "user.privacy_preferences", .observed),
        (["newsletter"], "user.privacy_preferences", .observed),
        (["order"], "user.behavior.purchase_history", .observed),
        (["product"], "user.behavior.purchase_history", .provided),
        (["price"], "user.behavior.purchase_history", .observed),
        (["total"], "user.behavior.purchase_history", .observed),
        (["amount"], "user.behavior.purchase_history", .observed),
        (["quantity"], "user.behavior.purchase_history", .provided),
        (["currency"], "user.behavior.purchase_history", .observed),
        (["page"], "user.behavior.browsing_history", .observed),
        (["referrer"], "user.behavior.browsing_history", .observed),
        (["search"], "user.behavior.search_history", .provided),
        (["query"], "user.behavior.search_history", .provided), (["message"], "user.content.private", .provided),
        (["body"], "user.content.private", .provided), (["subject"], "user.content.private", .provided),
        (["comment"], "user.content.private", .provided), (["comments"], "user.content.private", .provided),
        (["note"], "user.content.private", .provided), (["notes"], "user.content.private", .provided),
        (["text"], "user.content.private", .provided), (["feedback"], "user.content.private", .provided),
        (["score"], "user.behavior", .derived), (["tier"], "user.behavior", .derived),
        (["segment"], "user.behavior", .derived), (["rating"], "user.content.private", .provided),
        (["satisfaction"], "user.content.private", .provided),
    ]

    /// Words of names that hold times the system recorded.
    static let timeWords: Set<String> = ["at", "time", "timestamp", "date", "created", "updated", "modified", "seen"]

    /// Guesses what `field` is.
    ///
    /// - Parameters:
    ///   - field: The surveyed field.
    static func guess(_ field: SurveyedField) -> FieldGuess {
        let words = words(of: field.name)
        let profile = field.profile
        let aboutOthers = !otherPeopleWords.isDisjoint(with: words)
        if LiveSourceCheck.looksSecret(field.name) {
            return FieldGuess(
                disposition: .secret, reason: "named like a credential, so never exported; keep it secret")
        }
        var guess = FieldGuess(reason: "")
        // Text needs a `type:` to become a date; a column the database types as one is already.
        let holdsText =
            field.declaredType.map { declared in
                let lowered = declared.lowercased()
                return lowered.isEmpty || ["char", "text", "clob", "string"].contains { lowered.contains($0) }
            } ?? true
        if holdsText && profile.mostly(\.textDateTimes) {
            guess.type = .dateTime
        } else if holdsText && profile.mostly(\.textDates) {
            guess.type = .date
        }
        let saysEmail = words.contains("email") || words.contains("mail")
        let saysPhone = !Set(["phone", "mobile", "tel", "telephone", "msisdn", "cell"]).isDisjoint(with: words)
        if profile.mostly(\.emails) || (saysEmail && (profile.sampled == 0 || profile.some(\.emails))) {
            guess.category = "user.contact.email"
            if saysEmail && !aboutOthers {
                guess.identityType = "email"
                guess.reason =
                    "the subject's e-mail address (by its name\(profile.mostly(\.emails) ? " and values" : ""))"
                    + ": records are matched on it"
            } else {
                guess.thirdParty = .redact
                guess.reason =
                    "holds e-mail addresses that the name does not say are the subject's: withheld as other people's "
                    + "data; if they are the subject's own, list the field under 'identities' instead"
            }
            return guess
        }
        if saysPhone && (profile.sampled == 0 || profile.some(\.phones)) {
            guess.category = "user.contact.phone_number"
            if aboutOthers {
                guess.thirdParty = .redact
                guess.reason = "another person's phone number, by its name: withheld"
            } else {
                guess.identityType = "phone"
                guess.reason = "the subject's phone number (by its name and values): records are matched on it"
            }
            return guess
        }
        if words.last == "id" || field.name == "id" || words.last == "uuid" || words.last == "key" {
            guess.category = "user.unique_id"
            guess.provenance = .observed
            guess.reason = "an identifier, by its name"
            return guess
        }
        if let match = categoriesByWords.first(where: { Set($0.words).isSubset(of: words) }) {
            guess.category = match.category
            guess.provenance = match.provenance
            guess.reason = "by the name ('\(match.words.joined(separator: " "))')"
        } else if guess.type != nil || profile.mostly(\.dateTimes) || !timeWords.isDisjoint(with: words) {
            guess.category = "user.behavior"
            guess.provenance = .observed
            guess.reason = "a time the system recorded, by its name or values; choose the category of the event"
        } else if profile.some(\.longTexts) {
            guess.category = "user.content.private"
            guess.reason = "free text, by its values"
        } else {
            guess.reason = "no category could be told from the name: choose one, or mark it 'ignore'"
        }
        if aboutOthers && guess.category.hasPrefix("user.contact") {
            guess.thirdParty = .redact
            guess.reason += "; about another person, by its name: withheld"
        }
        return guess
    }
}
