import Foundation

/// Runs one entry's writer on a thread of its own, so that `data.json`, `data.xml` and
/// `index.html` are written (and hashed) at the same time while the sources are read.
///
/// Calls are queued in order, in batches of ``batchSize``; at most ``queuedBatches`` batches wait,
/// so memory stays bounded and a slow writer holds the reading back. The first error the writer
/// throws is thrown to the caller by its next call (or by ``finish()``), and the operations after
/// it are dropped. ``stop()`` ends the thread without finishing the document, for an export that
/// failed elsewhere; ``finish()`` or ``stop()`` must be called once, and both wait for the thread.
///
/// The writers were written one after the other on the reading thread before: with 30,000
/// records from PostgreSQL, writing took three quarters of the export's time on one of two cores.
final class BackgroundContentWriter: BundleContentWriter, @unchecked Sendable {
    /// How many calls go to the thread at once.
    static let batchSize = 256
    /// How many batches may wait for the thread.
    static let queuedBatches = 4

    private enum Operation: Sendable {
        case begin(BundleHeader)
        case beginCollection(CollectionHeader)
        case write(ExportedRecord)
        case endCollection(Int)
        case finish
        case stop
    }

    private let inner: any BundleContentWriter
    /// The calls not yet handed over; only the caller's thread touches it.
    private var pending: [Operation] = []
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var queue: [[Operation]] = []
    private var failure: (any Error)?
    private var ended = false

    /// Starts the thread that will run `inner`.
    init(_ inner: any BundleContentWriter) {
        self.inner = inner
        pending.reserveCapacity(Self.batchSize)
        let thread = Thread { [self] in run() }
        thread.name = "handover.writer"
        thread.start()
    }

    func begin(_ header: BundleHeader) throws { try enqueue(.begin(header)) }
    func beginCollection(_ collection: CollectionHeader) throws { try enqueue(.beginCollection(collection)) }
    func write(_ record: ExportedRecord) throws { try enqueue(.write(record)) }
    func endCollection(recordCount: Int) throws { try enqueue(.endCollection(recordCount)) }

    /// Finishes the document and waits until the writer has written all of it.
    func finish() throws {
        pending.append(.finish)
        try handOver(waitingForRoom: true)
        try waitUntilEnded()
    }

    /// Ends the thread without finishing the document, and waits for it; errors are dropped.
    func stop() {
        pending.append(.stop)
        try? handOver(waitingForRoom: false)
        try? waitUntilEnded()
    }

    private func enqueue(_ operation: Operation) throws {
        pending.append(operation)
        if pending.count >= Self.batchSize { try handOver(waitingForRoom: true) }
    }

    private func handOver(waitingForRoom: Bool) throws {
        condition.lock()
        defer { condition.unlock() }
        while waitingForRoom && queue.count >= Self.queuedBatches && failure == nil { condition.wait() }
        if let failure, waitingForRoom { throw failure }
        queue.append(pending)
        pending = []
        pending.reserveCapacity(Self.batchSize)
        condition.broadcast()
    }

    private func waitUntilEnded() throws {
        condition.lock()
        defer { condition.unlock() }
        while !ended { condition.wait() }
        if let failure { throw failure }
    }

    /// The thread: runs the batches in order until `finish` or `stop`.
    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty { condition.wait() }
            let batch = queue.removeFirst()
            let failed = failure != nil
            condition.broadcast()
            condition.unlock()
            var last = false
            var error: (any Error)?
            for operation in batch {
                if case .stop = operation { last = true; break }
                if case .finish = operation { last = true }
                guard !failed && error == nil else { continue }
                do {
                    switch operation {
                    case .begin(let header): try inner.begin(header)
                    case .beginCollection(let collection): try inner.beginCollection(collection)
                    case .write(let record): try inner.write(record)
                    case .endCollection(let count): try inner.endCollection(recordCount: count)
                    case .finish: try inner.finish()
                    case .stop: break
                    }
                } catch let thrown {
                    error = thrown
                }
            }
            condition.lock()
            if let error, failure == nil { failure = error }
            if last { ended = true }
            condition.broadcast()
            condition.unlock()
            if last { return }
        }
    }
}
