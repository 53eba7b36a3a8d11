import Crypto
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A bundle read back from its zip: the API a receiving controller uses to import one.
///
/// Opening checks the zip's structure before anything is extracted (see "Safety" below); the
/// manifest is then read with ``manifest()``, and the records are streamed back with
/// ``readData(from:_:)``, one at a time, from `data.json` or `data.xml`.
///
/// ## Usage
/// ```swift
/// let bundle = try HandoverBundle(contentsOf: URL(fileURLWithPath: "alice.zip"))
/// let manifest = try bundle.manifest()
/// try bundle.readData { item, position in
///     if case .record(let record) = item { importRecord(record) }
/// }
/// ```
///
/// ## Safety
/// A bundle may come from anyone. Opening refuses archives with more than
/// ``Limits/maxEntries`` entries or more than ``Limits/maxTotalSize`` bytes declared; entry names
/// that are absolute, contain `..`, empty components, backslashes or NUL, or occur twice (ignoring
/// case); symbolic links and directories; encrypted entries; compression other than stored and
/// deflate; entries whose data overlap or lie outside the archive. Extraction stops as soon as an
/// entry's content exceeds its declared size and checks size and CRC-32 at the end; entries are
/// extracted only into a private (0700) temporary directory that is removed afterwards.
public struct HandoverBundle: Sendable {
    /// Bounds on what a bundle may hold.
    public struct Limits: Sendable, Equatable {
        /// The most entries a bundle's zip may have (default 64).
        public var maxEntries: Int
        /// The largest sum of the entries' uncompressed sizes (default 16 GiB).
        public var maxTotalSize: UInt64
        /// The largest entry ``contents(of:)`` reads into memory, such as the manifest (default 16 MiB).
        public var maxInMemorySize: UInt64

        /// Creates limits.
        public init(maxEntries: Int = 64, maxTotalSize: UInt64 = 16 << 30, maxInMemorySize: UInt64 = 16 << 20) {
            self.maxEntries = maxEntries
            self.maxTotalSize = maxTotalSize
            self.maxInMemorySize = maxInMemorySize
        }
    }

    /// One entry of the zip.
    public struct Entry: Sendable, Equatable {
        /// The path inside the zip.
        public var path: String
        /// The uncompressed size its header declares.
        public var size: UInt64
        /// The size of its stored (compressed) data.
        public var compressedSize: UInt64
    }

    /// An entry extracted to a file.
    public struct ExtractedEntry: Sendable, Equatable {
        /// The path inside the zip.
        public var path: String
        /// The extracted file.
        public var file: URL
        /// Its size in bytes, as extracted.
        public var size: Int64
        /// The lowercase hex SHA-256 of its content.
        public var sha256: String
    }

    /// Which entry holds the records to stream.
    public enum DataFormat: String, Sendable, CaseIterable {
        /// `data.json`.
        case json = "data.json"
        /// `data.xml`.
        case xml = "data.xml"
    }

    /// The zip file.
    public let url: URL
    /// The entries, in the order of the zip's central directory.
    public let entries: [Entry]
    /// The limits the bundle was opened with.
    public let limits: Limits
    private let archive: ZipArchiveReader

    /// Opens the bundle at `url` and checks its zip structure.
    ///
    /// - Parameters:
    ///   - url: The zip file.
    ///   - limits: Bounds on entry count and size.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/inputMissing`` when the file cannot
    ///   be opened, ``Diagnostic/Code/bundleInvalid`` when it is not a zip or is unsafe.
    public init(contentsOf url: URL, limits: Limits = Limits()) throws(HandoverError) {
        self.url = url
        self.limits = limits
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw HandoverError(
                .inputMissing, "the bundle does not exist or cannot be read", at: .init(file: url.path),
                hint: "Check the path")
        }
        do {
            archive = try ZipArchiveReader(
                url: url, limits: .init(maxEntries: limits.maxEntries, maxTotalUncompressedSize: limits.maxTotalSize))
        } catch {
            throw Self.error(error, url)
        }
        entries = archive.entries.map {
            Entry(path: $0.path, size: $0.uncompressedSize, compressedSize: $0.compressedSize)
        }
    }

    /// Reads a small entry into memory.
    ///
    /// - Parameter path: The entry's path.
    /// - Returns: Its content.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/bundleInvalid`` when the entry is
    ///   missing, larger than ``Limits/maxInMemorySize`` or damaged.
    public func contents(of path: String) throws(HandoverError) -> Data {
        let entry = try zipEntry(path)
        guard entry.uncompressedSize <= limits.maxInMemorySize else {
            throw HandoverError(
                .bundleInvalid, "the entry is larger than \(limits.maxInMemorySize) bytes",
                at: .init(file: url.path, field: path))
        }
        var data = Data()
        do {
            try archive.extract(entry) { data.append(contentsOf: $0) }
        } catch {
            throw Self.error(error, url)
        }
        return data
    }

    /// Reads and strictly decodes `manifest.json` (see ``Manifest/decodeStrictly(_:entry:)``).
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/bundleInvalid``.
    public func manifest() throws(HandoverError) -> Manifest {
        try Manifest.decodeStrictly(try contents(of: "manifest.json"))
    }

    /// Extracts `paths` into a private temporary directory, calls `body` with the files, and removes
    /// the directory whatever happens.
    ///
    /// - Parameters:
    ///   - paths: The entries to extract.
    ///   - body: Receives the extracted entries by path; the files exist only during the call.
    /// - Returns: What `body` returns.
    /// - Throws: ``HandoverError`` when an entry is missing or damaged, or the directory cannot be
    ///   made; whatever `body` throws.
    public func withExtractedEntries<T>(_ paths: [String], _ body: ([String: ExtractedEntry]) throws -> T) throws -> T {
        let directory = try Self.makePrivateDirectory()
        defer { StagingArea.remove(tracked: directory) }
        var extracted: [String: ExtractedEntry] = [:]
        for (index, path) in paths.enumerated() {
            extracted[path] = try extract(path, to: directory.appendingPathComponent("entry-\(index)"))
        }
        return try body(extracted)
    }

    /// Streams the records of `format`'s entry to `body`, item by item (see ``BundleDataItem``).
    ///
    /// The entry is extracted to a private temporary directory first and removed afterwards. Items
    /// come in order: the header, then per collection its description, records and end.
    ///
    /// - Parameters:
    ///   - format: `data.json` (default) or `data.xml`.
    ///   - body: Receives each item and where it was read.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/bundleInvalid`` for damaged or
    ///   malformed data, located by line and JSON pointer; whatever `body` throws.
    public func readData(
        from format: DataFormat = .json, _ body: (BundleDataItem, BundleDataPosition) throws -> Void
    ) throws {
        try withExtractedEntries([format.rawValue]) { files in
            let path = files[format.rawValue]!.file.path
            switch format {
            case .json:
                var reader = try DataJSONReader(path: path)
                while let item = try reader.next() { try body(item, reader.position) }
            case .xml:
                let reader = try DataXMLReader(path: path)
                while let item = try reader.next() { try body(item, reader.position) }
            }
        }
    }

    /// Extracts one entry to `file` (which must not exist), computing its size and SHA-256.
    func extract(_ path: String, to file: URL) throws(HandoverError) -> ExtractedEntry {
        let entry = try zipEntry(path)
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw HandoverError(
                .ioFailed, "cannot create a temporary file (\(String(cString: strerror(errno))))",
                at: .init(file: file.path))
        }
        defer { close(descriptor) }
        let (size, digest) = try inflate(entry) { bytes in
            var written = 0
            while written < bytes.count {
                let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if result < 0 && errno == EINTR { continue }
                guard result > 0 else {
                    throw HandoverError(
                        .ioFailed, "cannot write a temporary file (\(String(cString: strerror(errno))))",
                        at: .init(file: file.path), hint: "Check free disk space")
                }
                written += result
            }
        }
        return ExtractedEntry(path: path, file: file, size: size, sha256: digest)
    }

    /// The size and lowercase hex SHA-256 of the entry at `path`, inflated and hashed as it
    /// streams: nothing is written to disk.
    ///
    /// - Throws: ``HandoverError`` when the entry is missing or cannot be inflated.
    public func checksum(of path: String) throws(HandoverError) -> (size: Int64, sha256: String) {
        try inflate(try zipEntry(path)) { _ in }
    }

    /// Inflates `entry`, handing each chunk to `body`, and returns its size and lowercase hex SHA-256.
    private func inflate(_ entry: ZipArchiveReader.Entry, _ body: (UnsafeRawBufferPointer) throws -> Void)
        throws(HandoverError) -> (size: Int64, sha256: String)
    {
        var hasher = SHA256()
        var size: Int64 = 0
        do {
            try archive.extract(entry) { bytes in
                hasher.update(bufferPointer: bytes)
                size += Int64(bytes.count)
                try body(bytes)
            }
        } catch let error as HandoverError {
            throw error
        } catch {
            throw Self.error(error, url)
        }
        return (size, hasher.finalize().map { String(format: "%02x", $0) }.joined())
    }

    private func zipEntry(_ path: String) throws(HandoverError) -> ZipArchiveReader.Entry {
        guard let entry = archive.entries.first(where: { $0.path == path }) else {
            throw HandoverError(.bundleInvalid, "the bundle has no entry '\(path)'", at: .init(file: url.path))
        }
        return entry
    }

    /// A new private (0700) temporary directory, registered with ``StagingArea`` so that an
    /// interrupted process (SIGINT, SIGTERM, SIGHUP: ``Exporter/removeUnfinishedBundles()``) removes
    /// it with what was extracted into it.
    static func makePrivateDirectory() throws(HandoverError) -> URL {
        var template = Array(
            FileManager.default.temporaryDirectory.appendingPathComponent("handover-bundle-XXXXXX").path.utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw HandoverError(
                .ioFailed, "cannot create a private temporary directory (\(String(cString: strerror(errno))))",
                hint: "Check TMPDIR and free disk space")
        }
        let directory = URL(fileURLWithPath: template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        StagingArea.track(directory)
        return directory
    }

    private static func error(_ error: any Error, _ url: URL) -> HandoverError {
        if let error = error as? HandoverError { return error }
        if let failure = error as? ZipArchiveReader.Failure {
            let subject = failure.entry.map { "entry '\($0)': " } ?? ""
            return HandoverError(
                .bundleInvalid, "\(subject)\(failure.message)", at: .init(file: url.path),
                hint: "The file is not a usable bundle; ask the sender for a new export")
        }
        return HandoverError(.bundleInvalid, "\(error)", at: .init(file: url.path))
    }
}
