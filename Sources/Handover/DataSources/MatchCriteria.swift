/// The exact, normalised field values that make a record the subject's.
///
/// A record matches when at least one condition holds: the condition's field, normalised with the
/// condition's rule, is one of the condition's values. Comparison is whole-value and byte for byte
/// after normalisation: `bob@example.com` never matches `jimbob@example.com`.
public struct MatchCriteria: Sendable {
    /// One field compared against a set of values.
    public struct Condition: Sendable {
        /// The field of the collection.
        public var field: String
        /// The rule applied to the field's text before it is looked up in ``values``.
        public var normalization: IdentityNormalization
        /// The accepted (already normalised) values.
        public var values: KeySet

        /// Creates a condition.
        public init(field: String, normalization: IdentityNormalization = .exact, values: KeySet) {
            self.field = field
            self.normalization = normalization
            self.values = values
        }

        /// Whether `text` (a value of ``field``) satisfies the condition.
        ///
        /// - Throws: ``HandoverError`` when a spilled key set cannot be read.
        public func accepts(_ text: String) throws -> Bool {
            guard let normalized = normalization.normalize(text) else { return false }
            return try values.contains(normalized)
        }
    }

    /// The conditions, any one of which makes a record match. Conditions with no values are dropped.
    public var conditions: [Condition]

    /// Creates criteria from conditions.
    public init(conditions: [Condition]) {
        self.conditions = conditions.filter { !$0.values.isEmpty }
    }

    /// Creates criteria that compare fields exactly against in-memory values.
    public init(valuesByField: [String: Set<String>] = [:]) {
        self.init(
            conditions: valuesByField.sorted { $0.key < $1.key }.map { field, values in
                // An in-memory key set only throws when it spills, which these small sets never do.
                Condition(field: field, values: (try? KeySet(values, memoryLimit: .max)) ?? KeySet())
            })
    }

    /// Whether no record can match.
    public var isEmpty: Bool { conditions.isEmpty }

    /// The fields that are compared, sorted, without repeats.
    public var fieldNames: [String] { Set(conditions.map(\.field)).sorted() }

    /// Whether `record` matches.
    ///
    /// - Throws: ``HandoverError`` when a spilled key set cannot be read.
    public func matches(_ record: Record) throws -> Bool {
        for condition in conditions {
            for text in record.comparedTexts(of: condition.field) where try condition.accepts(text) { return true }
        }
        return false
    }
}
