/// An export running in the background: its progress as an asynchronous sequence of events, its
/// summary when it ends, and a way to cancel it.
///
/// ## Usage
///
/// ```swift
/// let run = exporter.start(request, into: FileOutput(bundleURL))
/// Task { for await event in run.events { status.update(with: event) } }
/// let summary = try await run.summary   // or: run.cancel()
/// ```
///
/// The events end when the export does, however it ends. A slow reader of ``events`` does not slow
/// the export: only the newest ``eventBufferSize`` events wait to be read.
public struct ExportRun: Sendable {
    /// How many unread events are kept; older ones are dropped first.
    public static let eventBufferSize = 1024

    /// The export's events, in order, ending when the export ends.
    public let events: AsyncStream<ExportEvent>
    private let task: Task<ExportSummary, any Error>

    init(events: AsyncStream<ExportEvent>, task: Task<ExportSummary, any Error>) {
        self.events = events
        self.task = task
    }

    /// The summary, once the export has ended.
    ///
    /// - Throws: The export's ``HandoverError``; with code ``Diagnostic/Code/cancelled`` after
    ///   ``cancel()``.
    public var summary: ExportSummary {
        get async throws { try await task.value }
    }

    /// Stops the export at its next cancellation point (within a block of records); nothing is
    /// delivered.
    public func cancel() {
        task.cancel()
    }
}

extension Exporter {
    /// Starts exporting the subject's records into a bundle delivered by `output`, and returns at
    /// once.
    ///
    /// - Parameters:
    ///   - request: Whose data, in which scope.
    ///   - output: Where the finished bundle goes; checked before anything is read.
    /// - Returns: The running export.
    public func start(_ request: ExportRequest, into output: some BundleOutput) -> ExportRun {
        let (events, continuation) = AsyncStream.makeStream(
            of: ExportEvent.self, bufferingPolicy: .bufferingNewest(ExportRun.eventBufferSize))
        let task = Task {
            defer { continuation.finish() }
            return try await export(request, into: output) { continuation.yield($0) }
        }
        return ExportRun(events: events, task: task)
    }
}
