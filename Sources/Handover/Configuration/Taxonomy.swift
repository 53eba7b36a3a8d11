/// The standard vocabularies Handover checks a configuration against.
///
/// Data categories and purposes are named with the keys of the fideslang taxonomy
/// (ethyca/fideslang, CC BY 4.0), so that a bundle means the same thing to every reader and a
/// Fides user recognises the names. A configuration may use a standard key, or a key of its own that
/// it declares under `extensions:` with its parent and a description (``TaxonomyExtension``); any
/// other name is rejected, with the nearest standard keys as suggestions.
public enum Taxonomy {
    /// The fideslang data-category keys (fideslang 2.x, not deprecated).
    public static let dataCategories: Set<String> = [
        "system",
        "system.authentication",
        "system.operations",
        "user",
        "user.account",
        "user.authorization",
        "user.behavior",
        "user.biometric",
        "user.childrens",
        "user.contact",
        "user.content",
        "user.demographic",
        "user.location",
        "user.device",
        "user.payment",
        "user.social",
        "user.unique_id",
        "user.telemetry",
        "user.user_sensor",
        "user.workplace",
        "user.sensor",
        "user.financial",
        "user.government_id",
        "user.health_and_medical",
        "user.name",
        "user.criminal_history",
        "user.privacy_preferences",
        "user.job_title",
        "user.account.settings",
        "user.account.username",
        "user.authorization.credentials",
        "user.authorization.biometric",
        "user.authorization.password",
        "user.behavior.browsing_history",
        "user.behavior.media_consumption",
        "user.behavior.purchase_history",
        "user.behavior.search_history",
        "user.biometric.fingerprint",
        "user.biometric.retinal",
        "user.biometric.voice",
        "user.biometric.health",
        "user.contact.address",
        "user.contact.email",
        "user.contact.phone_number",
        "user.contact.url",
        "user.contact.fax_number",
        "user.contact.organization",
        "user.contact.address.city",
        "user.contact.address.country",
        "user.contact.address.postal_code",
        "user.contact.address.state",
        "user.contact.address.street",
        "user.content.private",
        "user.content.public",
        "user.content.self_image",
        "user.demographic.age_range",
        "user.demographic.date_of_birth",
        "user.demographic.gender",
        "user.demographic.language",
        "user.demographic.marital_status",
        "user.demographic.political_opinion",
        "user.demographic.profile",
        "user.demographic.race_ethnicity",
        "user.demographic.religious_belief",
        "user.demographic.sexual_orientation",
        "user.device.cookie",
        "user.device.cookie_id",
        "user.device.device_id",
        "user.device.ip_address",
        "user.financial.bank_account",
        "user.financial.credit_card",
        "user.government_id.birth_certificate",
        "user.government_id.drivers_license_number",
        "user.government_id.immigration",
        "user.government_id.national_identification_number",
        "user.government_id.passport_number",
        "user.government_id.vehicle_registration",
        "user.health_and_medical.genetic",
        "user.health_and_medical.insurance_beneficiary_id",
        "user.health_and_medical.record_id",
        "user.location.imprecise",
        "user.location.precise",
        "user.name.first",
        "user.name.last",
        "user.unique_id.pseudonymous",
    ]

    /// The fideslang data-use keys, used as processing purposes.
    public static let dataUses: Set<String> = [
        "analytics",
        "analytics.reporting",
        "analytics.reporting.ad_performance",
        "analytics.reporting.content_performance",
        "analytics.reporting.campaign_insights",
        "analytics.reporting.system",
        "analytics.reporting.system.performance",
        "collect",
        "employment",
        "employment.recruitment",
        "essential",
        "essential.fraud_detection",
        "essential.legal_obligation",
        "essential.service",
        "essential.service.authentication",
        "essential.service.notifications",
        "essential.service.operations",
        "essential.service.payment_processing",
        "essential.service.security",
        "essential.service.upgrades",
        "essential.service.notifications.email",
        "essential.service.notifications.sms",
        "essential.service.operations.support",
        "essential.service.operations.improve",
        "finance",
        "functional",
        "functional.storage",
        "functional.service",
        "functional.service.improve",
        "marketing",
        "marketing.advertising",
        "marketing.communications",
        "marketing.advertising.first_party",
        "marketing.advertising.frequency_capping",
        "marketing.advertising.negative_targeting",
        "marketing.advertising.profiling",
        "marketing.advertising.serving",
        "marketing.advertising.third_party",
        "marketing.advertising.first_party.contextual",
        "marketing.advertising.first_party.targeted",
        "marketing.advertising.third_party.targeted",
        "marketing.communications.email",
        "marketing.communications.sms",
        "operations",
        "personalize",
        "personalize.content",
        "personalize.system",
        "personalize.content.limited",
        "personalize.content.profiling",
        "personalize.content.profiled",
        "sales",
        "third_party_sharing",
        "third_party_sharing.legal_obligation",
        "train_ai_system",
    ]

    /// The fideslang data-subject keys: the kinds of people a collection is about.
    public static let dataSubjects: Set<String> = [
        "anonymous_user",
        "citizen_voter",
        "commuter",
        "consultant",
        "customer",
        "employee",
        "job_applicant",
        "next_of_kin",
        "passenger",
        "patient",
        "prospect",
        "shareholder",
        "supplier_vendor",
        "trainee",
        "visitor",
    ]

    /// Whether `key` is a standard key of `vocabulary` or a dotted extension of one.
    ///
    /// - Parameters:
    ///   - key: The key from a configuration, such as `user.contact.email`.
    ///   - vocabulary: ``dataCategories`` or ``dataUses``.
    /// - Returns: `true` when `key` or one of its dotted prefixes is in `vocabulary`.
    public static func accepts(_ key: String, in vocabulary: Set<String>) -> Bool {
        vocabulary.contains(key) || nearestAncestor(of: key, in: vocabulary) != nil
    }

    /// The longest dotted prefix of `key`, other than `key` itself, that is in `vocabulary`
    /// (`user.financial` for `user.financial.credit_score`), or `nil` when none is.
    public static func nearestAncestor(of key: String, in vocabulary: Set<String>) -> String? {
        var candidate = Substring(key)
        while let dot = candidate.lastIndex(of: ".") {
            candidate = candidate[..<dot]
            if vocabulary.contains(String(candidate)) { return String(candidate) }
        }
        return nil
    }

    /// The standard keys closest to `key`, for "did you mean" suggestions.
    ///
    /// - Parameters:
    ///   - key: The unknown key.
    ///   - vocabulary: The vocabulary to search.
    /// - Returns: Up to three keys, nearest first: those within two edits of `key` (a letter added,
    ///   dropped, changed, or two swapped: `user.contact.emial`), then those that begin with `key`,
    ///   end with it, or share its last segment.
    public static func suggestions(for key: String, in vocabulary: Set<String>) -> [String] {
        let last = key.split(separator: ".").last.map(String.init) ?? key
        let typed = Array(key.unicodeScalars)
        var near: [(distance: Int, key: String)] = []
        for candidate in vocabulary {
            let distance = editDistance(typed, Array(candidate.unicodeScalars), limit: 2)
            if distance <= 2 {
                near.append((distance, candidate))
            } else if candidate.hasPrefix(key) || candidate.hasSuffix("." + key) || candidate.hasSuffix("." + last) {
                near.append((3, candidate))
            }
        }
        near.sort { ($0.distance, $0.key) < ($1.distance, $1.key) }
        return Array(near.prefix(3).map(\.key))
    }

    /// The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
    /// substitutions and swaps of neighbours), or `limit + 1` as soon as it must exceed `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, before[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
