/// The first stage of an export: every source opened, every collection's fields checked against
/// the data, and the scope applied, before anything is read or written.
struct ExportPlan {
    /// One collection to export, with its source and what the source says of its fields.
    struct Step {
        var id: CollectionID
        var source: any DataSource
        var projector: RecordProjector
        /// The fields in source order, when the source knows them before reading records.
        var fieldOrder: [String]?
    }

    /// Every source, by id (the resolution reads collections outside the scope too).
    var sources: [String: any DataSource] = [:]
    /// The collections the scope includes, in configuration order.
    var steps: [Step] = []
    /// The collections the scope leaves out, with why.
    var excluded: [Manifest.ExcludedCollection] = []

    /// Opens the sources of `configuration` with its registry and checks every collection.
    ///
    /// - Throws: ``HandoverError`` when a source cannot be opened, holds a field the configuration
    ///   does not describe, or lacks a field that is matched on.
    static func make(for configuration: Configuration, scope: ExportScope) async throws -> ExportPlan {
        var plan = ExportPlan()
        for sourceConfiguration in configuration.sources {
            try Task.checkCancellation()
            let source = try configuration.registry.makeSource(sourceConfiguration, in: configuration)
            plan.sources[sourceConfiguration.id] = source
            for collection in sourceConfiguration.collections {
                let projector = RecordProjector(
                    collection: collection, sourceID: sourceConfiguration.id, scope: scope,
                    controllerLanguage: configuration.controller.language)
                let names = try await source.fieldNames(of: collection)
                if let names {
                    let location = Diagnostic.Location(
                        file: source.sourceName, field: collection.table ?? collection.name)
                    try projector.checkDescribed(names, at: location)
                    let matchFields = collection.identities.values.joined() + collection.references.map(\.field)
                    for field in matchFields where !names.contains(field) {
                        throw HandoverError(
                            .configurationInvalid,
                            "field '\(field)' of collection '\(collection.name)' is matched on but is not in the data",
                            at: location, hint: "Check the field names under 'identities' and 'references'")
                    }
                }
                guard collection.allLegalBases.contains(where: scope.includes) else {
                    plan.excluded.append(
                        .init(
                            source: sourceConfiguration.id, name: collection.name,
                            reason:
                                "legal basis \(collection.legalBasis.rawValue) (\(collection.legalBasis.article)) "
                                + "is outside the \(scope.rawValue) scope"))
                    continue
                }
                plan.steps.append(
                    Step(
                        id: CollectionID(source: sourceConfiguration.id, collection: collection.name), source: source,
                        projector: projector, fieldOrder: names))
            }
        }
        return plan
    }

    /// Wraps every source so that one failing during a scan throws a ``SourceFailure`` naming it
    /// (a partial export).
    mutating func tagSourceFailures() {
        for (id, source) in sources {
            sources[id] = FailureTaggingSource(id: id, wrapped: source)
        }
        for index in steps.indices {
            steps[index].source = sources[steps[index].id.source]!
        }
    }

    /// Leaves `failure`'s source out: neither resolution nor assembly reads it again.
    ///
    /// - Returns: Every collection of the source that the bundle would have held, for the manifest;
    ///   one entry with an empty name for a source the bundle holds nothing of (one read only to
    ///   follow identities, or outside the scope).
    mutating func drop(_ failure: SourceFailure) -> [Manifest.MissingCollection] {
        sources[failure.source] = nil
        let names = steps.filter { $0.id.source == failure.source }.map(\.id.collection)
        steps.removeAll { $0.id.source == failure.source }
        return (names.isEmpty ? [""] : names).map {
            Manifest.MissingCollection(
                source: failure.source, name: $0, code: failure.error.code.name, reason: failure.error.description)
        }
    }
}
