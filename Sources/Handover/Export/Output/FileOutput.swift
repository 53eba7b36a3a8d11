public import Foundation

/// Delivers a bundle to a local file, in one rename (or hard link) of a synced file, so that the
/// target holds either nothing new or the whole bundle.
///
/// The rules for the path, checked before anything is read:
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
public struct FileOutput: BundleOutput {
    /// Where the bundle goes.
    public let url: URL
    /// Whether an existing regular file at ``url`` may be replaced.
    public let replacesExisting: Bool

    /// Creates the output for the file at `url`.
    ///
    /// - Parameters:
    ///   - url: The bundle's path.
    ///   - replacesExisting: Whether an existing regular file may be replaced.
    public init(_ url: URL, replacesExisting: Bool = false) {
        self.url = url
        self.replacesExisting = replacesExisting
    }

    /// The target's directory: the bundle is staged beside it.
    public var workingDirectory: URL { url.deletingLastPathComponent() }

    /// Checks ``url`` as the target of an export that reads `inputs`.
    ///
    /// - Parameter inputs: The files the export reads (see ``Configuration/inputFiles``).
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed``, or
    ///   ``Diagnostic/Code/outputExists`` for an existing file that may not be replaced.
    public func check(inputs: [URL]) throws {
        let path = url.path
        // File attributes rather than `stat` itself: the same facts, without the C struct. The
        // target's are read without following a symbolic link (lstat), an input's through it.
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let exists = attributes != nil
        if let attributes {
            let type = attributes[.type] as? FileAttributeType
            guard type == .typeRegular else {
                throw HandoverError(
                    .outputFailed, "the output path is \(Self.describe(type)), not a regular file",
                    at: .init(file: path), hint: "Name a new .zip file for the bundle")
            }
        }
        let identity = attributes.map(FileIdentity.init)
        let resolvedTarget = Self.resolved(url)
        for input in inputs {
            let inputAttributes = try? FileManager.default.attributesOfItem(
                atPath: input.resolvingSymlinksInPath().path)
            let sameFile = identity != nil && inputAttributes.map(FileIdentity.init) == identity
            if sameFile || Self.resolved(input) == resolvedTarget {
                throw HandoverError(
                    .outputFailed, "the output path is one of the export's inputs (\(input.lastPathComponent))",
                    at: .init(file: path),
                    hint: "Write the bundle to a new file; the configuration and the sources are never replaced")
            }
        }
        if exists && !replacesExisting {
            throw HandoverError(
                .outputExists, "a file already exists at the output path", at: .init(file: path),
                hint: "Choose another path, remove the file first, or allow replacing it")
        }
    }

    /// Syncs the finished zip and moves it onto ``url``: renamed over an existing file when replacing,
    /// otherwise hard-linked, which fails if a file appeared there during the export.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed``.
    public func deliver(_ bundle: URL) async throws {
        let descriptor = open(bundle.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot reopen the finished bundle") }
        let synced = fchmod(descriptor, 0o600) == 0 && fsync(descriptor) == 0
        close(descriptor)
        guard synced else { throw failure("cannot sync the finished bundle to disk") }
        if replacesExisting {
            guard rename(bundle.path, url.path) == 0 else { throw failure("cannot move the bundle to its target") }
        } else if link(bundle.path, url.path) != 0 {
            // A hard link fails atomically when something is at the target, so a file that
            // appeared there during the export is never replaced.
            if errno == EEXIST {
                throw HandoverError(
                    .outputExists, "a file appeared at the output path while the bundle was written",
                    at: .init(file: url.path), hint: "Choose another path, or remove the file first")
            }
            throw failure("cannot move the bundle to its target")
        }
        let parent = open(workingDirectory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if parent >= 0 {
            _ = fsync(parent)
            close(parent)
        }
    }

    private func failure(_ message: String) -> HandoverError {
        HandoverError(
            .outputFailed, "\(message) (\(String(cString: strerror(errno))))", at: .init(file: url.path),
            hint: "Check free disk space and permissions of the output directory", underlying: POSIXError.current)
    }

    /// A file's device and inode: equal for two paths of one file.
    private struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
        init(_ attributes: [FileAttributeKey: Any]) {
            device = (attributes[.systemNumber] as? NSNumber)?.uint64Value ?? 0
            inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
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

    private static func describe(_ type: FileAttributeType?) -> String {
        switch type {
        case .typeDirectory: "a directory"
        case .typeSymbolicLink: "a symbolic link"
        case .typeCharacterSpecial, .typeBlockSpecial: "a device"
        case .typeSocket: "a socket"
        default: "a FIFO or other special file"
        }
    }
}
