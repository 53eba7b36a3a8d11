public import Foundation
public import Logging

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
/// An export runs in four stages, each in its own folder:
/// 1. **plan** (`Export/Plan/`): every source opened with the configuration's registry, every
///    collection's fields checked against the data, the scope applied;
/// 2. **resolution** (`Resolution/`): the ``SubjectResolver`` follows identifiers and references to
///    a fixpoint, giving per-collection criteria;
/// 3. **assembly** (`Export/Assembly/`): each collection's matching records are projected (secret
///    and ignored fields dropped, the rest checked) and streamed through the writers of `data.json`,
///    `data.xml` and `index.html`; the manifest lists the entries assembled, with their sizes and
///    checksums; everything is zipped in a private staging directory;
/// 4. **output** (`Export/Output/`): a ``BundleOutput`` delivers the finished zip — a
///    ``FileOutput`` in one rename, a ``StreamOutput`` to a caller's writer.
///
/// Nothing is held in memory but the record in flight (and, within a bound, the records the
/// resolution found). Cancelling the task stops the export between rounds, collections and blocks
/// of records; a cancelled or failed export delivers nothing and removes its staging directory.
public struct Exporter: Sendable {
    /// The program name and version written into manifests.
    public static let generator = Manifest.Generator(name: "handover", version: "0.1.0")

    /// The configuration.
    public let configuration: Configuration
    /// The registry that opens the configuration's sources: the one it was loaded with.
    public var registry: DataSourceRegistry { configuration.registry }
    /// How many key values the resolver keeps in memory per key set before spilling to disk.
    public var keyMemoryLimit = KeySet.defaultMemoryLimit
    /// Where the export logs: its start, phases, collections and end, with the request's id as
    /// metadata `request-id`, and never a value from the data or an identifier. Silent by default.
    public var logger = Logger(label: "handover", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Creates an exporter.
    ///
    /// - Parameter configuration: The checked configuration, from a ``ConfigurationLoader`` given
    ///   the source kinds it uses.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Exports the subject's records into a new bundle file at `target`.
    ///
    /// The same as ``export(_:into:progress:)`` with a ``FileOutput``: the target is checked before
    /// anything is read (never one of the export's inputs nor anything but a regular file; an existing
    /// file only with `replacingExisting`), and on any error nothing is left there.
    ///
    /// - Parameters:
    ///   - request: Whose data, in which scope.
    ///   - target: The zip file to create.
    ///   - replacingExisting: Whether an existing regular file at `target` may be replaced.
    ///   - progress: Called as the export advances.
    /// - Returns: The manifest and the record count.
    /// - Throws: ``HandoverError``; with code ``Diagnostic/Code/cancelled`` when the task is cancelled.
    public func export(
        _ request: ExportRequest, to target: URL, replacingExisting: Bool = false,
        progress: (@Sendable (ExportEvent) -> Void)? = nil
    ) async throws -> ExportSummary {
        try await export(request, into: FileOutput(target, replacesExisting: replacingExisting), progress: progress)
            .with(bundle: target)
    }

    /// Exports the subject's records into a bundle delivered by `output`.
    ///
    /// - Parameters:
    ///   - request: Whose data, in which scope.
    ///   - output: Where the finished bundle goes; checked before anything is read.
    ///   - progress: Called as the export advances.
    /// - Returns: The manifest and the record count.
    /// - Throws: ``HandoverError``; with code ``Diagnostic/Code/cancelled`` when the task is cancelled
    ///   (nothing is delivered then).
    public func export(
        _ request: ExportRequest, into output: some BundleOutput, progress: (@Sendable (ExportEvent) -> Void)? = nil
    ) async throws -> ExportSummary {
        var logger = logger
        logger[metadataKey: "request-id"] = "\(request.id)"
        let log = logger
        log.info(
            "export started",
            metadata: [
                "scope": "\(request.scope.rawValue)",
                "identifier-types": "\(Set(request.identifiers.map(\.type)).sorted().joined(separator: ","))",
            ])
        do {
            let summary = try await run(request, into: output) { event in
                Self.log(event, to: log)
                progress?(event)
            }
            log.info(
                "export finished",
                metadata: [
                    "records": "\(summary.recordCount)", "bytes": "\(summary.bytes)",
                    "warnings": "\(summary.warnings.map(\.code.name).joined(separator: ","))",
                ])
            return summary
        } catch let error as CancellationError {
            log.notice("export cancelled")
            throw HandoverError(
                .cancelled, "the export was cancelled; no bundle was delivered",
                hint: "Start the export again when it is wanted", underlying: error)
        } catch let error as HandoverError {
            log.error("export failed", metadata: ["code": "\(error.code.name)", "error": "\(error.description)"])
            throw error
        } catch {
            log.error("export failed", metadata: ["error": "\(type(of: error))"])
            throw error
        }
    }

    private func run(
        _ request: ExportRequest, into output: some BundleOutput, progress: (@Sendable (ExportEvent) -> Void)?
    ) async throws -> ExportSummary {
        try output.check(inputs: configuration.inputFiles)
        let resolver = SubjectResolver(configuration: configuration, memoryLimit: keyMemoryLimit)
        // Identifiers are checked before any source is opened, and normalised once.
        let normalized = try resolver.normalize(request.identifiers)
        var phaseStart = ContinuousClock.now
        var phases: [ExportSummary.Phase] = []
        func finishPhase(_ name: String) {
            let now = ContinuousClock.now
            let seconds = (now - phaseStart).seconds
            phases.append(.init(name: name, seconds: seconds))
            progress?(.phaseFinished(name: name, seconds: seconds))
            phaseStart = now
        }

        var plan = try await ExportPlan.make(for: configuration, scope: request.scope)
        if request.allowsPartial { plan.tagSourceFailures() }
        finishPhase("plan")

        // A partial export starts again without a source that failed, until one attempt reads every
        // source left: nothing half-read from a failed source reaches the bundle.
        var missing: [Manifest.MissingCollection] = []
        while true {
            do {
                let archive = try await attempt(
                    request, plan: plan, normalized: normalized, resolver: resolver, missing: missing,
                    output: output, progress: progress, finishPhase: finishPhase)
                var summary = ExportSummary(
                    bundle: nil, manifest: archive.manifest, bytes: archive.bytes, phases: phases)
                summary.warnings = archive.warnings
                return summary
            } catch let failure as SourceFailure {
                log(failure, request: request)
                missing += plan.drop(failure)
                phaseStart = ContinuousClock.now
            }
        }
    }

    /// One attempt at an export from the resolution on: the bundle delivered, or the error that
    /// stopped it (a ``SourceFailure`` in a partial export, which the caller retries without it).
    private func attempt(
        _ request: ExportRequest, plan: ExportPlan, normalized: [String: [String]], resolver: SubjectResolver,
        missing: [Manifest.MissingCollection], output: some BundleOutput,
        progress: (@Sendable (ExportEvent) -> Void)?, finishPhase: (String) -> Void
    ) async throws -> (manifest: Manifest, bytes: Int64, warnings: [Diagnostic]) {
        let subject = try await resolver.resolve(normalized: normalized, sources: plan.sources, progress: progress)
        let unlinked = try await Self.unlinkedGroups(normalized, resolver: resolver, sources: plan.sources)
        finishPhase("resolution")

        let staging = try StagingArea(in: output.workingDirectory, name: "bundle")
        defer { staging.discard() }
        let created = request.deterministic ? BundlePackager.fixedDate : Date()
        let language =
            request.language ?? configuration.controller.language.flatMap(PageLanguage.init(tag:)) ?? .en
        let assembler = BundleAssembler(
            plan: plan, subject: subject,
            header: BundleHeader(
                controller: configuration.controller, identifiers: request.identifiers,
                discovered: subject.discovered, scope: request.scope, missing: missing,
                identityTypes: configuration.identityTypes, extensions: configuration.extensions),
            formats: BundleEntryFormat.version1(
                language: language, collections: plan.steps.map { $0.projector.header(fieldOrder: $0.fieldOrder) },
                created: BundlePackager.day(of: created)))
        let assembled = try await assembler.assemble(into: staging, progress: progress)
        finishPhase("collections")

        progress?(.packaging)
        let packager = BundlePackager(
            request: request, discovered: subject.discovered, excluded: plan.excluded, missing: missing,
            created: created)
        let (manifest, archive) = try packager.package(assembled, in: staging)
        try Task.checkCancellation()
        let bytes = (try? FileManager.default.attributesOfItem(atPath: archive.path)[.size] as? Int).map(Int64.init)
        try await output.deliver(archive)
        finishPhase("packaging")
        var warnings: [Diagnostic] = []
        if unlinked.count > 1 {
            let groups = unlinked.map { $0.joined(separator: " + ") }.joined(separator: "; ")
            warnings.append(
                Diagnostic(
                    .warning, .unlinkedIdentifiers,
                    "the subject's identifiers lead to records that share no identifier or key (\(groups)); they "
                        + "may be two people's",
                    hint: "Check that every identifier given is the same person's before sending the bundle"))
        }
        if manifest.collections.allSatisfy({ $0.records == 0 }) && missing.isEmpty {
            let types = Set(request.identifiers.map(\.type)).sorted().joined(separator: ", ")
            warnings.append(
                Diagnostic(
                    .warning, .noRecordsFound,
                    "no record of the subject was found (identifier types tried: \(types)); the bundle says so",
                    hint: "Check the identifiers for typos before sending a bundle that holds nothing"))
        }
        for source in Set(missing.map(\.source)).sorted() {
            let names = missing.filter { $0.source == source }.map(\.name).filter { !$0.isEmpty }
            warnings.append(
                Diagnostic(
                    .warning, .sourceFailed,
                    "source '\(source)' failed while it was read, so the bundle lacks "
                        + (names.isEmpty
                            ? "what it would have found through it" : "collections \(names.joined(separator: ", "))")
                        + " (the manifest's 'missing' says why)",
                    hint:
                        "Fix the source and export again before sending the bundle, or tell the subject that part is missing"
                ))
        }
        return (manifest, bytes ?? 0, warnings)
    }

    /// Logs a source that failed in a partial export: its id and error code, never a value.
    private func log(_ failure: SourceFailure, request: ExportRequest) {
        logger.warning(
            "source failed; exporting without it",
            metadata: [
                "request-id": "\(request.id)", "source": "\(failure.source)", "code": "\(failure.error.code.name)",
            ])
    }

    /// When several identifiers are given: each is followed on its own, and those whose resolutions
    /// share an identifier or a key are grouped. One group means the data links them all; more
    /// mean it does not. Groups name identifiers by type and position (`email #1`), never by value.
    private static func unlinkedGroups(
        _ normalized: [String: [String]], resolver: SubjectResolver, sources: [String: any DataSource]
    ) async throws -> [[String]] {
        let single = normalized.sorted { $0.key < $1.key }.flatMap { type, values in
            values.enumerated().map { (name: "\(type) #\($0.offset + 1)", type: type, value: $0.element) }
        }
        guard single.count > 1 else { return [] }
        var subjects: [ResolvedSubject] = []
        for identifier in single {
            subjects.append(
                try await resolver.resolve(normalized: [identifier.type: [identifier.value]], sources: sources))
        }
        // Union of those that share something.
        var group = Array(single.indices)
        func root(_ index: Int) -> Int { group[index] == index ? index : root(group[index]) }
        for first in single.indices {
            for second in single.indices where second > first && root(first) != root(second) {
                if try subjects[first].shares(with: subjects[second]) { group[root(second)] = root(first) }
            }
        }
        let roots = Dictionary(grouping: single.indices, by: root)
        return roots.keys.sorted().map { roots[$0]!.map { single[$0].name } }
    }

    /// Logs what an event says, at debug level for progress and info for phases.
    private static func log(_ event: ExportEvent, to logger: Logger) {
        switch event {
        case .resolving(let source, let collection, let round):
            logger.debug(
                "following references", metadata: ["collection": "\(source)/\(collection)", "round": "\(round)"])
        case .collectionFinished(let source, let collection, let records, let seconds):
            logger.debug(
                "collection read",
                metadata: [
                    "collection": "\(source)/\(collection)", "records": "\(records)",
                    "seconds": "\(String(format: "%.3f", seconds))",
                ])
        case .phaseFinished(let name, let seconds):
            logger.info(
                "phase finished", metadata: ["phase": "\(name)", "seconds": "\(String(format: "%.3f", seconds))"])
        case .scanProgress(let source, let collection, let read, let total, let records):
            logger.trace(
                "reading",
                metadata: [
                    "collection": "\(source)/\(collection)", "bytes-read": "\(read)",
                    "bytes-total": "\(total.map(String.init) ?? "?")", "records": "\(records)",
                ])
        case .collectionStarted, .packaging:
            break
        }
    }

    /// Removes the staging directories of exports that have not finished.
    ///
    /// An export builds its bundle in a private staging directory. When the process is interrupted
    /// (SIGINT, SIGTERM, SIGHUP) that directory would stay behind with personal data in it; a signal
    /// handler calls this before exiting. The CLI does so. A directory left by a process that was
    /// killed outright is removed by the next export into the same folder.
    public static func removeUnfinishedBundles() {
        StagingArea.discardAllActive()
    }
}
