/// The records a data source under test must hold, for ``DataSourceConformance``.
///
/// One collection, `people`, whose `email` values include near-collisions of each other:
/// substrings, case and whitespace variants, a longer domain, an injection-shaped value. A fixture
/// writes these rows into its own format (a table, a file) — ``ConformanceFixture``.
public struct ConformanceDataset: Sendable {
    /// One row.
    public struct Row: Sendable, Equatable {
        /// Unique, as text.
        public var id: String
        /// The identity field.
        public var email: String
        /// Free text: quotes, commas, a line break in one row.
        public var note: String
        /// A whole number, or no value: written as a number (or null) where the format has types, as
        /// text (or empty) where it has not.
        public var score: Int64?

        /// The row's values as text, in field order; no score is the empty text.
        public var texts: [String] { [id, email, note, score.map(String.init) ?? ""] }
    }

    /// The field names, in order: `id`, `email`, `note`, `score`.
    public let fields = ["id", "email", "note", "score"]
    /// The rows.
    public let rows: [Row]

    /// The collection's name.
    public let collectionName = "people"

    /// The standard dataset.
    public static let standard = ConformanceDataset(rows: [
        Row(id: "1", email: "bob@example.com", note: "bob's first", score: 3),
        Row(id: "2", email: "jimbob@example.com", note: "contains bob@example.com", score: 0),
        Row(id: "3", email: "BOB@example.com", note: "upper case", score: -7),
        Row(id: "4", email: "bob@example.com ", note: "trailing space", score: nil),
        Row(id: "5", email: " bob@example.com", note: "leading space", score: 12),
        Row(id: "6", email: "bob@example.co", note: "prefix", score: nil),
        Row(id: "7", email: "bob@example.com.au", note: "longer domain", score: 1),
        Row(id: "8", email: "alice@example.com", note: "alice, \"quoted\", with\nnewline", score: nil),
        Row(id: "9", email: "bob@example.com", note: "bob's second", score: 9_007_199_254_740_993),
        Row(id: "10", email: "", note: "empty identity", score: 4),
        Row(id: "11", email: "' OR '1'='1", note: "injection-shaped value", score: 5),
        Row(id: "12", email: "zoë@example.com", note: "non-ASCII", score: 6),
    ])
}
