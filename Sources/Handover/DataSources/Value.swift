public import Foundation

/// One typed value read from a source, as it will appear in a bundle.
///
/// The cases are the bundle format's value types. Numbers that are not integers are kept as their
/// decimal text so that no precision is lost between the source and the bundle.
public enum Value: Sendable, Hashable {
    /// An absent value (SQL `NULL`, JSON `null`, an empty CSV field of a typed column).
    case null
    /// Text.
    case string(String)
    /// A whole number.
    case integer(Int64)
    /// A decimal number, as its exact text (`"12.50"`, `"-1e-3"`).
    case decimal(String)
    /// A truth value.
    case boolean(Bool)
    /// A calendar date, `YYYY-MM-DD`.
    case date(String)
    /// A date and time in RFC 3339 form, `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`.
    case dateTime(String)
    /// Raw bytes (an SQLite BLOB), carried base64-encoded in bundles.
    case binary(Data)
    /// A value withheld because it is data about another person (Art. 15(4), Art. 20(4)).
    case redacted

    /// The text bundles carry in place of a ``redacted`` value.
    public static let redactionMarker = "[withheld: data about another person]"

    /// The name of the value's type in bundles: `string`, `integer`, `decimal`, `boolean`, `date`,
    /// `date-time`, `binary` or `null`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .string: "string"
        case .integer: "integer"
        case .decimal: "decimal"
        case .boolean: "boolean"
        case .date: "date"
        case .dateTime: "date-time"
        case .binary: "binary"
        case .redacted: "redacted"
        }
    }

    /// The value as text, the way bundles and identity matching see it; `nil` for ``null``;
    /// ``redactionMarker`` for ``redacted``.
    public var text: String? {
        switch self {
        case .null: nil
        case .string(let text), .decimal(let text), .date(let text), .dateTime(let text): text
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .binary(let bytes): bytes.base64EncodedString()
        case .redacted: Value.redactionMarker
        }
    }
}
