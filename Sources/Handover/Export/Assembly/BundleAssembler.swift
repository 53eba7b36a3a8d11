/// The third stage of an export: the subject's records, collection by collection, written through
/// every entry's writer (each on a thread of its own, see ``BackgroundContentWriter``) into files
/// of a staging area.
///
/// A collection the resolution already read with the same criteria is not read again. Cancellation
/// is checked between collections and between blocks of records.
struct BundleAssembler {
    /// What assembly produced: the entries as the manifest lists them, and the records per collection.
    struct Result {
        var entries: [Manifest.Entry]
        var counts: [Manifest.CollectionCount]
    }

    var plan: ExportPlan
    var subject: ResolvedSubject
    var header: BundleHeader
    var formats: [BundleEntryFormat]

    /// Writes every entry into `staging`.
    ///
    /// - Throws: ``HandoverError`` from sources and writers; `CancellationError` when cancelled.
    func assemble(into staging: StagingArea, progress: (@Sendable (ExportEvent) -> Void)?) async throws -> Result {
        let sinks = try formats.map { try FileSink(creating: staging.file($0.path), syncs: false) }
        // Each entry is written on a thread of its own while this one reads the sources.
        let writers = try zip(formats, sinks).map { BackgroundContentWriter(try $0.makeWriter($1, staging)) }
        var finished = false
        defer { if !finished { for writer in writers { writer.stop() } } }
        for writer in writers { try writer.begin(header) }
        var counts: [Manifest.CollectionCount] = []
        for step in plan.steps {
            try Task.checkCancellation()
            let id = step.id
            progress?(.collectionStarted(source: id.source, collection: id.collection))
            let started = ContinuousClock.now
            let collectionHeader = step.projector.header(fieldOrder: step.fieldOrder)
            for writer in writers { try writer.beginCollection(collectionHeader) }
            let criteria = subject.criteria(for: step.projector.collection, in: id.source)
            var count = 0
            try await ScanReporting.run(source: id.source, collection: id.collection, progress: progress) { scan in
                let write = { (record: Record) throws in
                    guard step.projector.includes(record) else { return }
                    let exported = try step.projector.project(record)
                    for writer in writers { try writer.write(exported) }
                    count += 1
                    scan?.recordFound()
                    if count % CancellationPoints.recordBlock == 0 { try Task.checkCancellation() }
                }
                if let records = subject.scannedRecords(of: id, matching: criteria) {
                    // Found by the resolution with these very criteria: not read again.
                    for record in records { try write(record) }
                } else {
                    try await step.source.scan(step.projector.collection, matching: criteria, write)
                }
            }
            for writer in writers { try writer.endCollection(recordCount: count) }
            counts.append(.init(source: id.source, name: id.collection, records: count))
            progress?(
                .collectionFinished(
                    source: id.source, collection: id.collection, records: count,
                    seconds: (ContinuousClock.now - started).seconds))
        }
        for writer in writers { try writer.finish() }
        finished = true
        var entries: [Manifest.Entry] = []
        for (format, sink) in zip(formats, sinks) {
            let file = try sink.finish()
            entries.append(
                Manifest.Entry(path: format.path, mediaType: format.mediaType, size: file.size, sha256: file.sha256))
        }
        return Result(entries: entries, counts: counts)
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
