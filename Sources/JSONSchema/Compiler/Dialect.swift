/// The JSON Schema release a schema is written for.
///
/// 2020-12 is the dialect the validator implements fully. Schemas that declare an older release in `$schema`
/// (typically remote documents referenced from a 2020-12 schema) are read with that release's keywords where
/// they differ: array-form `items` with `additionalItems`, `dependencies`, `$recursiveRef`, and (up to
/// draft 7) `$ref` that hides its sibling keywords.
enum Draft: Int, Comparable, Sendable {
    /// Draft 4 (`id`, boolean `exclusiveMaximum`).
    case draft4 = 4
    /// Draft 6.
    case draft6 = 6
    /// Draft 7.
    case draft7 = 7
    /// Draft 2019-09.
    case draft2019 = 2019
    /// Draft 2020-12.
    case draft2020 = 2020

    /// Orders releases by date.
    static func < (lhs: Draft, rhs: Draft) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// The vocabularies whose keywords a schema may use, as its meta-schema's `$vocabulary` declares them.
struct Vocabularies: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    static let core = Vocabularies(rawValue: 1 << 0)
    static let applicator = Vocabularies(rawValue: 1 << 1)
    static let unevaluated = Vocabularies(rawValue: 1 << 2)
    static let validation = Vocabularies(rawValue: 1 << 3)
    static let metaData = Vocabularies(rawValue: 1 << 4)
    static let formatAnnotation = Vocabularies(rawValue: 1 << 5)
    static let formatAssertion = Vocabularies(rawValue: 1 << 6)
    static let content = Vocabularies(rawValue: 1 << 7)

    /// What a meta-schema without `$vocabulary` provides: everything but format assertion.
    static let standard: Vocabularies = [
        .core, .applicator, .unevaluated, .validation, .metaData, .formatAnnotation, .content,
    ]

    /// The vocabulary a URI names, or `nil` for a vocabulary this validator does not know.
    static func named(_ uri: String) -> Vocabularies? {
        switch uri {
        case "https://json-schema.org/draft/2020-12/vocab/core", "https://json-schema.org/draft/2019-09/vocab/core":
            return .core
        case "https://json-schema.org/draft/2020-12/vocab/applicator":
            return .applicator
        case "https://json-schema.org/draft/2019-09/vocab/applicator":
            // 2019-09 had the unevaluated keywords in its applicator vocabulary.
            return [.applicator, .unevaluated]
        case "https://json-schema.org/draft/2020-12/vocab/unevaluated":
            return .unevaluated
        case "https://json-schema.org/draft/2020-12/vocab/validation",
            "https://json-schema.org/draft/2019-09/vocab/validation":
            return .validation
        case "https://json-schema.org/draft/2020-12/vocab/meta-data",
            "https://json-schema.org/draft/2019-09/vocab/meta-data":
            return .metaData
        case "https://json-schema.org/draft/2020-12/vocab/format-annotation",
            "https://json-schema.org/draft/2019-09/vocab/format":
            return .formatAnnotation
        case "https://json-schema.org/draft/2020-12/vocab/format-assertion":
            return .formatAssertion
        case "https://json-schema.org/draft/2020-12/vocab/content",
            "https://json-schema.org/draft/2019-09/vocab/content":
            return .content
        default:
            return nil
        }
    }
}

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
