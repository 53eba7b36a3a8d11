extension Value {
    /// What a value is without what it says — its type and length, such as "a string of 58
    /// characters" — for error messages and logs, which never carry personal data.
    public var withheldDescription: String {
        switch self {
        case .null: return "null"
        case .redacted: return "a redacted value"
        case .boolean: return "a boolean"
        case .binary(let bytes): return "binary data of \(bytes.count) byte\(bytes.count == 1 ? "" : "s")"
        default:
            let count = text?.count ?? 0
            let article = typeName.first.map { "aeiou".contains($0) } == true ? "an" : "a"
            return "\(article) \(typeName) of \(count) character\(count == 1 ? "" : "s")"
        }
    }

    /// What text from the data is, without the text: its length.
    static func withheld(_ text: String) -> String {
        "a text of \(text.count) character\(text.count == 1 ? "" : "s")"
    }
}
