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
}
