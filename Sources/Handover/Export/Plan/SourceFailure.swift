/// A source that failed while it was read, as a partial export sees it: which source, and the
/// error it threw.
struct SourceFailure: Error {
    /// The source's id.
    var source: String
    /// What the source threw.
    var error: HandoverError
}

/// Wraps a source so that an error the source itself throws during a scan comes out as a
/// ``SourceFailure`` naming it. Errors thrown by the scan's body (a writer's full disk, a record the
/// projector refuses) and cancellation pass through unchanged: they are not the source failing.
struct FailureTaggingSource: DataSource {
    /// The source's id.
    let id: String
    /// The source wrapped.
    let wrapped: any DataSource

    var sourceName: String { wrapped.sourceName }

    func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? {
        try await wrapped.fieldNames(of: collection)
    }

    func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria, _ body: (Record) throws -> Void
    ) async throws {
        var bodyFailed = false
        do {
            try await wrapped.scan(collection, matching: criteria) { record in
                do {
                    try body(record)
                } catch {
                    bodyFailed = true
                    throw error
                }
            }
        } catch let error as HandoverError where !bodyFailed && error.code != .cancelled {
            throw SourceFailure(source: id, error: error)
        }
    }
}
