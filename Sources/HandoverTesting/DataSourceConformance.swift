import Foundation
public import Handover
public import Testing

/// The source contract, checked on one kind: every built-in kind and every kind a library user
/// adds runs it from a test, with a ``ConformanceFixture`` that writes ``ConformanceDataset`` into
/// the kind's storage. Failures are recorded as issues of the running test, at the caller's line.
///
/// It checks: field names; exact matching (case, whitespace, substrings, prefixes, longer domains,
/// injection-shaped values, non-ASCII), each record once and in source order; normalised
/// matching with the e-mail rule; many values at once; empty criteria; two fields at once; every
/// field of a record, with its type and nulls where the format keeps them; record locations; the
/// errors for missing and malformed data; and cancellation.
///
/// ## Usage
///
/// ```swift
/// @Test func ticketAPIConforms() async throws {
///     try await DataSourceConformance(TicketAPIFixture()).run()
/// }
/// ```
public struct DataSourceConformance<Fixture: ConformanceFixture>: Sendable {
    /// How the kind under test stores the dataset.
    public let fixture: Fixture
    /// The rows the source holds.
    public let dataset: ConformanceDataset

    /// Creates the suite for one kind.
    public init(_ fixture: Fixture, dataset: ConformanceDataset = .standard) {
        self.fixture = fixture
        self.dataset = dataset
    }

    /// The collection configuration the fixture's source must hold: `people`, identity `email`,
    /// every field described.
    public static func collection(for dataset: ConformanceDataset = .standard, table: String? = nil)
        -> CollectionConfiguration
    {
        CollectionConfiguration(
            name: dataset.collectionName, table: table, identities: ["email": ["email"]],
            purposes: ["essential.service"], legalBasis: .contract, retention: Retention(description: "test"),
            fields: Dictionary(
                uniqueKeysWithValues: dataset.fields.map {
                    ($0, FieldConfiguration(category: "user", provenance: .provided))
                }))
    }

    /// Runs every check, recording each failure as an issue at `sourceLocation`.
    ///
    /// - Throws: What the source throws for valid requests, which is itself a failure.
    public func run(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "handover-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let collection = Self.collection(for: dataset)
        let prepared = try fixture.source(holding: dataset, collection: collection, in: directory)
        let source = try open(prepared, in: directory)
        let check = Check(sourceLocation: sourceLocation, name: source.sourceName)

        if let names = try await source.fieldNames(of: collection), names != dataset.fields {
            check.fail("fieldNames returned \(names), expected \(dataset.fields) or nil")
        }
        try await exactMatching(source, collection, check)
        try await normalisedAndBulkMatching(source, collection, check)
        try await recordContents(source, collection, check)
        try await errors(collection, in: directory, check)
        await cancellation(source, collection, check)
    }

    // MARK: - Checks

    private func exactMatching(_ source: any DataSource, _ collection: CollectionConfiguration, _ check: Check)
        async throws
    {
        let probes: [Set<String>] = [
            ["bob@example.com"], ["alice@example.com", "bob@example.com"], ["zoë@example.com"], ["BOB@example.com"],
            ["' OR '1'='1"], ["%"], ["bob%"], ["*"], ["nobody@example.com"], ["example.com"], ["bob@example.com "],
        ]
        for values in probes {
            let expected = dataset.rows.filter { values.contains($0.email) }.map(\.id)
            let seen = try await ids(source, collection, MatchCriteria(valuesByField: ["email": values]))
            if seen != expected {
                check.fail("matching \(values.sorted()) returned ids \(seen), expected \(expected) in source order")
            }
        }
        var any = false
        try await source.scan(collection, matching: MatchCriteria()) { _ in any = true }
        if any { check.fail("empty criteria returned records; they must return none") }

        let both = try await ids(
            source, collection, MatchCriteria(valuesByField: ["email": ["alice@example.com"], "id": ["1"]]))
        if both != ["1", "8"] { check.fail("matching on two fields returned ids \(both), expected [1, 8]") }
    }

    private func normalisedAndBulkMatching(
        _ source: any DataSource, _ collection: CollectionConfiguration, _ check: Check
    ) async throws {
        // The same rule must give the same answer in every source.
        let emailRule = IdentityNormalization.email(EmailNormalization())
        let normalised = try await ids(
            source, collection,
            MatchCriteria(conditions: [
                .init(field: "email", normalization: emailRule, values: try KeySet(["bob@example.com"]))
            ]))
        let expected = dataset.rows.filter { emailRule.normalize($0.email) == "bob@example.com" }.map(\.id)
        if normalised != expected {
            check.fail(
                "matching bob@example.com under the e-mail rule returned ids \(normalised), expected \(expected)")
        }

        // Many values at once (sources may switch strategy past a few hundred): each record once.
        let many = try KeySet((0..<1_500).map { "nobody\($0)@example.com" } + ["bob@example.com", "alice@example.com"])
        let manyIDs = try await ids(
            source, collection, MatchCriteria(conditions: [.init(field: "email", values: many)]))
        let expectedMany = dataset.rows.filter { ["bob@example.com", "alice@example.com"].contains($0.email) }.map(\.id)
        if manyIDs != expectedMany {
            check.fail("matching 1,502 values returned ids \(manyIDs), expected \(expectedMany)")
        }
    }

    private func recordContents(_ source: any DataSource, _ collection: CollectionConfiguration, _ check: Check)
        async throws
    {
        var records: [Record] = []
        try await source.scan(collection, matching: MatchCriteria(valuesByField: ["id": Set(dataset.rows.map(\.id))])) {
            records.append($0)
        }
        if records.count != dataset.rows.count {
            check.fail("matching every id returned \(records.count) records, expected \(dataset.rows.count)")
        }
        for (index, row) in dataset.rows.enumerated() {
            guard let record = records.first(where: { $0["id"]?.text == row.id }) else { continue }
            if Set(record.fields.map(\.name)) != Set(dataset.fields) {
                check.fail("record \(row.id) has fields \(record.fields.map(\.name)), expected \(dataset.fields)")
            }
            for (name, text) in zip(dataset.fields, row.texts) where name != "score" {
                if record[name] != .string(text) {
                    check.fail(
                        "record \(row.id) field \(name) reads \(String(describing: record[name])), expected \(text)")
                }
            }
            let score: Value =
                fixture.keepsTypes ? row.score.map(Value.integer) ?? .null : .string(row.score.map(String.init) ?? "")
            if record["score"] != score {
                check.fail(
                    "record \(row.id) field score reads \(String(describing: record["score"])), expected \(score)")
            }
            if record.location.file == nil {
                check.fail("record \(row.id) has no location; name its file or source")
            }
            if let line = fixture.line(ofRow: index, in: dataset), record.location.line != line {
                check.fail("record \(row.id) is located at line \(record.location.line ?? 0), expected \(line)")
            }
        }
    }

    private func errors(_ collection: CollectionConfiguration, in directory: URL, _ check: Check) async throws {
        let criteria = MatchCriteria(valuesByField: ["email": ["bob@example.com"]])
        if let missing = try fixture.missingSource(collection: collection, in: directory) {
            let code = await failure(of: missing, collection, criteria, in: directory)
            if code != .inputMissing {
                check.fail(
                    "a source whose data is missing failed with \(code.map(\.name) ?? "nothing"), expected input-missing"
                )
            }
        }
        if let malformed = try fixture.malformedSource(collection: collection, in: directory) {
            let code = await failure(of: malformed, collection, criteria, in: directory)
            if code != .dataInvalid {
                check.fail(
                    "a source with malformed data failed with \(code.map(\.name) ?? "nothing"), expected data-invalid")
            }
        }
    }

    private func cancellation(_ source: any DataSource, _ collection: CollectionConfiguration, _ check: Check) async {
        let criteria = MatchCriteria(valuesByField: ["email": ["bob@example.com"]])
        let task = Task { () -> String? in
            withUnsafeCurrentTask { $0?.cancel() }
            var handed = 0
            do {
                try await source.scan(collection, matching: criteria) { _ in handed += 1 }
                return "returned normally after \(handed) records"
            } catch is CancellationError {
                return handed == 0 ? nil : "handed over \(handed) records before stopping"
            } catch let error as HandoverError where error.code == .cancelled {
                return handed == 0 ? nil : "handed over \(handed) records before stopping"
            } catch {
                return "threw \(error) instead of CancellationError"
            }
        }
        if let problem = await task.value {
            check.fail("a scan in a cancelled task \(problem); check Task.checkCancellation() before reading")
        }
    }

    // MARK: - Helpers

    private func open(_ prepared: ConformanceSource, in directory: URL) throws -> any DataSource {
        var configuration = Configuration(
            controller: ControllerConfiguration(
                name: "Conformance", email: "privacy@conformance.example",
                supervisoryAuthority: Contact(name: "Authority")),
            sources: [prepared.configuration], baseDirectory: directory,
            identityTypes: ["email": IdentityTypeConfiguration(.email(EmailNormalization()))])
        configuration.registry = prepared.registry
        return try prepared.registry.makeSource(prepared.configuration, in: configuration)
    }

    private func ids(_ source: any DataSource, _ collection: CollectionConfiguration, _ criteria: MatchCriteria)
        async throws -> [String]
    {
        var seen: [String] = []
        try await source.scan(collection, matching: criteria) { seen.append($0["id"]?.text ?? "?") }
        return seen
    }

    /// The code a source fails with, when opened, asked for its fields, or scanned.
    private func failure(
        of prepared: ConformanceSource, _ collection: CollectionConfiguration, _ criteria: MatchCriteria,
        in directory: URL
    ) async -> Diagnostic.Code? {
        do {
            let source = try open(prepared, in: directory)
            _ = try await source.fieldNames(of: collection)
            try await source.scan(collection, matching: criteria) { _ in }
            return nil
        } catch let error as HandoverError {
            return error.code
        } catch {
            return Diagnostic.Code("not a HandoverError: \(type(of: error))")
        }
    }

    /// Records failures for one source at the caller's line.
    private struct Check {
        var sourceLocation: SourceLocation
        var name: String

        func fail(_ message: String) {
            Issue.record("\(name): \(message)", sourceLocation: sourceLocation)
        }
    }
}
