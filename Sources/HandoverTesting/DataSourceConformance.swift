public import Handover

/// A reusable suite of checks that every ``DataSource`` must pass: exact matching, complete
/// results, source order, and no interpretation of identifier values.
///
/// Run it from a test with a source that reads ``ConformanceDataset/standard``:
///
/// ```swift
/// @Test func conforms() async throws {
///     let failures = try await DataSourceConformance(source: mySource, collection: myCollection).run()
///     #expect(failures.isEmpty, "\(failures)")
/// }
/// ```
public struct DataSourceConformance: Sendable {
    /// The source under test, holding ``dataset``.
    public let source: any DataSource
    /// The collection configuration the source is read with; its identity `email` maps to `email`.
    public let collection: CollectionConfiguration
    /// The rows the source holds.
    public let dataset: ConformanceDataset

    /// Creates the suite.
    public init(source: any DataSource, collection: CollectionConfiguration, dataset: ConformanceDataset = .standard) {
        self.source = source
        self.collection = collection
        self.dataset = dataset
    }

    /// A collection configuration describing every dataset field as exported text.
    public static func collection(for dataset: ConformanceDataset = .standard, table: String? = nil)
        -> CollectionConfiguration
    {
        CollectionConfiguration(
            name: dataset.collection.name, table: table, identities: ["email": ["email"]],
            purposes: ["essential.service"],
            legalBasis: .contract, retention: Retention(description: "test"),
            fields: Dictionary(
                uniqueKeysWithValues: dataset.fields.map {
                    ($0, FieldConfiguration(category: "user", provenance: .provided))
                }))
    }

    /// Runs every check.
    ///
    /// - Returns: One message per failed check; empty when the source conforms.
    /// - Throws: What the source throws for valid requests (itself a failure).
    public func run() async throws -> [String] {
        var failures: [String] = []
        let index = dataset.fields.firstIndex(of: "email")!

        if let names = try await source.fieldNames(of: collection), names != dataset.fields {
            failures.append("fieldNames returned \(names), expected \(dataset.fields) or nil")
        }

        let probes: [Set<String>] = [
            ["bob@example.com"], ["alice@example.com", "bob@example.com"], ["zoë@example.com"], ["BOB@example.com"],
            ["' OR '1'='1"], ["%"], ["bob%"], ["*"], ["nobody@example.com"], ["example.com"],
        ]
        for values in probes {
            let expected = dataset.rows.filter { values.contains($0[index]) }.map { $0[0] }
            var seen: [String] = []
            var wrongFields: [String] = []
            try await source.scan(collection, matching: MatchCriteria(valuesByField: ["email": values])) { record in
                seen.append(record["id"]?.text ?? "?")
                let texts = dataset.fields.map { record[$0]?.text ?? "<missing>" }
                if let row = dataset.rows.first(where: { $0[0] == texts[0] }), row != texts {
                    wrongFields.append("record \(texts[0]) reads \(texts), expected \(row)")
                }
            }
            if seen != expected {
                failures.append(
                    "matching \(values.sorted()) returned ids \(seen), expected \(expected) in source order")
            }
            failures += wrongFields
        }

        // Normalised matching: the same rule must give the same answer in every source.
        let emailRule = IdentityNormalization.email(EmailNormalization())
        let bob = try KeySet(["bob@example.com"])
        var normalised: [String] = []
        try await source.scan(
            collection,
            matching: MatchCriteria(conditions: [.init(field: "email", normalization: emailRule, values: bob)])
        ) { normalised.append($0["id"]?.text ?? "?") }
        let expectedNormalised = dataset.rows.filter { emailRule.normalize($0[index]) == "bob@example.com" }.map {
            $0[0]
        }
        if normalised != expectedNormalised {
            failures.append(
                "matching bob@example.com under the e-mail rule returned ids \(normalised), expected \(expectedNormalised)"
            )
        }

        // Many values at once (sources may switch strategy past a few hundred): each record once.
        let many = try KeySet((0..<1_500).map { "nobody\($0)@example.com" } + ["bob@example.com", "alice@example.com"])
        var manyIDs: [String] = []
        try await source.scan(collection, matching: MatchCriteria(conditions: [.init(field: "email", values: many)])) {
            manyIDs.append($0["id"]?.text ?? "?")
        }
        if manyIDs != ["1", "8", "9"] {
            failures.append("matching 1,502 values returned ids \(manyIDs), expected [\"1\", \"8\", \"9\"]")
        }

        var any = false
        try await source.scan(collection, matching: MatchCriteria()) { _ in any = true }
        if any { failures.append("empty criteria returned records; they must return none") }

        var both: [String] = []
        try await source.scan(
            collection, matching: MatchCriteria(valuesByField: ["email": ["alice@example.com"], "id": ["1"]])
        ) {
            both.append($0["id"]?.text ?? "?")
        }
        if both != ["1", "8"] {
            failures.append("matching on two fields returned ids \(both), expected [\"1\", \"8\"]")
        }
        return failures
    }
}
