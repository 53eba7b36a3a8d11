public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rules for the path a bundle is written to, checked before anything is read.
///
/// - A path that names one of the export's own inputs (the configuration file, a source file — also
///   through a symbolic link or a second hard link) is always refused: the bundle would destroy the
///   data it was made from.
/// - Anything there that is not a regular file (a directory, a symbolic link, a FIFO, a device) is
///   always refused; a symbolic link is never followed.
/// - An existing regular file is refused unless the caller asks to replace it.
///
/// The check runs again at the moment the finished bundle is moved into place: without replacing,
/// the bundle is linked to the target, which fails atomically if something appeared there meanwhile.
public struct OutputTarget: Sendable {
    /// Where the bundle goes.
    public let url: URL
    /// Whether an existing regular file at ``url`` may be replaced.
    public let replacesExisting: Bool

    /// Checks `url` as the target of an export that reads `inputs`.
    ///
    /// - Parameters:
    ///   - url: The bundle's path.
    ///   - inputs: The files the export reads (see ``Configuration/inputFiles``).
    ///   - replacesExisting: Whether an existing regular file may be replaced.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed``.
    public init(_ url: URL, inputs: [URL], replacesExisting: Bool) throws {
        self.url = url
        self.replacesExisting = replacesExisting
        let path = url.path
        var status = stat()
        let exists = lstat(path, &status) == 0
        if exists {
            let type = status.st_mode & S_IFMT
            guard type == S_IFREG else {
                throw HandoverError(
                    .outputFailed, "the output path is \(Self.describe(type)), not a regular file",
                    at: .init(file: path), hint: "Name a new .zip file for the bundle")
            }
        }
        let identity = exists ? FileIdentity(status) : nil
        let resolvedTarget = Self.resolved(url)
        for input in inputs {
            var inputStatus = stat()
            let sameFile =
                stat(input.path, &inputStatus) == 0 && identity != nil && FileIdentity(inputStatus) == identity
            if sameFile || Self.resolved(input) == resolvedTarget {
                throw HandoverError(
                    .outputFailed, "the output path is one of the export's inputs (\(input.lastPathComponent))",
                    at: .init(file: path),
                    hint: "Write the bundle to a new file; the configuration and the sources are never replaced")
            }
        }
        if exists && !replacesExisting {
            throw HandoverError(
                .outputFailed, "a file already exists at the output path", at: .init(file: path),
                hint: "Choose another path, or remove the file first (the CLI's --force replaces it)")
        }
    }

    /// A file's device and inode: equal for two paths of one file.
    private struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// `url` with symbolic links in its directory resolved (the last component is kept as named).
    private static func resolved(_ url: URL) -> String {
        let standardized = url.standardizedFileURL
        if let resolvedFile = realpath(standardized.path, nil) {
            defer { free(resolvedFile) }
            return String(cString: resolvedFile)
        }
        // Not there yet: its directory resolved, its name as given.
        guard let real = realpath(standardized.deletingLastPathComponent().path, nil) else { return standardized.path }
        defer { free(real) }
        let base = String(cString: real)
        let name = standardized.lastPathComponent
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    private static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a directory"
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
