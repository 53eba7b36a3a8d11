import Synchronization

/// How far the scan of one collection has come, for progress displays: the bytes a source has read
/// of the bytes it will read, and the records handed over so far.
///
/// The exporter sets one as ``current`` around each scan; a source that knows how much it reads
/// (the file sources) calls ``expect(bytes:)`` once and ``advance(by:)`` as it goes — from any thread,
/// a few times per megabyte at most. A source that does not simply never calls it, and the
/// display shows records only.
public final class ScanProgress: Sendable {
    /// The scan's progress, for a source to report to; `nil` when nobody listens.
    @TaskLocal public static var current: ScanProgress?

    private let bytesRead = Atomic<Int64>(0)
    private let bytesTotal = Atomic<Int64>(-1)
    private let records = Atomic<Int>(0)
    private let changed: @Sendable (ScanProgress) -> Void

    /// Creates a progress that calls `changed` whenever a source reports.
    public init(changed: @escaping @Sendable (ScanProgress) -> Void) {
        self.changed = changed
    }

    /// Says how many bytes the scan will read in all.
    public func expect(bytes: Int64) {
        bytesTotal.store(bytes, ordering: .relaxed)
        changed(self)
    }

    /// Adds `count` bytes read.
    public func advance(by count: Int64) {
        bytesRead.add(count, ordering: .relaxed)
        changed(self)
    }

    /// Counts one record handed over (the exporter does).
    public func recordFound() {
        records.add(1, ordering: .relaxed)
    }

    /// The bytes read so far, never more than ``totalBytes``. (A part of a file read twice — when a
    /// second thread's head start had to be given up — is counted once the total is reached.)
    public var readBytes: Int64 {
        let read = bytesRead.load(ordering: .relaxed)
        return totalBytes.map { min(read, $0) } ?? read
    }

    /// The bytes the scan reads in all, when the source said.
    public var totalBytes: Int64? {
        let total = bytesTotal.load(ordering: .relaxed)
        return total >= 0 ? total : nil
    }

    /// The records handed over so far.
    public var recordCount: Int { records.load(ordering: .relaxed) }
}

extension ScanProgress {
    /// Turns the offsets a reader reaches into ``ScanProgress/advance(by:)`` calls: what a file
    /// source keeps while it reads.
    public struct Tracker {
        private let progress: ScanProgress?
        private var reported: Int

        /// Starts tracking a reader now at `offset` (a second thread's reader starts at its split).
        public init(_ progress: ScanProgress?, from offset: Int) {
            self.progress = progress
            reported = offset
        }

        /// Reports the bytes from the last offset to `offset`.
        public mutating func update(to offset: Int) {
            guard let progress, offset > reported else { return }
            progress.advance(by: Int64(offset - reported))
            reported = offset
        }
    }
}
