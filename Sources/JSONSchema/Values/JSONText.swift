import JSONCore

/// Short JSON renderings of values for error messages.
enum JSONText {
    /// The value as compact JSON, cut at about `limit` characters with `…`.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - limit: The rough maximum length.
    /// - Returns: The text, for example `{"a":[1,2]}` or `"long text…"`.
    static func render(_ value: JSONValue, limit: Int = 60) -> String {
        let output = value.compactText(limit: limit)
        if output.count > limit {
            return String(output.prefix(limit)) + "…"
        }
        return output
    }

    /// A string as a JSON string literal, escaping quotes, backslashes and control characters.
    static func quoted(_ text: String) -> String { JSONValue.quoted(text) }

    /// The JSON type name of a value for messages: `integer` for numbers with an integer value.
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let text): return Evaluator.isInteger(text) ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// What a value is without what it says, for messages about data that must not be repeated:
    /// `a string of 9 characters`, `a number`, `an object of 3 members`, `an array of 2 items`.
    static func withheld(_ value: JSONValue) -> String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string(let text): return "a string of " + count(text.count, "character")
        case .array(let items): return "an array of " + count(items.count, "item")
        case .object(let members): return "an object of " + count(members.count, "member")
        }
    }
}
