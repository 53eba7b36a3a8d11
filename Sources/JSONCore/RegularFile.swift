#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opening a file that is read to its end: never a FIFO, a device, a socket or a directory, which
/// would block the reader for ever or feed it without end (`/dev/zero`).
public enum RegularFile {
    /// The `errno` ``open(_:)`` sets for a path that exists but is not a regular file (a FIFO, a
    /// device, a socket); a directory gives `EISDIR`.
    public static let notRegularErrno: Int32 = ESPIPE

    /// Opens `path` read-only. The open does not wait for a FIFO's writer (`O_NONBLOCK`, cleared
    /// again for reading), and the descriptor is kept only when `fstat` says it is a regular file,
    /// so the check and the reading are of the same file.
    ///
    /// - Returns: The descriptor, or -1 with `errno` set: the `open` error, `EISDIR`, or ``notRegularErrno``.
    public static func open(_ path: String) -> Int32 {
        var descriptor: Int32
        repeat {
            descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { return -1 }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            errno = code
            return -1
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            errno = status.st_mode & S_IFMT == S_IFDIR ? EISDIR : notRegularErrno
            return -1
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    /// What went wrong opening a file, for an error message: the system's words, or "not a regular
    /// file" for ``notRegularErrno``.
    public static func describe(_ code: Int32) -> String {
        if code == notRegularErrno { return "not a regular file (a FIFO, a device or a socket)" }
        guard let message = strerror(code) else { return "errno \(code)" }
        return "\(String(cString: message)) (errno \(code))"
    }
}

/// `open(2)`, out of reach of the enum's own ``RegularFile/open(_:)``.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
        Glibc.open(path, flags)
    #elseif canImport(Darwin)
        Darwin.open(path, flags)
    #endif
}
