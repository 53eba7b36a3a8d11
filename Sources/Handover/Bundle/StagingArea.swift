import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private directory next to a bundle's target, where the bundle is built before it appears.
///
/// The directory is created with mode 0700 beside the target (same file system, so the final
/// rename is atomic). ``commit(_:replacing:)`` syncs the finished file, moves it onto the target and syncs
/// the directory; ``discard()`` removes everything. Either way the staging directory is gone, and
/// until `commit` the target path is never touched: a failed export leaves no partial bundle.
final class StagingArea {
    /// The staging directory.
    let directory: URL
    /// Where the finished bundle goes.
    let target: URL
    private var finished = false

    /// The staging directories that exist now, so that an interrupted process can remove them.
    private static let active = Mutex<Set<String>>([])

    /// Removes every staging directory this process has not finished with.
    ///
    /// Call it from a signal handler's cleanup path (the CLI does on SIGINT and SIGTERM) so that an
    /// interrupted export leaves no personal data behind.
    ///
    /// - Parameter parent: Only remove staging directories inside this directory; all when `nil`.
    static func discardAllActive(in parent: URL? = nil) {
        let prefix = parent.map { $0.standardizedFileURL.path + "/" }
        let paths = active.withLock { paths in
            let chosen = paths.filter { path in prefix.map { path.hasPrefix($0) } ?? true }
            paths.subtract(chosen)
            return chosen
        }
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Creates the staging directory for `target`.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed`` when the target's
    ///   directory does not exist or is not writable.
    init(for target: URL) throws {
        self.target = target
        let parent = target.deletingLastPathComponent()
        var template = Array(
            parent.appendingPathComponent(".\(target.lastPathComponent).handover-XXXXXX").path.utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard created != nil else {
            throw HandoverError(
                .outputFailed, "cannot create a staging directory (\(String(cString: strerror(errno))))",
                at: .init(file: parent.path), hint: "Check that the output directory exists and is writable")
        }
        directory = URL(fileURLWithPath: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        Self.active.withLock { _ = $0.insert(directory.path) }
    }

    deinit {
        if !finished { discard() }
    }

    /// A path inside the staging directory.
    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Syncs `file` (inside the staging directory), gives it mode 0600, moves it onto the target
    /// and syncs the target's directory.
    ///
    /// With `replacing` an existing file at the target is replaced in one rename; without, the
    /// bundle is hard-linked to the target, which fails if anything is there.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed``; the staging
    ///   directory is removed either way.
    func commit(_ file: URL, replacing: Bool) throws {
        defer { discard() }
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot reopen the finished bundle") }
        let synced = fchmod(descriptor, 0o600) == 0 && fsync(descriptor) == 0
        close(descriptor)
        guard synced else { throw failure("cannot sync the finished bundle to disk") }
        if replacing {
            guard rename(file.path, target.path) == 0 else { throw failure("cannot move the bundle to its target") }
        } else if link(file.path, target.path) != 0 {
            // A hard link fails atomically when something is at the target, so a file that
            // appeared there during the export is never replaced.
            if errno == EEXIST {
                throw HandoverError(
                    .outputFailed, "a file appeared at the output path while the bundle was written",
                    at: .init(file: target.path), hint: "Choose another path, or remove the file first")
            }
            throw failure("cannot move the bundle to its target")
        }
        let parent = open(target.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if parent >= 0 {
            _ = fsync(parent)
            close(parent)
        }
    }

    /// Removes the staging directory and everything in it.
    func discard() {
        finished = true
        try? FileManager.default.removeItem(at: directory)
        Self.active.withLock { _ = $0.remove(directory.path) }
    }

    private func failure(_ message: String) -> HandoverError {
        HandoverError(
            .outputFailed, "\(message) (\(String(cString: strerror(errno))))", at: .init(file: target.path),
            hint: "Check free disk space and permissions of the output directory")
    }
}
