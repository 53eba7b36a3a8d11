import Dispatch

/// A task executor for work that blocks a thread — reading files, running SQLite statements — so
/// that it does not hold one of the few threads of Swift's cooperative pool, which a server needs
/// for its requests.
///
/// Scans run with this executor preferred (`withTaskExecutorPreference`): their synchronous reads
/// happen on Dispatch's threads, and every suspension point still sees cancellation.
final class BlockingWorkExecutor: TaskExecutor {
    /// The one executor of the process.
    static let shared = BlockingWorkExecutor()

    private let queue = DispatchQueue(label: "handover.blocking-work", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
