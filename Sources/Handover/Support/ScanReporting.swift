/// Runs a source's scan on the ``BlockingWorkExecutor``, with a ``ScanProgress`` whose reports
/// become ``ExportEvent/scanProgress`` events, at most one every ``interval``.
enum ScanReporting {
    /// The least time between two progress events of one scan.
    static let interval = Duration.milliseconds(100)

    /// Runs `body` with ``ScanProgress/current`` set, when anybody listens to `progress`.
    static func run<Result>(
        source: String, collection: String, progress: (@Sendable (ExportEvent) -> Void)?,
        _ body: (ScanProgress?) async throws -> Result
    ) async throws -> Result {
        // Off the cooperative pool: a source's reads block their thread.
        try await withTaskExecutorPreference(BlockingWorkExecutor.shared) {
            try await report(source: source, collection: collection, progress: progress, body)
        }
    }

    private static func report<Result>(
        source: String, collection: String, progress: (@Sendable (ExportEvent) -> Void)?,
        _ body: (ScanProgress?) async throws -> Result
    ) async throws -> Result {
        guard let progress else { return try await body(nil) }
        let lastSent = Locked(ContinuousClock.now - interval)
        let scan = ScanProgress { scan in
            let now = ContinuousClock.now
            let due = lastSent.withLock { last in
                guard now - last >= interval else { return false }
                last = now
                return true
            }
            guard due else { return }
            progress(
                .scanProgress(
                    source: source, collection: collection, bytesRead: scan.readBytes,
                    bytesTotal: scan.totalBytes, records: scan.recordCount))
        }
        return try await ScanProgress.$current.withValue(scan) { try await body(scan) }
    }
}
