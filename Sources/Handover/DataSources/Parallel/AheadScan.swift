import Foundation
import Synchronization

/// A scan of the second part of a file on a thread of its own, while the caller scans the first.
///
/// File sources use both cores this way: the caller reads up to the split point; the ahead scan,
/// started at that point, collects its matching records (with lines counted from the split). Its
/// work counts only if the caller's reading ends exactly at the split — proof that a record
/// starts there — and then its records are handed over in order, with their lines shifted;
/// otherwise (the split fell inside a record, or the ahead scan held more than
/// ``recordBytesLimit`` of records) it is cancelled and the caller reads on by itself. Either way the
/// records and errors are those of one scan from the start.
final class AheadScan: Sendable {
    /// What the ahead scan ended with.
    enum Outcome: Sendable {
        /// Every matching record of its part, in file order.
        case finished([Record])
        /// The first error of its part (lines counted from the split).
        case failed(any Error)
        /// More records than it may hold, or cancelled: its part must be read again.
        case abandoned
    }

    /// The most record bytes (roughly: text plus a per-field overhead) an ahead scan holds.
    static let recordBytesLimit = 8 << 20

    private struct State {
        var records: [Record] = []
        var bytes = 0
        var outcome: Outcome?
    }

    private let state = Locked(State())
    private let cancelled = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread; it hands records to ``emit(_:)`` and stops when that says so.
    init(_ work: @escaping @Sendable (AheadScan) throws -> Void) {
        let thread = Thread { [self] in
            let outcome: Outcome
            do {
                try work(self)
                outcome = self.isCancelled ? .abandoned : .finished(self.state.withLock { $0.records })
            } catch {
                outcome = self.isCancelled ? .abandoned : .failed(error)
            }
            self.state.withLock {
                $0.records = []
                $0.outcome = outcome
            }
            self.done.signal()
        }
        thread.start()
    }

    /// Whether the work should stop.
    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Keeps `record`; answers `false` (and gives up) when the limit is passed.
    func emit(_ record: Record) -> Bool {
        let size = record.estimatedSize
        let kept = state.withLock { state in
            state.bytes += size
            guard state.bytes <= Self.recordBytesLimit else { return false }
            state.records.append(record)
            return true
        }
        if !kept { cancel() }
        return kept
    }

    /// Asks the work to stop; its records will not be used.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    /// Waits for the work to end and returns how it ended.
    func wait() -> Outcome {
        if let outcome = state.withLock({ $0.outcome }) { return outcome }
        done.wait()
        done.signal()
        return state.withLock { $0.outcome ?? .abandoned }
    }

    /// The size of `file` in bytes, for progress.
    static func size(of file: URL) -> Int64? {
        (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int).map(Int64.init)
    }

    /// Where a second thread may start reading `file`: just after the first line feed past its
    /// middle; `nil` when the file is smaller than `threshold` or the machine has one core.
    static func splitPoint(of file: URL, threshold: Int) -> Int? {
        guard ProcessInfo.processInfo.activeProcessorCount >= 2,
            let size = try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int,
            size >= threshold, let handle = FileHandle(forReadingAtPath: file.path)
        else { return nil }
        defer { try? handle.close() }
        let middle = size / 2
        guard (try? handle.seek(toOffset: UInt64(middle))) != nil,
            let chunk = try? handle.read(upToCount: 1 << 20), let lineFeed = chunk.firstIndex(of: 0x0A)
        else { return nil }
        let split = middle + (lineFeed - chunk.startIndex) + 1
        return split < size ? split : nil
    }

    /// Once the caller has read up to the split, which line `base` starts: hands the ahead scan's
    /// records to `body` with their lines shifted, or throws its error with its line shifted.
    ///
    /// - Returns: `false` when the ahead scan was abandoned and the caller must read on itself.
    func handOver(startingAtLine base: Int, to body: (Record) throws -> Void) throws -> Bool {
        switch wait() {
        case .finished(let records):
            for var record in records {
                record.location = Self.shift(record.location, toLine: base) ?? record.location
                try body(record)
            }
            return true
        case .failed(var error as HandoverError):
            error.location = Self.shift(error.location, toLine: base)
            throw error
        case .failed(let error):
            throw error
        case .abandoned:
            return false
        }
    }

    /// `location` with its line counted from line `base` of the file instead of from 1.
    static func shift(_ location: Diagnostic.Location?, toLine base: Int) -> Diagnostic.Location? {
        guard var location, let line = location.line else { return location }
        location.line = base + line - 1
        return location
    }
}
