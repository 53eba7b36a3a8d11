/// Finds everything that identifies the subject: their normalised identifiers, the identifiers
/// their records reveal (`discovers:`), and the keys their records hold that other collections
/// refer to (`references:`), followed to a fixpoint.
///
/// This is the step between the request and the export. It reads the collections that feed
/// discovery or are referenced, again and again, until no new identifier or key appears; every
/// set only grows and is bounded by the data, so the loop ends, and cycles (`a → b → a`) need no
/// special handling. Key sets are ``KeySet``s: past their memory limit they spill to disk.
public struct SubjectResolver: Sendable {
    /// The configuration whose collections are searched.
    public let configuration: Configuration
    /// How many values each key set holds in memory before spilling.
    public let memoryLimit: Int

    /// Creates a resolver for `configuration`.
    public init(configuration: Configuration, memoryLimit: Int = KeySet.defaultMemoryLimit) {
        self.configuration = configuration
        self.memoryLimit = memoryLimit
    }

    /// Checks the subject's identifiers and brings them to their normalised form.
    ///
    /// - Returns: The normalised values by identity type.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/usage`` when there are none, when
    ///   a type is searched by no collection (almost always a typo that would silently export
    ///   nothing), or when a value cannot be normalised (`phone=call me`).
    public func normalize(_ identifiers: [SubjectIdentifier]) throws -> [String: [String]] {
        guard !identifiers.isEmpty else {
            throw HandoverError(
                .usage, "no subject identifier was given",
                hint: "Name the subject with at least one identifier, for example email=alice@example.com")
        }
        let collections = configuration.sources.flatMap(\.collections)
        let known = Set(collections.flatMap(\.identities.keys))
        var normalized: [String: [String]] = [:]
        for identifier in identifiers {
            guard known.contains(identifier.type) else {
                throw HandoverError(
                    .usage, "no collection is searched by the identity type '\(identifier.type)'",
                    hint: "Use one of: \(known.sorted().joined(separator: ", "))")
            }
            let rule = configuration.normalization(of: identifier.type)
            guard let value = rule.normalize(identifier.value) else {
                throw HandoverError(
                    .usage,
                    "the \(identifier.type) identifier given (\(Value.withheld(identifier.value))) cannot be read as "
                        + "\(identifier.type) (\(rule.name) rule)",
                    hint: "Check the \(identifier.type) value given for the subject")
            }
            normalized[identifier.type, default: []].append(value)
        }
        return normalized
    }

    /// Resolves the subject against the data.
    ///
    /// - Parameters:
    ///   - identifiers: The subject's identifiers as given.
    ///   - sources: The sources by id.
    ///   - progress: Told about each resolution scan.
    /// - Returns: What identifies the subject, from which each collection's criteria follow.
    /// - Throws: ``HandoverError`` for unusable identifiers, source errors, or discovery beyond its cap.
    public func resolve(
        _ identifiers: [SubjectIdentifier], sources: [String: any DataSource],
        progress: (@Sendable (ExportEvent) -> Void)? = nil
    ) async throws -> ResolvedSubject {
        try await resolve(normalized: try normalize(identifiers), sources: sources, progress: progress)
    }

    /// Resolves the subject from identifiers already brought to their normalised form by
    /// ``normalize(_:)``.
    func resolve(
        normalized: [String: [String]], sources: [String: any DataSource],
        progress: (@Sendable (ExportEvent) -> Void)? = nil
    ) async throws -> ResolvedSubject {
        let subject = ResolvedSubject(configuration: configuration, memoryLimit: memoryLimit)
        for (type, values) in normalized {
            for value in values { try subject.identifierSet(type).insert(value) }
        }
        let referenced = Set(
            configuration.sources.flatMap { source in
                source.collections.flatMap { collection in
                    collection.references.map { reference in
                        FieldID(
                            CollectionID(source: reference.source ?? source.id, collection: reference.collection),
                            reference.key)
                    }
                }
            })
        // Only collections whose records feed other matches need a resolution scan.
        let feeders: [(CollectionID, CollectionConfiguration, keyFields: [String])] = configuration.sources.flatMap {
            source in
            source.collections.compactMap { collection in
                let id = CollectionID(source: source.id, collection: collection.name)
                let keyFields = referenced.filter { $0.collection == id }.map(\.field).sorted()
                guard !keyFields.isEmpty || !collection.discovers.isEmpty else { return nil }
                return (id, collection, keyFields)
            }
        }
        var lastScanned: [CollectionID: [Int]] = [:]
        var round = 0
        while true {
            try Task.checkCancellation()
            round += 1
            var changed = false
            for (id, collection, keyFields) in feeders {
                let criteria = subject.criteria(for: collection, in: id.source)
                let signature = criteria.conditions.map(\.values.count)
                guard !criteria.isEmpty, lastScanned[id] != signature else { continue }
                lastScanned[id] = signature
                guard let source = sources[id.source] else { continue }
                progress?(.resolving(source: id.source, collection: id.collection, round: round))
                let pendingKeys = keyFields.map { _ in KeySet(memoryLimit: memoryLimit) }
                // Distinct new identifiers only: a value repeated in many records costs nothing, and
                // more distinct values than the cap stop the scan at once.
                var pendingIdentifiers: [DiscoveredIdentifier] = []
                var pendingSeen: Set<DiscoveredIdentifier.Key> = []
                // The records found are kept (within a bound) for the export, which then reads this
                // collection again only if a later round widens its criteria.
                var found: [Record]? = []
                var foundBytes = 0
                // In a fixed order, so that identifiers discovered in one record are listed alike in
                // every run (a dictionary's order changes from process to process).
                let discovers = collection.discovers.sorted { $0.key < $1.key }
                var scanned = 0
                try await ScanReporting.run(source: id.source, collection: id.collection, progress: progress) {
                    scan in
                    try await source.scan(collection, matching: criteria) { record in
                        scanned += 1
                        scan?.recordFound()
                        if scanned % CancellationPoints.recordBlock == 0 { try Task.checkCancellation() }
                        if found != nil {
                            foundBytes += record.estimatedSize
                            if foundBytes > ResolvedSubject.keptRecordBytesLimit {
                                found = nil
                            } else {
                                found?.append(record)
                            }
                        }
                        for (index, field) in keyFields.enumerated() {
                            for text in record.comparedTexts(of: field) { try pendingKeys[index].insert(text) }
                        }
                        for (type, fields) in discovers {
                            for field in fields {
                                for text in record.comparedTexts(of: field) {
                                    guard let value = configuration.normalization(of: type).normalize(text),
                                        try !subject.identifierSet(type).contains(value),
                                        pendingSeen.insert(.init(type: type, value: value)).inserted
                                    else { continue }
                                    let discovered = DiscoveredIdentifier(
                                        type: type, value: value, via: "\(id).\(field)")
                                    pendingIdentifiers.append(discovered)
                                    let known = subject.discovered.count { $0.type == type }
                                    if known + pendingSeen.count(where: { $0.type == type })
                                        > configuration.discovery.maxPerType
                                    {
                                        throw subject.capExceeded(by: discovered)
                                    }
                                }
                            }
                        }
                    }
                }
                subject.keepScanned(found, of: id, signature: signature)
                for (index, field) in keyFields.enumerated() {
                    let keys = subject.keySet(FieldID(id, field))
                    try pendingKeys[index].forEachBatch { batch in
                        for key in batch where try keys.insert(key) { changed = true }
                    }
                }
                for discovered in pendingIdentifiers where try subject.discover(discovered) {
                    changed = true
                }
            }
            if !changed { break }
        }
        return subject
    }
}
