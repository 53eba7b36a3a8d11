import Foundation
import Handover
import Synchronization

/// Shows an export's progress on standard error: on a terminal, a line that moves (phase,
/// collection, percentage, MB/s, time left) redrawn a few times a second above the finished
/// collections; otherwise one plain line per finished collection and phase, with no control
/// characters.
final class ProgressDisplay: Sendable {
    /// How the display writes.
    enum Mode {
        /// A live line redrawn in place: standard error is a terminal.
        case live
        /// Plain lines only: standard error is a file or a pipe.
        case plain
    }

    private struct State {
        /// When the current scan started, and its collection.
        var scanStart: ContinuousClock.Instant?
        var lastDrawn: ContinuousClock.Instant?
        var liveLineShown = false
    }

    private let mode: Mode
    private let state = Mutex(State())
    private let write: @Sendable (String) -> Void

    /// The least time between two redraws of the live line.
    static let redrawInterval = Duration.milliseconds(250)

    /// A display for standard error, live when it is a terminal.
    convenience init() {
        self.init(mode: isatty(STDERR_FILENO) == 1 ? .live : .plain) {
            FileHandle.standardError.write(Data($0.utf8))
        }
    }

    init(mode: Mode, write: @escaping @Sendable (String) -> Void) {
        self.mode = mode
        self.write = write
    }

    /// Shows `event`.
    func show(_ event: ExportEvent) {
        switch event {
        case .resolving(let source, let collection, let round):
            state.withLock { $0.scanStart = .now }
            line("  following \(source)/\(collection) (round \(round))")
        case .collectionStarted:
            state.withLock { $0.scanStart = .now }
        case .scanProgress(let source, let collection, let read, let total, let records):
            guard mode == .live else { return }
            let now = ContinuousClock.now
            let text: String? = state.withLock { state in
                if let last = state.lastDrawn, now - last < Self.redrawInterval { return nil }
                state.lastDrawn = now
                state.liveLineShown = true
                let elapsed = state.scanStart.map { (now - $0).seconds } ?? 0
                return Self.liveLine(
                    "\(source)/\(collection)", read: read, total: total, records: records, seconds: elapsed)
            }
            if let text { write("\r\u{1B}[2K" + text) }
        case .collectionFinished(let source, let collection, let records, let seconds):
            line(
                "  \(source)/\(collection): \(records) record\(records == 1 ? "" : "s") (\(String(format: "%.2f", seconds)) s)"
            )
        case .packaging:
            line("  packaging bundle…")
        case .phaseFinished(let name, let seconds):
            line("  phase \(name): \(String(format: "%.2f", seconds)) s")
        }
    }

    /// Writes a finished line, first clearing the live line if one is shown.
    private func line(_ text: String) {
        let clear = state.withLock { state in
            defer { state.liveLineShown = false }
            return state.liveLineShown
        }
        write((clear ? "\r\u{1B}[2K" : "") + text + "\n")
    }

    /// `  reading shop/orders  45%  120.3 MB/s  0:12 left  1,234 records`.
    static func liveLine(_ name: String, read: Int64, total: Int64?, records: Int, seconds: Double) -> String {
        var parts = ["  reading \(name)"]
        let rate = seconds > 0 ? Double(read) / seconds : 0
        if let total, total > 0 {
            parts.append("\(min(100, Int(Double(read) * 100 / Double(total))))%")
            if rate > 0 {
                parts.append(String(format: "%.1f MB/s", rate / 1e6))
                let left = Int((Double(total - read) / rate).rounded(.up))
                parts.append("\(left / 60):\(String(format: "%02d", left % 60)) left")
            }
        } else if read > 0 {
            parts.append(String(format: "%.1f MB", Double(read) / 1e6))
        }
        parts.append("\(records) record\(records == 1 ? "" : "s")")
        return parts.joined(separator: "  ")
    }
}

extension Duration {
    fileprivate var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
