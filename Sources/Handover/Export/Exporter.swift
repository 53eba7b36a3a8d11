import Crypto
public import Foundation

/// Exports one data subject's records into a bundle: the library's main entry point.
///
/// ## Usage
///
/// ```swift
/// let configuration = try ConfigurationLoader().load(from: URL(fileURLWithPath: "handover.yaml"))
/// let exporter = Exporter(configuration: configuration)
/// let summary = try await exporter.export(
///     ExportRequest(identifiers: [SubjectIdentifier(type: "email", value: "alice@example.com")]),
///     to: URL(fileURLWithPath: "alice.zip"))
/// print(summary.recordCount)
/// ```
///
/// The pipeline: the ``SubjectResolver`` turns identifiers into per-collection criteria; each
/// ``DataSource`` streams the matching records; a projector drops secret and ignored fields and
/// checks the rest; the `data.json` and `data.xml` writers stream each record to disk; the
/// manifest records sizes and checksums; the entries are zipped and the zip is moved onto the
/// target in one rename. Nothing is held in memory but the record in flight.
public struct Exporter: Sendable {
    /// The program name and version written into manifests.
    public static let generator = Manifest.Generator(name: "handover", version: "0.1.0")

    /// The configuration.
    public let configuration: Configuration
    /// The registry that opens the configuration's sources: the one it was loaded with.
    public var registry: DataSourceRegistry { configuration.registry }
    /// How many key values the resolver keeps in memory per key set before spilling to disk.
    public var keyMemoryLimit = KeySet.defaultMemoryLimit

    /// Creates an exporter.
    ///
    /// - Parameter configuration: The checked configuration, from a ``ConfigurationLoader`` given
    ///   the source kinds it uses.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Exports the subject's records into a new bundle at `target`.
    ///
    /// The bundle is built in a private directory beside `target` and moved onto it only when
    /// complete and synced to disk; on any error nothing is left at `target` (an existing file there
    /// is left as it was) and the staging directory is removed. The target is checked before
    /// anything is read (see ``OutputTarget``): it is never one of the export's inputs nor anything
    /// but a regular file, and an existing file is replaced only with `replacingExisting`.
    ///
    /// - Parameters:
    ///   - request: Whose data, in which scope.
    ///   - target: The zip file to create.
    ///   - replacingExisting: Whether an existing regular file at `target` may be replaced.
    ///   - progress: Called as collections are searched.
    /// - Returns: The manifest and the record count.
    /// - Throws: ``HandoverError``.
    public func export(
        _ request: ExportRequest, to target: URL, replacingExisting: Bool = false,
        progress: (@Sendable (ExportEvent) -> Void)? = nil
    ) async throws -> ExportSummary {
        let output = try OutputTarget(target, inputs: configuration.inputFiles, replacesExisting: replacingExisting)
        let resolver = SubjectResolver(configuration: configuration, memoryLimit: keyMemoryLimit)
        // Identifiers are checked before any source is opened, and normalised once.
        let normalized = try resolver.normalize(request.identifiers)
        var phaseStart = Date()
        func finishPhase(_ name: String) {
            let now = Date()
            progress?(.phaseFinished(name: name, seconds: now.timeIntervalSince(phaseStart)))
            phaseStart = now
        }
        let plan = try await makePlan(scope: request.scope)
        finishPhase("plan")
        let subject = try await resolver.resolve(normalized: normalized, sources: plan.sources, progress: progress)
        finishPhase("resolution")

        let staging = try StagingArea(for: target)
        defer { staging.discard() }
        let created = request.deterministic ? Self.fixedDate : Date()
        let headers = plan.steps.map { $0.projector.header(fieldOrder: $0.fieldOrder) }
        let language =
            request.language ?? configuration.controller.language.flatMap(PageLanguage.init(tag:)) ?? .en
        let jsonSink = try FileSink(creating: staging.file("data.json"))
        let xmlSink = try FileSink(creating: staging.file("data.xml"))
        let htmlSink = try FileSink(creating: staging.file("index.html"))
        let writers: [any BundleContentWriter] = [
            DataJSONWriter(sink: jsonSink), try DataXMLWriter(sink: xmlSink),
            IndexHTMLWriter(sink: htmlSink, language: language, collections: headers, created: Self.day(of: created)),
        ]

        let header = BundleHeader(
            controller: configuration.controller, identifiers: request.identifiers, discovered: subject.discovered,
            scope: request.scope)
        for writer in writers { try writer.begin(header) }
        var counts: [Manifest.CollectionCount] = []
        for (step, collectionHeader) in zip(plan.steps, headers) {
            let id = CollectionID(source: step.sourceID, collection: step.projector.collection.name)
            progress?(.collectionStarted(source: id.source, collection: id.collection))
            let started = Date()
            for writer in writers { try writer.beginCollection(collectionHeader) }
            let criteria = subject.criteria(for: step.projector.collection, in: step.sourceID)
            var count = 0
            let write = { (record: Record) throws in
                guard step.projector.includes(record) else { return }
                let exported = try step.projector.project(record)
                for writer in writers { try writer.write(exported) }
                count += 1
            }
            if let records = subject.scannedRecords(of: id, matching: criteria) {
                // Found by the resolution with these very criteria: not read again.
                for record in records { try write(record) }
            } else {
                try await step.source.scan(step.projector.collection, matching: criteria, write)
            }
            for writer in writers { try writer.endCollection(recordCount: count) }
            counts.append(.init(source: id.source, name: id.collection, records: count))
            progress?(
                .collectionFinished(
                    source: id.source, collection: id.collection, records: count,
                    seconds: Date().timeIntervalSince(started)))
        }
        for writer in writers { try writer.finish() }
        let json = try jsonSink.finish()
        let xml = try xmlSink.finish()
        let html = try htmlSink.finish()

        finishPhase("collections")
        progress?(.packaging)
        let entries = [
            Manifest.Entry(path: "data.json", mediaType: "application/json", size: json.size, sha256: json.sha256),
            Manifest.Entry(path: "data.xml", mediaType: "application/xml", size: xml.size, sha256: xml.sha256),
            Manifest.Entry(path: "index.html", mediaType: "text/html", size: html.size, sha256: html.sha256),
        ]
        let manifest = Manifest(
            formatVersion: BundleHeader.formatVersion, generator: Self.generator,
            bundleId: request.deterministic
                ? Self.contentID(entries, identifiers: request.identifiers) : UUID().uuidString.lowercased(),
            createdAt: Self.timestamp(created), scope: request.scope,
            subject: request.identifiers.map { .init(type: $0.type, value: $0.value) },
            discoveredIdentifiers: subject.discovered, collections: counts, excluded: plan.excluded,
            entries: entries)
        let manifestSink = try FileSink(creating: staging.file("manifest.json"))
        try manifest.encoded().withUnsafeBytes { try manifestSink.write($0) }
        let manifestFile = try manifestSink.finish()

        var members = entries.map { BundleArchiver.Member(path: $0.path, file: staging.file($0.path), size: $0.size) }
        members.append(.init(path: "manifest.json", file: staging.file("manifest.json"), size: manifestFile.size))
        members.sort { $0.path < $1.path }
        let archive = staging.file("bundle.zip")
        try BundleArchiver(modificationDate: created).write(members, to: archive)
        try staging.commit(archive, replacing: output.replacesExisting)
        finishPhase("packaging")
        return ExportSummary(bundle: target, manifest: manifest)
    }

    /// Removes the staging directories of exports that have not finished.
    ///
    /// An export builds its bundle in a private directory beside the target. When the process is
    /// interrupted (SIGINT, SIGTERM) that directory would stay behind with personal data in it; a
    /// signal handler calls this before exiting. The CLI does so.
    public static func removeUnfinishedBundles() {
        StagingArea.discardAllActive()
    }

    /// One collection to export, with its source and what the source says of its fields.
    private struct Step {
        var sourceID: String
        var source: any DataSource
        var projector: RecordProjector
        var fieldOrder: [String]?
    }

    /// What an export reads: every source, and the collections the scope includes.
    private struct Plan {
        var sources: [String: any DataSource] = [:]
        var steps: [Step] = []
        var excluded: [Manifest.ExcludedCollection] = []
    }

    /// Builds every source and checks every collection's fields before anything is read or written.
    private func makePlan(scope: ExportScope) async throws -> Plan {
        var plan = Plan()
        for sourceConfiguration in configuration.sources {
            let source = try registry.makeSource(sourceConfiguration, in: configuration)
            plan.sources[sourceConfiguration.id] = source
            for collection in sourceConfiguration.collections {
                let projector = RecordProjector(collection: collection, sourceID: sourceConfiguration.id, scope: scope)
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
                    Step(sourceID: sourceConfiguration.id, source: source, projector: projector, fieldOrder: names))
            }
        }
        return plan
    }

    /// The date deterministic bundles carry: 1980-01-01T00:00:00Z, the earliest a zip can store.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The calendar day of `date` in UTC.
    static func day(of date: Date) -> (year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = calendar.dateComponents([.year, .month, .day], from: date)
        return (components.year ?? 1980, components.month ?? 1, components.day ?? 1)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A UUID-shaped id (RFC 9562 version 8) derived from the entries' checksums and the subject.
    static func contentID(_ entries: [Manifest.Entry], identifiers: [SubjectIdentifier]) -> String {
        var hasher = SHA256()
        for entry in entries { hasher.update(data: Data("\(entry.path)\u{0}\(entry.sha256)\u{0}".utf8)) }
        for identifier in identifiers {
            hasher.update(data: Data("\(identifier.type)\u{0}\(identifier.value)\u{0}".utf8))
        }
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(
                hex[
                    hex.index(
                        hex.startIndex, offsetBy: range.lowerBound)..<hex.index(
                            hex.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }
}
