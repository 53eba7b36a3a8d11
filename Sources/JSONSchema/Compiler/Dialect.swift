/// A release together with the vocabularies in force: how to read one schema resource.
struct Dialect: Sendable, Hashable {
    /// The release.
    var draft: Draft
    /// The vocabularies.
    var vocabularies: Vocabularies

    /// 2020-12 with its standard vocabularies, the dialect of schemas that do not say otherwise.
    static let draft2020 = Dialect(draft: .draft2020, vocabularies: .standard)

    /// The dialect of a well-known meta-schema URI (normalised, without fragment), or `nil`.
    static func known(_ uri: String) -> Dialect? {
        switch uri {
        case "https://json-schema.org/draft/2020-12/schema": return .draft2020
        case "https://json-schema.org/draft/2019-09/schema": return Dialect(draft: .draft2019, vocabularies: .standard)
        case "http://json-schema.org/draft-07/schema": return Dialect(draft: .draft7, vocabularies: .standard)
        case "http://json-schema.org/draft-06/schema": return Dialect(draft: .draft6, vocabularies: .standard)
        case "http://json-schema.org/draft-04/schema": return Dialect(draft: .draft4, vocabularies: .standard)
        default: return nil
        }
    }
}
