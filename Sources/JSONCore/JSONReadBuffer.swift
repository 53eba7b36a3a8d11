import Foundation

/// A bounded window onto a file's bytes, refilled with POSIX `read` as a reader consumes it.
///
/// The streaming JSON readers parse straight out of this buffer. When they need bytes that have not been
/// read yet, they call ``refill(keepingFrom:maxCapacity:)``, which drops what they have consumed, moves the rest
/// to the front and reads more. The buffer only grows when one record does not fit, and shrinks back to its
/// usual size afterwards, so memory stays at one buffer plus the largest record being read.
///
/// The same type serves bytes from memory (for tests and small inputs), handed out in buffer-sized pieces
/// just as a file would be, so both paths exercise the same code.
struct JSONReadBuffer {
    /// A failed `open` or `read`, with its `errno` value.
    ///
    /// The readers turn it into a ``JSONSyntaxError`` with the position they were at.
    struct ReadFailure: Error {
        /// The `errno` value.
        var code: Int32
    }

    /// Owns an open file descriptor and closes it when the last reader that uses it goes away.
    ///
    /// A class, because the readers are copyable structs and the descriptor must be closed exactly once.
    private final class FileDescriptor {
        /// The descriptor.
        let value: Int32

        /// Takes ownership of `value`.
        ///
        /// The descriptor is closed when this object is deinitialized.
        init(_ value: Int32) {
            self.value = value
        }

        deinit {
            close(value)
        }
    }

    /// Where the bytes come from.
    ///
    /// Memory is served in pieces like a file, so tests with tiny buffers cover the refill logic.
    private enum Source {
        /// An open file.
        case file(FileDescriptor)
        /// Bytes in memory, of which the first `consumed` have been handed out.
        case memory([UInt8], consumed: Int)
    }

    /// The storage; its count is the capacity, and its first ``count`` bytes hold data.
    private var storage: [UInt8]
    /// How many bytes at the start of ``storage`` hold data.
    private(set) var count = 0
    /// Where `storage[0]` is in the whole input.
    private(set) var offsetOfFirstByte = 0
    /// Whether the source has no more bytes.
    private(set) var isAtEnd = false
    /// Where the bytes come from.
    private var source: Source
    /// The usual capacity, to which the buffer shrinks back after a large record.
    private let usualCapacity: Int

    /// Opens the file at `path`, reporting a failure as a ``JSONSyntaxError`` at line 1 so that the readers
    /// have a single error type.
    ///
    /// - Throws: ``JSONSyntaxError`` with ``JSONSyntaxError/Reason/openFailed(errno:)``.
    static func opening(_ path: String, capacity: Int, offset: Int = 0) throws(JSONSyntaxError) -> JSONReadBuffer {
        do {
            return try JSONReadBuffer(path: path, capacity: capacity, offset: offset)
        } catch {
            throw JSONSyntaxError(reason: .openFailed(errno: error.code), line: 1, column: 1)
        }
    }

    /// Opens the file at `path` for reading.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - capacity: The usual buffer size in bytes (at least 1).
    /// - Throws: The `errno` value of a failed `open`.
    init(path: String, capacity: Int, offset: Int = 0) throws(ReadFailure) {
        precondition(capacity > 0, "The buffer needs room for at least one byte.")
        let descriptor = RegularFile.open(path)
        guard descriptor >= 0 else { throw ReadFailure(code: errno) }
        source = .file(FileDescriptor(descriptor))
        if offset > 0 {
            guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else { throw ReadFailure(code: errno) }
            offsetOfFirstByte = offset
        }
        usualCapacity = capacity
        storage = [UInt8](repeating: 0, count: capacity)
    }

    /// Serves `bytes` from memory, `capacity` bytes at a time.
    ///
    /// - Parameters:
    ///   - bytes: The whole input.
    ///   - capacity: The usual buffer size in bytes (at least 1).
    init(bytes: [UInt8], capacity: Int) {
        precondition(capacity > 0, "The buffer needs room for at least one byte.")
        source = .memory(bytes, consumed: 0)
        usualCapacity = capacity
        storage = [UInt8](repeating: 0, count: capacity)
    }

    /// Calls `body` with the bytes that hold data.
    ///
    /// The pointer is valid only inside `body`.
    func withBytes<Result, Failure>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try storage.withUnsafeBufferPointer { (buffer) throws(Failure) -> Result in
            try body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Tells whether the data holds a UTF-8 byte order mark (`EF BB BF`) at `offset`.
    ///
    /// The readers skip one at the start of a file; this only looks, it does not read more.
    func hasByteOrderMark(at offset: Int) -> Bool {
        offset + 3 <= count && storage[offset] == 0xEF && storage[offset + 1] == 0xBB && storage[offset + 2] == 0xBF
    }

    /// Drops the bytes before `offset`, makes room, and reads until the buffer is full or the source ends.
    ///
    /// If the kept bytes fill the whole buffer, it doubles, up to `maxCapacity` (and always by at least one byte,
    /// so a caller that loops on this makes progress); callers bound a record's size themselves before asking for
    /// more. Once the kept bytes fit in the usual capacity again, a grown buffer shrinks back.
    ///
    /// - Parameters:
    ///   - offset: The first byte the caller still needs; offsets the caller holds must be lowered by the result.
    ///   - maxCapacity: The largest size the buffer may grow to.
    /// - Returns: How many bytes were dropped from the front.
    /// - Throws: The `errno` value of a failed `read`.
    mutating func refill(keepingFrom offset: Int, maxCapacity: Int) throws(ReadFailure) -> Int {
        let kept = count - offset
        if offset > 0 {
            storage.withUnsafeMutableBytes { raw in
                guard let base = raw.baseAddress else { return }
                memmove(base, base + offset, kept)
            }
            count = kept
            offsetOfFirstByte += offset
        }
        if storage.count > usualCapacity && kept < usualCapacity {
            storage = Array(storage[0..<usualCapacity])
        } else if kept == storage.count {
            // Full: double, up to `maxCapacity`, but always grow by at least a byte so that reading goes on.
            let grown = max(min(storage.count * 2, maxCapacity), storage.count + 1)
            // Copied into a new array and the rest zeroed with memset: appending element by element
            // costs a generic call per byte in a debug build (14 s for one 12 MB value).
            let old = storage
            storage = [UInt8](unsafeUninitializedCapacity: grown) { buffer, initialized in
                old.withUnsafeBytes { memcpy(buffer.baseAddress!, $0.baseAddress!, old.count) }
                memset(buffer.baseAddress! + old.count, 0, grown - old.count)
                initialized = grown
            }
        }
        while count < storage.count && !isAtEnd {
            let received = try receive(into: count..<storage.count)
            if received == 0 {
                isAtEnd = true
            }
            count += received
        }
        return offset
    }

    /// Reads from the source into `range` of the storage and returns how many bytes arrived.
    ///
    /// Returns 0 at the end of the source; a `read` interrupted by a signal is retried.
    private mutating func receive(into range: Range<Int>) throws(ReadFailure) -> Int {
        switch source {
        case .file(let descriptor):
            while true {
                let received = storage.withUnsafeMutableBytes { raw in
                    read(descriptor.value, raw.baseAddress! + range.lowerBound, range.count)
                }
                if received >= 0 {
                    return received
                }
                if errno != EINTR {
                    throw ReadFailure(code: errno)
                }
            }
        case .memory(let bytes, let consumed):
            let length = min(range.count, bytes.count - consumed)
            storage.replaceSubrange(
                range.lowerBound..<range.lowerBound + length,
                with: bytes[consumed..<consumed + length]
            )
            source = .memory(bytes, consumed: consumed + length)
            return length
        }
    }
}
