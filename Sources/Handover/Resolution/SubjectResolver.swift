/// Decides, for each collection, which field values identify the subject.
///
/// This is the step between the request and the sources: it turns the subject's identifiers
/// into per-collection ``MatchCriteria``. Matching is exact: an identifier matches a field only
/// when the field's text equals the identifier's value.
public struct SubjectResolver: Sendable {
    /// The configuration whose collections are searched.
    public let configuration: Configuration

    /// Creates a resolver for `configuration`.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Checks that every identifier type is searched by some collection.
    ///
    /// A type no collection knows is almost always a typo (`--subject mail=…`) and would silently
    /// export nothing for that identifier.
    ///
    /// - Throws: ``HandoverError`` with code ``HandoverError/Code/usage``.
    public func validate(_ identifiers: [SubjectIdentifier]) throws {
        guard !identifiers.isEmpty else {
            throw HandoverError(
                .usage, "no subject identifier was given",
                hint: "Name the subject, for example --subject email=alice@example.com")
        }
        let known = Set(configuration.sources.flatMap(\.collections).flatMap(\.identities.keys))
        for identifier in identifiers where !known.contains(identifier.type) {
            throw HandoverError(
                .usage, "no collection is searched by the identity type '\(identifier.type)'",
                hint: "Use one of: \(known.sorted().joined(separator: ", "))")
        }
    }

    /// The criteria that find the subject's records in `collection`.
    ///
    /// - Parameters:
    ///   - collection: The collection to search.
    ///   - identifiers: The subject's identifiers.
    /// - Returns: For each identity field of the collection, the identifier values of its type;
    ///   empty when the subject has no identifier of a type the collection knows.
    public func criteria(for collection: CollectionConfiguration, identifiers: [SubjectIdentifier]) -> MatchCriteria {
        var values: [String: Set<String>] = [:]
        for identifier in identifiers {
            for field in collection.identities[identifier.type] ?? [] {
                values[field, default: []].insert(identifier.value)
            }
        }
        return MatchCriteria(valuesByField: values)
    }
}
