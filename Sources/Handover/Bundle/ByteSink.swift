/// Where a writer's bytes go: a file, memory in tests, a network stream in a server.
public protocol ByteSink: AnyObject {
    /// Appends `bytes`.
    ///
    /// - Throws: ``HandoverError`` when the bytes cannot be written.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Appends the UTF-8 bytes of `text`.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}

/// A sink that keeps everything in memory; for tests and small documents.
public final class MemorySink: ByteSink {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty sink.
    public init() {}

    /// Appends `bytes`; see ``ByteSink/write(_:)``.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    /// The bytes written so far, as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
