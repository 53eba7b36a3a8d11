public import Handover

/// A data source whose records are held in memory: for tests of the resolution and the export that
/// need no files, and as the smallest example of the source contract (it passes
/// ``DataSourceConformance``).
///
/// ## Usage
///
/// ```swift
/// let shop = InMemorySource(name: "shop", collections: [
///     "customers": [["id": .string("1"), "email": .string("ann@example.com")]],
/// ])
/// var registry = DataSourceRegistry.standard
/// registry.register(InMemorySourceKind(sources: ["shop": shop]))
/// ```
public struct InMemorySource: DataSource {
    /// The name used in messages and record locations.
    public var sourceName: String
    /// The records of each collection, by collection name (or `table`), in order.
    public var collections: [String: [Record]]

    /// Creates a source from records.
    public init(name: String, records collections: [String: [Record]]) {
        sourceName = name
        self.collections = collections
    }

    /// Creates a source from rows of named values; each row becomes a record located at its
    /// 1-based position (`line`) in its collection.
    public init(name: String, collections: [String: [KeyValuePairs<String, Value>]]) {
        sourceName = name
        self.collections = collections.mapValues { rows in
            rows.enumerated().map { index, row in
                Record(
                    fields: row.map { Record.Field(name: $0.key, value: $0.value) },
                    location: .init(file: name, line: index + 1))
            }
        }
    }

    /// The fields of the collection's first record, or `nil` for an empty collection.
    public func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? {
        try records(of: collection).first.map { $0.fields.map(\.name) }
    }

    /// Hands over the matching records in order, checking for cancellation before it starts and
    /// between blocks of records.
    public func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria, _ body: (Record) throws -> Void
    ) async throws {
        try Task.checkCancellation()
        guard !criteria.isEmpty else { return }
        for (index, record) in try records(of: collection).enumerated() {
            if index % 1024 == 1023 { try Task.checkCancellation() }
            if try criteria.matches(record) { try body(record) }
        }
    }

    private func records(of collection: CollectionConfiguration) throws -> [Record] {
        guard let records = collections[collection.table ?? collection.name] else {
            throw HandoverError(
                .inputMissing, "the in-memory source holds no collection '\(collection.table ?? collection.name)'",
                at: .init(file: sourceName), hint: "Add the collection's records to the InMemorySource")
        }
        return records
    }
}

/// The `memory` kind: opens the ``InMemorySource`` given for each source id.
public struct InMemorySourceKind: DataSourceKind {
    /// The kind's name in configurations (default `memory`).
    public let name: String
    /// The sources, by source id.
    public var sources: [String: InMemorySource]

    /// Creates the kind.
    ///
    /// - Parameters:
    ///   - name: The `kind:` name.
    ///   - sources: The source for each source id of the configuration.
    public init(name: String = "memory", sources: [String: InMemorySource]) {
        self.name = name
        self.sources = sources
    }

    /// The source prepared for `source.id`.
    ///
    /// - Throws: ``HandoverError`` (input-missing) when none was given for that id.
    public func makeSource(_ source: SourceConfiguration, settings: NoSettings, in configuration: Configuration) throws
        -> any DataSource
    {
        guard let prepared = sources[source.id] else {
            throw HandoverError(
                .inputMissing, "no in-memory source was given for source '\(source.id)'",
                hint: "Pass it in InMemorySourceKind(sources:)")
        }
        return prepared
    }
}
