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
        var output = ""
        write(value, into: &output, limit: limit)
        if output.count > limit {
            return String(output.prefix(limit)) + "…"
        }
        return output
    }

    /// Appends the value's JSON text, stopping early once the output is past the limit.
    private static func write(_ value: JSONValue, into output: inout String, limit: Int) {
        guard output.count <= limit else { return }
        switch value {
        case .null:
            output += "null"
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .number(let text):
            output += text
        case .string(let text):
            output += quoted(text)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 {
                    output += ","
                }
                write(element, into: &output, limit: limit)
                if output.count > limit {
                    return
                }
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 {
                    output += ","
                }
                output += quoted(member.key) + ":"
                write(member.value, into: &output, limit: limit)
                if output.count > limit {
                    return
                }
            }
            output += "}"
        }
    }

    /// A string as a JSON string literal, escaping quotes, backslashes and control characters.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

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
