import Foundation
import Handover

/// The server's requests: a queue of exports of which at most `limit` run at once, their progress,
/// their bundles, and the removal of bundles past their lifetime.
actor RequestStore {
    private struct Entry {
        var request: ExportRequest
        var status: RequestStatus
        var run: ExportRun?
        var bundle: URL?
    }

    private let exporter: Exporter
    private let directory: URL
    private let limit: Int
    private var entries: [String: Entry] = [:]
    private var queue: [String] = []
    private var running = 0

    init(exporter: Exporter, directory: URL, limit: Int) throws {
        self.exporter = exporter
        self.directory = directory
        self.limit = limit
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// Queues an export and returns its id.
    func create(_ request: ExportRequest) -> RequestStatus {
        let id = UUID().uuidString.lowercased()
        let status = RequestStatus(status: "queued", id: id, createdAt: Date())
        entries[id] = Entry(request: request, status: status)
        queue.append(id)
        startQueued()
        return entries[id]!.status
    }

    /// The request's status, or `nil` for an unknown id.
    func status(_ id: String) -> RequestStatus? { entries[id]?.status }

    /// The finished bundle of the request, or `nil` when it is not (yet) there.
    func bundle(_ id: String) -> URL? {
        guard let entry = entries[id], entry.status.status == "completed" else { return nil }
        return entry.bundle
    }

    /// Cancels a queued or running export; answers whether the id was known.
    func cancel(_ id: String) -> Bool {
        guard let entry = entries[id] else { return false }
        if let index = queue.firstIndex(of: id) {
            queue.remove(at: index)
            entries[id]?.status.status = "cancelled"
            entries[id]?.status.finishedAt = Date()
        } else {
            entry.run?.cancel()
        }
        return true
    }

    /// Forgets requests finished longer than `lifetime` ago, removing their bundles.
    func removeFinished(before cutoff: Date) {
        for (id, entry) in entries {
            guard let finished = entry.status.finishedAt, finished < cutoff else { continue }
            if let bundle = entry.bundle { try? FileManager.default.removeItem(at: bundle) }
            entries[id] = nil
        }
    }

    private func startQueued() {
        while running < limit, !queue.isEmpty {
            let id = queue.removeFirst()
            guard let request = entries[id]?.request else { continue }
            let target = directory.appendingPathComponent("\(id).zip")
            let run = exporter.start(request, into: FileOutput(target))
            running += 1
            entries[id]?.run = run
            entries[id]?.status.status = "running"
            Task { for await event in run.events { self.record(event, of: id) } }
            Task {
                do {
                    let summary = try await run.summary
                    self.finish(id, summary: summary, bundle: target)
                } catch {
                    self.finish(id, error: error)
                }
            }
        }
    }

    private func record(_ event: ExportEvent, of id: String) {
        guard entries[id]?.status.status == "running" else { return }
        switch event {
        case .resolving(let source, let collection, _):
            entries[id]?.status.phase = "resolution"
            entries[id]?.status.collection = "\(source)/\(collection)"
        case .collectionStarted(let source, let collection):
            entries[id]?.status.phase = "collections"
            entries[id]?.status.collection = "\(source)/\(collection)"
            entries[id]?.status.bytesRead = nil
            entries[id]?.status.bytesTotal = nil
            entries[id]?.status.records = 0
        case .scanProgress(_, _, let read, let total, let records):
            entries[id]?.status.bytesRead = read
            entries[id]?.status.bytesTotal = total
            entries[id]?.status.records = records
        case .collectionFinished(_, _, let records, _):
            entries[id]?.status.records = records
        case .packaging:
            entries[id]?.status.phase = "packaging"
            entries[id]?.status.collection = nil
        case .phaseFinished:
            break
        }
    }

    private func finish(_ id: String, summary: ExportSummary? = nil, bundle: URL? = nil, error: (any Error)? = nil) {
        running -= 1
        if var entry = entries[id] {
            entry.run = nil
            entry.status.finishedAt = Date()
            entry.status.phase = nil
            entry.status.collection = nil
            if var summary {
                summary.bundle = nil  // the server's own path is not the caller's business
                entry.status.status = "completed"
                entry.status.report = summary
                entry.bundle = bundle
            } else if let error = error as? HandoverError, error.code == .cancelled {
                entry.status.status = "cancelled"
            } else {
                entry.status.status = "failed"
                entry.status.error = (error as? HandoverError)?.description ?? "internal error"
            }
            entries[id] = entry
        }
        startQueued()
    }
}
