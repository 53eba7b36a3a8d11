/// A place that holds records about data subjects, read one record at a time.
///
/// Handover ships sources for SQLite, CSV, JSON and JSON Lines; a library user adds their own (a
/// REST API, a warehouse) by conforming to this protocol and registering a factory in a
/// ``DataSourceRegistry``. A source never hands over a whole table or file: it streams matching
/// records into the closure it is given, so memory stays bounded whatever the size of the data.
///
/// Matching is the source's job because only the source can do it efficiently (an SQL `WHERE`
/// with bound parameters, a field comparison while parsing a file). It must be exact equality on
/// the text of the value, never a substring, prefix or pattern match.
public protocol DataSource: Sendable {
    /// The human-readable name used in messages, such as `shop.sqlite` or `newsletter.csv`.
    var sourceName: String { get }

    /// The names of the fields a collection holds, when they are known before reading records.
    ///
    /// Handover checks them against the configuration before it reads anything, so that an
    /// undescribed column fails the export early. Return `nil` when fields are only known record by
    /// record (JSON); each matching record is then checked as it arrives.
    ///
    /// - Parameter collection: The collection, as configured.
    /// - Returns: The field names in source order, or `nil`.
    /// - Throws: ``HandoverError`` when the collection cannot be opened.
    func fieldNames(of collection: CollectionConfiguration) async throws -> [String]?

    /// Every field name the collection's data holds, in the order first seen, for checking a
    /// configuration against live data (`handover check`); a default returns ``fieldNames(of:)``.
    func surveyFieldNames(of collection: CollectionConfiguration) async throws -> [String]?

    /// Streams the records of `collection` that match `criteria`.
    ///
    /// - Parameters:
    ///   - collection: The collection, as configured.
    ///   - criteria: Which field values identify the subject.
    ///   - body: Called once per matching record, in source order. An error it throws ends the
    ///     scan and is rethrown.
    /// - Throws: ``HandoverError`` for unreadable or malformed data, or what `body` throws.
    func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria,
        _ body: (Record) throws -> Void
    ) async throws
}

extension DataSource {
    /// ``fieldNames(of:)``: what a source whose records all have the same fields answers.
    public func surveyFieldNames(of collection: CollectionConfiguration) async throws -> [String]? {
        try await fieldNames(of: collection)
    }
}
