/// The exact field values that make a record the subject's.
///
/// A record matches when, for at least one listed field, the field's text equals one of the
/// listed values. Values are compared whole and byte for byte (after any normalisation the
/// resolver applied to the subject's identifiers): `bob@example.com` never matches
/// `jimbob@example.com`.
public struct MatchCriteria: Sendable, Equatable {
    /// The accepted values per field name.
    public var valuesByField: [String: Set<String>]

    /// Creates criteria from accepted values per field.
    public init(valuesByField: [String: Set<String>] = [:]) {
        self.valuesByField = valuesByField.filter { !$0.value.isEmpty }
    }

    /// Whether no record can match.
    public var isEmpty: Bool { valuesByField.isEmpty }

    /// The fields that are compared, sorted by name.
    public var fieldNames: [String] { valuesByField.keys.sorted() }

    /// Whether `record` matches.
    public func matches(_ record: Record) -> Bool {
        for field in record.fields {
            if let accepted = valuesByField[field.name], let text = field.value.text, accepted.contains(text) {
                return true
            }
        }
        return false
    }
}
