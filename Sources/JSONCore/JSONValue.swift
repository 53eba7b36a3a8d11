/// A JSON value that keeps object member order and the exact text of numbers.
///
/// Handover copies personal data from JSON sources into an export, so a value keeps what a generic decoder
/// would lose: object members stay in source order, and a number stays the exact text it had in the file
/// (`1.50` is not turned into `1.5`, and a 30-digit customer number is not rounded to a `Double`). Values
/// made by ``JSONParser`` never hold two members with the same key.
///
/// Equality compares strings and keys by their UTF-8 bytes, not by Unicode canonical equivalence as
/// `String.==` does: `"é"` written as one code point and as `e` plus a combining accent are different data,
/// so they are different values.
public enum JSONValue: Sendable {
    /// The literal `null`.
    case null
    /// The literal `true` or `false`.
    case bool(Bool)
    /// A number, as its exact source text (for example `-0.5e3`), already checked against RFC 8259.
    case number(String)
    /// A string, with its escapes decoded.
    case string(String)
    /// An array, in source order.
    case array([JSONValue])
    /// An object, with its members in source order.
    case object([JSONMember])

    /// The value of the member named `key`, if this is an object that has one.
    ///
    /// Keys are compared by their UTF-8 bytes. Parsed objects have unique keys, so at most one member
    /// matches; for an object built by hand that has duplicates, the first one wins.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key.utf8.elementsEqual(key.utf8) }?.value
    }
}

/// Equality as JSON data rather than as Swift strings.
///
/// Written by hand because the synthesized version would compare strings with `String.==`.
extension JSONValue: Equatable {
    /// Tells whether two values are the same JSON data.
    ///
    /// Numbers are equal only if their text is equal (`1.0` and `1` differ); strings and keys are compared
    /// byte by byte in UTF-8; arrays and objects element by element, in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case (.bool(let left), .bool(let right)):
            return left == right
        case (.number(let left), .number(let right)), (.string(let left), .string(let right)):
            return left.utf8.elementsEqual(right.utf8)
        case (.array(let left), .array(let right)):
            return left == right
        case (.object(let left), .object(let right)):
            return left == right
        default:
            return false
        }
    }
}

/// One member of a JSON object: a key and its value.
///
/// Objects are arrays of members rather than dictionaries so that the source order survives and so that
/// the exact key text is kept.
public struct JSONMember: Equatable, Sendable {
    /// The member's key, with its escapes decoded.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// Creates a member from a key and a value.
    ///
    /// - Parameters:
    ///   - key: The member's key, unescaped.
    ///   - value: The member's value.
    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }

    /// Tells whether two members have byte-identical keys and equal values.
    ///
    /// See ``JSONValue/==(_:_:)`` for what "equal" means.
    public static func == (lhs: JSONMember, rhs: JSONMember) -> Bool {
        lhs.key.utf8.elementsEqual(rhs.key.utf8) && lhs.value == rhs.value
    }
}
