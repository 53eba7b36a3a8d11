/// The type a configuration declares for a field, to which text from the source is converted.
///
/// SQLite and JSON carry their own types; CSV carries only text. A declared type makes Handover
/// check and convert each value, and fail with the file, line and field when one does not fit.
public enum ValueType: String, Sendable, Codable, CaseIterable {
    /// Text, unchanged.
    case string
    /// A whole number (64-bit).
    case integer
    /// A decimal number, kept as its exact text.
    case decimal
    /// `true`/`false` (also `1`/`0`, `yes`/`no`, any case).
    case boolean
    /// A date, `YYYY-MM-DD`.
    case date
    /// A date and time: RFC 3339, or `YYYY-MM-DD HH:MM:SS` as SQLite writes it.
    case dateTime = "date-time"
}
