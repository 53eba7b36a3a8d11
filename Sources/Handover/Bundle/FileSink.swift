import Crypto
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A buffered sink into a new file that counts and hashes what it writes, then (unless told not
/// to) syncs it to disk.
///
/// The file is created exclusively with mode 0600: bundles hold personal data. A bundle's entries
/// are staged without syncing: only the zip made of them is the output, and it is synced before it
/// is put in place, so syncing them too would only write the same data to the disk twice.
public final class FileSink: ByteSink {
    /// The file being written.
    public let url: URL
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int
    private let syncs: Bool
    private var hasher = SHA256()
    /// The number of bytes written so far.
    public private(set) var size: Int64 = 0

    /// Creates the file at `url`, which must not exist yet.
    ///
    /// - Parameters:
    ///   - url: The file to create.
    ///   - capacity: The size of the write buffer.
    ///   - syncs: Whether ``finish()`` syncs the file to disk (for a file that is itself an output).
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed``.
    public init(creating url: URL, capacity: Int = 1 << 16, syncs: Bool = true) throws {
        self.url = url
        self.capacity = capacity
        self.syncs = syncs
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw HandoverError(
                .outputFailed, "cannot create the file (\(String(cString: strerror(errno))))",
                at: .init(file: url.path), hint: "Check that the directory exists and is writable",
                underlying: POSIXError.current)
        }
        buffer.reserveCapacity(capacity)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes`; see ``ByteSink/write(_:)``.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        size += Int64(bytes.count)
        hasher.update(bufferPointer: bytes)
        if buffer.count + bytes.count > capacity {
            try flush()
            if bytes.count >= capacity {
                try writeAll(bytes)
                return
            }
        }
        buffer.append(contentsOf: bytes)
    }

    /// Writes what is buffered, syncs the file to disk (when it syncs) and closes it.
    ///
    /// - Returns: The file's size and the lowercase hex SHA-256 of its content.
    /// - Throws: ``HandoverError`` when writing or syncing fails.
    public func finish() throws -> (size: Int64, sha256: String) {
        try flush()
        guard !syncs || fsync(descriptor) == 0 else { throw failure("cannot sync the file to disk") }
        close(descriptor)
        descriptor = -1
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return (size, digest)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw failure("the file is already closed") }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write the file")
            }
            offset += written
        }
    }

    private func failure(_ message: String) -> HandoverError {
        HandoverError(
            .ioFailed, "\(message) (\(String(cString: strerror(errno))))", at: .init(file: url.path),
            hint: "Check free disk space and permissions", underlying: POSIXError.current)
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
