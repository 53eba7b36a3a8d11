import Foundation

/// Reads a file a block at a time, for copying a staged file into another without holding it.
enum FileChunks {
    /// Calls `body` with each block of up to `size` bytes of `file`, in order.
    ///
    /// - Throws: ``HandoverError`` (`io-failed`, `message`, the file, the system's error) when the
    ///   file cannot be opened or read; whatever `body` throws.
    static func forEach(
        of file: URL, size: Int = 1 << 20, failing message: String, _ body: (Data) throws -> Void
    ) throws {
        func failure(_ error: (any Error)?) -> HandoverError {
            HandoverError(.ioFailed, message, at: .init(file: file.path), underlying: error)
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: file)
        } catch {
            throw failure(error)
        }
        defer { try? handle.close() }
        while true {
            let block: Data?
            do {
                block = try handle.read(upToCount: size)
            } catch {
                throw failure(error)
            }
            guard let block, !block.isEmpty else { return }
            try body(block)
        }
    }
}
