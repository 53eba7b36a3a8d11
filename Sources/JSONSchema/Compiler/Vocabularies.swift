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
