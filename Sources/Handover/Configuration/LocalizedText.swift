/// A text for people in one or more languages: in YAML a plain string (`label: Orders`) or a
/// mapping from ISO 639-1 language code to text (`label: {en: Orders, nl: Bestellingen}`).
public struct LocalizedText: Sendable, Decodable, Equatable {
    /// The text when it was given without a language.
    public var plain: String?
    /// The text per language code (`en`, `nl`, `da`, `ro`, …).
    public var byLanguage: [String: String]

    /// Creates a text in no particular language.
    public init(_ plain: String) {
        self.plain = plain
        byLanguage = [:]
    }

    /// Creates a text per language code.
    public init(byLanguage: [String: String]) {
        plain = nil
        self.byLanguage = byLanguage
    }

    /// Every text it holds: the plain one and each language's.
    public var texts: [String] {
        (plain.map { [$0] } ?? []) + byLanguage.values
    }

    /// The text in `language`; else in `fallback` (the controller's language); else the plain
    /// text; else English; else the first language in alphabetical order.
    public func text(in language: String, fallback: String? = nil) -> String? {
        if let text = byLanguage[language] { return text }
        if let fallback, let text = byLanguage[fallback] { return text }
        if let plain { return plain }
        if let text = byLanguage["en"] { return text }
        return byLanguage.keys.sorted().first.flatMap { byLanguage[$0] }
    }

    /// Decodes a string or a mapping of language codes; a code that is not two or three lowercase
    /// letters is an error.
    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if let plain = try? single.decode(String.self) {
            self.init(plain)
            return
        }
        let byLanguage = try single.decode([String: String].self)
        for code in byLanguage.keys
        where !(2...3).contains(code.count) || !code.allSatisfy({ ("a"..."z").contains($0) }) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription:
                        "'\(code)' is not an ISO 639-1 language code; write e.g. {en: Orders, nl: Bestellingen}"))
        }
        self.init(byLanguage: byLanguage)
    }
}
