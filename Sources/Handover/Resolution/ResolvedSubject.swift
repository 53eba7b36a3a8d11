/// What identifies one subject in the data: identifiers by type and key values by referenced field.
///
/// Built by ``SubjectResolver/resolve(_:sources:progress:)``; ``criteria(for:in:)`` then tells each
/// source which of its records are the subject's.
public final class ResolvedSubject: Sendable {
    private let configuration: Configuration
    private let memoryLimit: Int
    private let state = Locked(State())

    private struct State {
        var identifiers: [String: KeySet] = [:]
        var keys: [FieldID: KeySet] = [:]
        var discovered: [DiscoveredIdentifier] = []
        var scanned: [CollectionID: ScannedRecords] = [:]
    }

    /// The records a resolution scan found, and the criteria it used.
    private struct ScannedRecords {
        var signature: [Int]
        var records: [Record]
    }

    /// The most record bytes (roughly) kept per collection from resolution scans for the export.
    static let keptRecordBytesLimit = 8 << 20

    /// Keeps the records that the last resolution scan of `collection` found with criteria of
    /// `signature` (the sizes of its conditions' value sets), so the export need not read it again.
    func keepScanned(_ records: [Record]?, of collection: CollectionID, signature: [Int]) {
        state.withLock { state in
            state.scanned[collection] = records.map { ScannedRecords(signature: signature, records: $0) }
        }
    }

    /// The records of `collection` that match `criteria`, when a resolution scan found them with the
    /// same criteria (sets only grow, so equal sizes mean equal sets).
    func scannedRecords(of collection: CollectionID, matching criteria: MatchCriteria) -> [Record]? {
        let signature = criteria.conditions.map(\.values.count)
        return state.withLock { state in
            guard let scanned = state.scanned[collection], scanned.signature == signature else { return nil }
            return scanned.records
        }
    }

    init(configuration: Configuration, memoryLimit: Int) {
        self.configuration = configuration
        self.memoryLimit = memoryLimit
    }

    /// Whether this subject and `other` have anything in common: an identifier of the same type, or
    /// a key of the same referenced field. Two resolutions that share nothing found records of two
    /// unconnected people, or of one person the data does not connect.
    func shares(with other: ResolvedSubject) throws -> Bool {
        let (identifiers, keys) = state.withLock { ($0.identifiers, $0.keys) }
        let (otherIdentifiers, otherKeys) = other.state.withLock { ($0.identifiers, $0.keys) }
        func overlap(_ mine: KeySet, _ theirs: KeySet) throws -> Bool {
            let (small, large) = mine.count <= theirs.count ? (mine, theirs) : (theirs, mine)
            var found = false
            try small.forEachBatch { batch in
                guard !found else { return }
                found = try batch.contains { try large.contains($0) }
            }
            return found
        }
        for (type, set) in identifiers {
            if let theirs = otherIdentifiers[type], try overlap(set, theirs) { return true }
        }
        for (field, set) in keys {
            if let theirs = otherKeys[field], try overlap(set, theirs) { return true }
        }
        return false
    }

    /// The identifiers found in the subject's records, in the order they were found.
    public var discovered: [DiscoveredIdentifier] { state.withLock { $0.discovered } }

    /// The normalised identifier values of `type`.
    func identifierSet(_ type: String) -> KeySet {
        state.withLock { state in
            if let set = state.identifiers[type] { return set }
            let set = KeySet(memoryLimit: memoryLimit)
            state.identifiers[type] = set
            return set
        }
    }

    /// The key values of `field` held by the subject's records.
    func keySet(_ field: FieldID) -> KeySet {
        state.withLock { state in
            if let set = state.keys[field] { return set }
            let set = KeySet(memoryLimit: memoryLimit)
            state.keys[field] = set
            return set
        }
    }

    /// Adds a discovered identifier.
    ///
    /// - Returns: Whether it was new.
    /// - Throws: ``HandoverError`` when discovery passes its cap for the type.
    func discover(_ identifier: DiscoveredIdentifier) throws -> Bool {
        guard try identifierSet(identifier.type).insert(identifier.value) else { return false }
        let count = state.withLock { state in
            state.discovered.append(identifier)
            return state.discovered.filter { $0.type == identifier.type }.count
        }
        if count > configuration.discovery.maxPerType { throw capExceeded(by: identifier) }
        return true
    }

    /// The error for discovery beyond its cap, naming the identifier that passed it.
    func capExceeded(by identifier: DiscoveredIdentifier) -> HandoverError {
        let cap = configuration.discovery.maxPerType
        return HandoverError(
            .dataInvalid,
            "the subject's records reveal more than \(cap) \(identifier.type) identifiers "
                + "(the last from \(identifier.via)); a value shared by several people would pull their "
                + "records into this bundle",
            hint: "Check the data, or raise 'discovery: max_per_type' if so many are expected")
    }

    /// The criteria that find the subject's records in `collection` of source `sourceID`.
    ///
    /// For each identity field, the identifiers of its type under the type's normalisation; for each
    /// reference, the keys the subject's records in the referenced collection hold, compared exactly.
    public func criteria(for collection: CollectionConfiguration, in sourceID: String) -> MatchCriteria {
        var conditions: [MatchCriteria.Condition] = []
        for (type, fields) in collection.identities.sorted(by: { $0.key < $1.key }) {
            let values = identifierSet(type)
            let normalization = configuration.normalization(of: type)
            for field in fields {
                conditions.append(.init(field: field, normalization: normalization, values: values))
            }
        }
        for reference in collection.references {
            let target = FieldID(
                CollectionID(source: reference.source ?? sourceID, collection: reference.collection), reference.key)
            conditions.append(.init(field: reference.field, normalization: .exact, values: keySet(target)))
        }
        return MatchCriteria(conditions: conditions)
    }
}
