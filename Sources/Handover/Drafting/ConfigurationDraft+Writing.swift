public import Foundation

extension ConfigurationDraft {
    /// Writes ``yaml`` to `file`: through a temporary file in the same folder, synced and renamed, so
    /// that a failure leaves nothing behind and a reader never sees half a file.
    ///
    /// - Parameters:
    ///   - file: Where to write.
    ///   - replacingExisting: Whether an existing regular file may be replaced.
    /// - Throws: ``HandoverError`` with ``Diagnostic/Code/outputExists`` when `file` exists and may
    ///   not be replaced (or is not a regular file), ``Diagnostic/Code/outputFailed`` when it cannot be written.
    public func write(to file: URL, replacingExisting: Bool = false) throws {
        var status = stat()
        if lstat(file.path, &status) == 0 {
            guard replacingExisting, status.st_mode & S_IFMT == S_IFREG else {
                throw HandoverError(
                    .outputExists,
                    status.st_mode & S_IFMT == S_IFREG
                        ? "the file already exists" : "something other than a regular file is there",
                    at: .init(file: file.relativePath),
                    hint: "Choose another --output, or add --force to replace a configuration file")
            }
        }
        let folder = file.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).tmp")
        let bytes = Array(yaml.utf8)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw HandoverError(
                .outputFailed, "cannot create the file beside it", at: .init(file: file.relativePath),
                hint: "Check that the folder exists and is writable", underlying: POSIXError.current)
        }
        var written = 0
        var failure: POSIXError?
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                failure = POSIXError.current ?? POSIXError(.EIO)
                break
            }
            written += count
        }
        if failure == nil && fsync(descriptor) != 0 { failure = POSIXError.current ?? POSIXError(.EIO) }
        close(descriptor)
        if failure == nil && rename(temporary.path, file.path) != 0 { failure = POSIXError.current ?? POSIXError(.EIO) }
        if let failure {
            unlink(temporary.path)
            throw HandoverError(
                .outputFailed, "cannot write the configuration (\(failure.code))", at: .init(file: file.relativePath),
                hint: "Check the free space and permissions of the folder", underlying: failure)
        }
    }
}
