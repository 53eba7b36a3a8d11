import Foundation

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
///
/// A process killed outright (SIGKILL, a crash, a power cut) cannot clean up: its directory is
/// recognised and removed by the next staging area made in the same folder. Each one holds an
/// exclusive `flock` on its `.lock` file for as long as it exists; the kernel drops the lock when
/// the process dies, so a directory named like a staging directory whose lock can be taken is
/// abandoned (one without a lock file counts as abandoned after ``lockGrace``).
final class StagingArea {
    /// The staging directory.
    let directory: URL
    private var finished = false
    /// The open `.lock` file, locked for the life of the directory.
    private var lock: Int32 = -1

    /// The name of the lock file in every staging directory.
    static let lockName = ".lock"

    /// How old a staging directory without a lock file must be to count as abandoned: the moment
    /// between creating the directory and its lock file.
    static let lockGrace: TimeInterval = 600

    /// The staging directories that exist now, so that an interrupted process can remove them.
    private static let active = Locked<Set<String>>([])

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
        // The lock file is locked under another name, then renamed: a sweep by another export never
        // finds `.lock` before it is locked (between open and flock it would take the lock and
        // remove this live directory).
        let pending = directory.appendingPathComponent(".lock-pending").path
        lock = open(pending, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if lock >= 0, flock(lock, LOCK_EX | LOCK_NB) == 0 {
            _ = rename(pending, directory.appendingPathComponent(Self.lockName).path)
        }
        Self.removeAbandoned(in: parent)
    }

    /// Registers a temporary directory of this process (one a bundle's entries are extracted to)
    /// so that ``discardAllActive(in:)`` removes it too.
    static func track(_ directory: URL) {
        active.withLock { _ = $0.insert(directory.path) }
    }

    /// Removes a directory registered with ``track(_:)`` and forgets it.
    static func remove(tracked directory: URL) {
        try? FileManager.default.removeItem(at: directory)
        active.withLock { _ = $0.remove(directory.path) }
    }

    /// Whether `name` is that of a staging directory: `.<bundle name>.handover-` and six characters.
    static func isStagingName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let marker = name.range(of: ".handover-", options: .backwards) else { return false }
        return name.distance(from: marker.upperBound, to: name.endIndex) == 6
            && marker.lowerBound > name.index(after: name.startIndex)
    }

    /// Removes the staging directories in `parent` that no live process holds: left by an export
    /// that was killed. A directory in use (its lock held), a symbolic link or anything not named
    /// like a staging directory is left alone.
    ///
    /// - Returns: The directories removed.
    @discardableResult
    static func removeAbandoned(in parent: URL) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return [] }
        var removed: [URL] = []
        for name in names where isStagingName(name) {
            let candidate = parent.appendingPathComponent(name)
            var status = stat()
            guard lstat(candidate.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == getuid()
            else { continue }
            let descriptor = open(candidate.appendingPathComponent(lockName).path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
            if descriptor < 0 {
                #if canImport(Darwin)
                    let modified = status.st_mtimespec.tv_sec
                #else
                    let modified = status.st_mtim.tv_sec
                #endif
                let age = Date().timeIntervalSince1970 - TimeInterval(modified)
                guard errno == ENOENT, age > lockGrace else { continue }
            } else {
                defer { close(descriptor) }
                // Held by a live export: not abandoned.
                guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else { continue }
            }
            if (try? FileManager.default.removeItem(at: candidate)) != nil { removed.append(candidate) }
        }
        return removed
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
        if lock >= 0 {
            close(lock)
            lock = -1
        }
    }
}
