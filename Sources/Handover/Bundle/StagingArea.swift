import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A private directory where a bundle is built before it is delivered (see ``BundleOutput``).
///
/// The directory is created with mode 0700 in the output's working directory (for a file, beside
/// the target: same file system, so the final rename is atomic). ``discard()`` removes everything;
/// an interrupted process removes every active staging directory with ``discardAllActive(in:)``.
final class StagingArea {
    /// The staging directory.
    let directory: URL
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

    /// Creates a staging directory beside `target`.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed`` when the target's
    ///   directory does not exist or is not writable.
    convenience init(for target: URL) throws {
        try self.init(in: target.deletingLastPathComponent(), name: target.lastPathComponent)
    }

    /// Creates a staging directory in `parent`, named after the bundle `name` it builds.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed`` when `parent` does
    ///   not exist or is not writable.
    init(in parent: URL, name: String) throws {
        var template = Array(parent.appendingPathComponent(".\(name).handover-XXXXXX").path.utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard created != nil else {
            throw HandoverError(
                .outputFailed, "cannot create a staging directory (\(String(cString: strerror(errno))))",
                at: .init(file: parent.path), hint: "Check that the output directory exists and is writable",
                underlying: POSIXError.current)
        }
        directory = URL(fileURLWithPath: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        Self.active.withLock { _ = $0.insert(directory.path) }
    }

    deinit {
        if !finished { discard() }
    }

    /// A path inside the staging directory.
    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Removes the staging directory and everything in it.
    func discard() {
        finished = true
        try? FileManager.default.removeItem(at: directory)
        Self.active.withLock { _ = $0.remove(directory.path) }
    }
}
