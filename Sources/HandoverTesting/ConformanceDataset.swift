/// The records a data source under test must hold, for ``DataSourceConformance``.
///
/// One collection with the text fields ``fields``, whose `email` values include near-collisions of
/// each other: substrings, case and whitespace variants, a longer domain. A source's test writes
/// these rows into its own format (a table, a file) and hands the suite a source that reads them.
public struct ConformanceDataset: Sendable {
    /// The field names, in order. `id` is unique; `email` is the identity field.
    public let fields: [String]
    /// The rows, each with one text value per field.
    public let rows: [[String]]

    /// The standard dataset.
    public static let standard = ConformanceDataset(
        fields: ["id", "email", "note"],
        rows: [
            ["1", "bob@example.com", "bob's first"],
            ["2", "jimbob@example.com", "contains bob@example.com"],
            ["3", "BOB@example.com", "upper case"],
            ["4", "bob@example.com ", "trailing space"],
            ["5", " bob@example.com", "leading space"],
            ["6", "bob@example.co", "prefix"],
            ["7", "bob@example.com.au", "longer domain"],
            ["8", "alice@example.com", "alice, \"quoted\", with\nnewline"],
            ["9", "bob@example.com", "bob's second"],
            ["10", "", "empty identity"],
            ["11", "' OR '1'='1", "injection-shaped value"],
            ["12", "zoë@example.com", "non-ASCII"],
        ])

    /// The collection configuration every conforming source is read with.
    public var collection: CollectionConfigurationDescription {
        CollectionConfigurationDescription(fields: fields)
    }
}

/// What the suite needs the configuration of the collection under test to say; build your
/// `CollectionConfiguration` from it.
public struct CollectionConfigurationDescription: Sendable {
    /// The collection's name.
    public let name = "people"
    /// The identity type the suite searches by.
    public let identityType = "email"
    /// The identity field.
    public let identityField = "email"
    /// The fields, in order.
    public let fields: [String]
}
