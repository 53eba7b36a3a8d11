public import Foundation

/// Delivers a bundle as a stream of bytes to a caller's writer: an HTTP response body, an
/// object-store upload, a socket.
///
/// The zip is built in a private directory under ``workingDirectory`` first (a zip's directory
/// comes last and names every entry's size and checksum), then read back in chunks of
/// ``chunkSize`` bytes and handed to `write` in order. Nothing is written before the bundle is
/// complete, so a failed export writes no byte; a failure of `write` itself stops the delivery
/// midway, which the caller's transport must treat as an aborted transfer.
///
/// ## Usage
///
/// ```swift
/// let output = StreamOutput { chunk in try await responseWriter.write(ByteBuffer(bytes: chunk)) }
/// try await Exporter(configuration: configuration).export(request, into: output)
/// ```
public struct StreamOutput: BundleOutput {
    /// The directory for the private staging directory (by default the system's temporary one).
    public var workingDirectory: URL
    /// The size of the chunks handed to the writer.
    public var chunkSize: Int
    private let write: @Sendable ([UInt8]) async throws -> Void

    /// Creates an output that hands the bundle's bytes to `write`.
    ///
    /// - Parameters:
    ///   - workingDirectory: Where to stage the bundle.
    ///   - chunkSize: How many bytes each call of `write` receives (the last may be fewer).
    ///   - write: Called with consecutive chunks of the zip.
    public init(
        workingDirectory: URL = FileManager.default.temporaryDirectory, chunkSize: Int = 1 << 20,
        write: @escaping @Sendable ([UInt8]) async throws -> Void
    ) {
        self.workingDirectory = workingDirectory
        self.chunkSize = max(1, chunkSize)
        self.write = write
    }

    /// A stream overwrites no file: nothing to check.
    public func check(inputs: [URL]) throws {}

    /// Reads the zip in chunks and hands each to the writer, checking for cancellation between them.
    public func deliver(_ bundle: URL) async throws {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: bundle)
        } catch {
            throw HandoverError(
                .ioFailed, "cannot read the finished bundle", at: .init(file: bundle.path), underlying: error)
        }
        defer { try? handle.close() }
        while true {
            try Task.checkCancellation()
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: chunkSize)
            } catch {
                throw HandoverError(
                    .ioFailed, "cannot read the finished bundle", at: .init(file: bundle.path), underlying: error)
            }
            guard let chunk, !chunk.isEmpty else { return }
            try await write(Array(chunk))
        }
    }
}
