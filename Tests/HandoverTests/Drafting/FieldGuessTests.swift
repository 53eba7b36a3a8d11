import Testing

@testable import Handover

/// The guesses a draft makes from a field's name and its values' shapes, near-collisions first:
/// a wrong identity guess would put another person's records in a bundle.
struct FieldGuessTests {
    static func profile(_ values: [Value]) -> ValueProfile {
        var profile = ValueProfile()
        for value in values { profile.note(value) }
        return profile
    }

    static func guess(_ name: String, _ values: [Value] = [], declared: String? = nil) -> FieldGuess {
        FieldGuess.guess(SurveyedField(name: name, declaredType: declared, profile: profile(values)))
    }

    static let emails: [Value] = [.string("ann@example.com"), .string(" Bob@Example.org ")]

    @Test func anEmailFieldIsAnIdentityOnlyWhenItsNameSaysSo() {
        #expect(Self.guess("email", Self.emails).identityType == "email")
        #expect(Self.guess("billing_email", Self.emails).identityType == "email")
        #expect(Self.guess("customerEmail", Self.emails).identityType == "email")
        #expect(Self.guess("e_mail").identityType == "email")
        // Addresses under a name that does not say they are the subject's are other people's.
        for name in ["forwarded_to", "referrer_email", "friendEmail", "cc", "recipient"] {
            let guess = Self.guess(name, Self.emails)
            #expect(guess.identityType == nil, "\(name)")
            #expect(guess.thirdParty == .redact, "\(name)")
            #expect(guess.category == "user.contact.email", "\(name)")
        }
        // A flag about an address holds no address.
        #expect(Self.guess("email_verified", [.boolean(true), .boolean(false)]).identityType == nil)
        #expect(Self.guess("email_opened_at", [.string("2024-05-01T10:00:00Z")]).identityType == nil)
    }

    @Test func phonesNeedTheirNameAndPhoneShapedValues() {
        #expect(Self.guess("phone", [.string("+31 6 1234 5678")]).identityType == "phone")
        #expect(Self.guess("mobile_number", [.string("06-12345678")]).identityType == "phone")
        #expect(Self.guess("phone_verified", [.boolean(true)]).identityType == nil)
        #expect(Self.guess("emergency_phone", [.string("+32470123456")]).thirdParty == .redact)
        #expect(Self.guess("emergency_phone", [.string("+32470123456")]).identityType == nil)
        #expect(Self.guess("order_number", [.string("+3161234567")]).identityType == nil)
    }

    @Test func credentialsAreSecretWhateverTheirValues() {
        for name in ["password_hash", "apiToken", "reset-token", "totp_secret", "pwd", "salt"] {
            #expect(Self.guess(name, Self.emails).disposition == .secret, "\(name)")
        }
        #expect(Self.guess("tokenizer").disposition == .export)
        #expect(Self.guess("hashtag_count").disposition == .export)
    }

    @Test func textDatesGetATypeAndTypedOnesDoNot() {
        let times: [Value] = [.string("2024-05-01 10:00:00"), .string("2024-05-02T11:00:00Z")]
        #expect(Self.guess("created_at", times).type == .dateTime)
        #expect(Self.guess("created_at", times, declared: "TEXT").type == .dateTime)
        #expect(Self.guess("created_at", [.dateTime("2024-05-01T10:00:00Z")], declared: "timestamptz").type == nil)
        #expect(Self.guess("born", [.string("1990-02-28")]).type == .date)
        // One in ten that is not a date keeps the field text.
        let mixed = Array(repeating: Value.string("2024-05-01"), count: 8) + [.string("soon"), .string("later")]
        #expect(Self.guess("due", mixed).type == nil)
    }

    @Test func categoriesFollowTheWordsOfTheName() {
        #expect(Self.guess("first_name").category == "user.name.first")
        #expect(Self.guess("lastName").category == "user.name.last")
        #expect(Self.guess("full_name").category == "user.name")
        #expect(Self.guess("ip_address").category == "user.device.ip_address")
        #expect(Self.guess("date_of_birth").category == "user.demographic.date_of_birth")
        #expect(Self.guess("postal_code").category == "user.contact.address.postal_code")
        #expect(Self.guess("customer_id").category == "user.unique_id")
        #expect(Self.guess("zzz").category == "user")
        #expect(Self.guess("zzz").reason.contains("no category"))
    }

    @Test func profilesCountShapesNotValues() {
        let profile = Self.profile(Self.emails + [.null, .string("+31 20 123 4567"), .integer(7)])
        #expect(profile.sampled == 4)
        #expect(profile.emails == 2)
        #expect(profile.phones == 1)
        #expect(profile.integers == 1)
        #expect(!ValueProfile.isEmail("ann@localhost"))
        #expect(!ValueProfile.isEmail("ann @example.com"))
        #expect(!ValueProfile.isEmail("a@b@example.com"))
        #expect(!ValueProfile.isPhone("12345"))
        #expect(!ValueProfile.isPhone("2024-05-01"))
    }
}
