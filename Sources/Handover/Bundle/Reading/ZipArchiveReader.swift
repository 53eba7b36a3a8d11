internal import CZlibInflate
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a zip archive that may be hostile, checking its structure before anything is extracted.
///
/// The central directory is parsed by hand (zip64 included) so that every entry can be checked
/// before a byte of content is read: its name (no absolute paths, `..`, backslashes, NUL, duplicates
/// even by case), its kind (no symlinks), encryption (refused), compression (stored or deflate
/// only), and where its data lies (inside the archive, before the central directory, overlapping no
/// other entry, with a local header that agrees with the central one). Extraction then reads exactly
/// the declared compressed bytes and fails as soon as the output would exceed the declared size, so
/// a lying header can neither exhaust memory or disk nor hang the reader; CRC-32 and sizes are
/// checked at the end.
struct ZipArchiveReader: Sendable {
    /// One entry, as the central directory describes it.
    struct Entry: Sendable, Equatable {
        /// The path inside the archive.
        var path: String
        /// 0 (stored) or 8 (deflate).
        var method: UInt16
        /// The CRC-32 of the uncompressed content.
        var crc32: UInt32
        /// The size of the stored data.
        var compressedSize: UInt64
        /// The declared size of the content.
        var uncompressedSize: UInt64
        /// Where the local header starts.
        var localHeaderOffset: UInt64
        /// Where the data starts, after the local header.
        var dataOffset: UInt64
    }

    /// Bounds that keep a hostile archive from using unbounded resources.
    struct Limits: Sendable, Equatable {
        /// The most entries an archive may have.
        var maxEntries: Int
        /// The largest sum of declared uncompressed sizes.
        var maxTotalUncompressedSize: UInt64
        /// The largest central directory, in bytes.
        var maxCentralDirectorySize: UInt64 = 4 << 20
    }

    /// A problem that makes the archive unreadable or unsafe; the message is a sentence fragment.
    struct Failure: Error, Equatable {
        /// What is wrong.
        var message: String
        /// The entry concerned, when there is one.
        var entry: String?
    }

    /// The archive's path.
    let url: URL
    /// The entries, in central-directory order.
    private(set) var entries: [Entry] = []
    private let file: FileDescriptor
    private let fileSize: UInt64

    /// Opens and checks the archive at `url`.
    ///
    /// - Throws: ``Failure`` for a structural or safety problem; `POSIXError`-style failures to
    ///   open are reported as ``Failure`` too, with the system's message.
    init(url: URL, limits: Limits) throws(Failure) {
        self.url = url
        // The type through FileManager rather than `fstat`: under MemberImportVisibility the module
        // that defines `stat`'s members on Linux depends on how the compiler batches files. The size
        // comes from the opened descriptor, so it is the size of the file actually read.
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)
        guard let attributes else {
            throw Failure(message: "cannot open the file (it does not exist or cannot be read)")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw Failure(message: "not a regular file")
        }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Failure(message: "cannot open the file (\(String(cString: strerror(errno))))")
        }
        file = FileDescriptor(descriptor)
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0 else {
            throw Failure(message: "cannot read the file's size (\(String(cString: strerror(errno))))")
        }
        fileSize = UInt64(end)
        entries = try readCentralDirectory(limits: limits)
    }

    // MARK: - Central directory

    private func readCentralDirectory(limits: Limits) throws(Failure) -> [Entry] {
        let end = try findEndOfCentralDirectory()
        var count = UInt64(end.readUInt16(10))
        var directorySize = UInt64(end.readUInt32(12))
        var directoryOffset = UInt64(end.readUInt32(16))
        let endOffset = end.offset
        var directoryEnd = endOffset
        guard end.readUInt16(4) == 0 || end.readUInt16(4) == 0xFFFF,
            end.readUInt16(6) == 0 || end.readUInt16(6) == 0xFFFF,
            end.readUInt16(8) == end.readUInt16(10)
        else {
            throw Failure(
                message:
                    "the end record is inconsistent (an archive split over several disks, or an encrypted central directory, is not supported)"
            )
        }
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            guard endOffset >= 20 else { throw Failure(message: "the zip64 end record is missing") }
            let locator = try read(at: endOffset - 20, count: 20)
            guard locator.readUInt32(0) == 0x0706_4b50 else {
                throw Failure(message: "the zip64 end record is missing")
            }
            let recordOffset = locator.readUInt64(8)
            guard recordOffset <= endOffset - 20, endOffset - 20 - recordOffset >= 56 else {
                throw Failure(message: "the zip64 end record lies outside the archive")
            }
            let record = try read(at: recordOffset, count: 56)
            guard record.readUInt32(0) == 0x0606_4b50 else { throw Failure(message: "the zip64 end record is damaged") }
            guard record.readUInt32(16) == 0, record.readUInt32(20) == 0, record.readUInt64(24) == record.readUInt64(32)
            else {
                throw Failure(message: "the archive spans several disks, which is not supported")
            }
            count = record.readUInt64(32)
            directorySize = record.readUInt64(40)
            directoryOffset = record.readUInt64(48)
            directoryEnd = recordOffset
        }
        guard count <= UInt64(limits.maxEntries) else {
            throw Failure(message: "the archive has \(count) entries, more than the limit of \(limits.maxEntries)")
        }
        guard directorySize <= limits.maxCentralDirectorySize else {
            throw Failure(message: "the central directory is larger than \(limits.maxCentralDirectorySize) bytes")
        }
        guard directoryOffset <= directoryEnd, directoryEnd - directoryOffset == directorySize else {
            throw Failure(
                message: "the central directory is not where the end record says (data before or after the archive, "
                    + "such as a self-extracting prefix, is not supported)")
        }
        let directory = try read(at: directoryOffset, count: Int(directorySize))
        var entries: [Entry] = []
        var position = 0
        var seen: Set<String> = []
        var total: UInt64 = 0
        for _ in 0..<count {
            let entry = try parseCentralHeader(directory, at: &position)
            guard seen.insert(entry.path.lowercased()).inserted else {
                throw Failure(
                    message:
                        "the name occurs more than once (names are compared ignoring case and Unicode normalisation)",
                    entry: entry.path)
            }
            let (sum, overflow) = total.addingReportingOverflow(entry.uncompressedSize)
            guard !overflow, sum <= limits.maxTotalUncompressedSize else {
                throw Failure(
                    message: "the entries' declared sizes add up to more than the limit of "
                        + "\(limits.maxTotalUncompressedSize) bytes")
            }
            total = sum
            entries.append(try locateData(of: entry, before: directoryOffset))
        }
        guard position == directory.count else {
            throw Failure(message: "the central directory holds more than its \(count) entries")
        }
        let byOffset = entries.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        for (first, second) in zip(byOffset, byOffset.dropFirst())
        where first.dataOffset + first.compressedSize > second.localHeaderOffset {
            throw Failure(message: "its data overlaps the entry '\(first.path)'", entry: second.path)
        }
        return entries
    }

    private func findEndOfCentralDirectory() throws(Failure) -> Bytes {
        guard fileSize >= 22 else { throw Failure(message: "not a zip archive (too short)") }
        let tailLength = min(fileSize, 22 + 0xFFFF)
        let tail = try read(at: fileSize - tailLength, count: Int(tailLength))
        var index = tail.count - 22
        while index >= 0 {
            if tail.readUInt32(index) == 0x0605_4b50 {
                let commentLength = Int(tail.readUInt16(index + 20))
                guard index + 22 + commentLength == tail.count else {
                    throw Failure(message: "the end of the archive is damaged or followed by other data")
                }
                return Bytes(
                    storage: Array(tail.storage[index..<(index + 22)]), offset: fileSize - tailLength + UInt64(index))
            }
            index -= 1
        }
        throw Failure(message: "not a zip archive (no end-of-central-directory record)")
    }

    private func parseCentralHeader(_ directory: Bytes, at position: inout Int) throws(Failure) -> Entry {
        guard position + 46 <= directory.count, directory.readUInt32(position) == 0x0201_4b50 else {
            throw Failure(message: "the central directory is damaged")
        }
        let madeBy = directory.readUInt16(position + 4)
        let flags = directory.readUInt16(position + 8)
        let method = directory.readUInt16(position + 10)
        let crc = directory.readUInt32(position + 16)
        var compressedSize = UInt64(directory.readUInt32(position + 20))
        var uncompressedSize = UInt64(directory.readUInt32(position + 24))
        let nameLength = Int(directory.readUInt16(position + 28))
        let extraLength = Int(directory.readUInt16(position + 30))
        let commentLength = Int(directory.readUInt16(position + 32))
        let externalAttributes = directory.readUInt32(position + 38)
        var localOffset = UInt64(directory.readUInt32(position + 42))
        let nameStart = position + 46
        let extraStart = nameStart + nameLength
        let next = extraStart + extraLength + commentLength
        guard next <= directory.count else { throw Failure(message: "the central directory is damaged") }
        let path = try Self.decodeName(directory.storage[nameStart..<extraStart], utf8Flag: flags & 0x0800 != 0)
        try Self.checkPath(path)
        // zip64 extended information: the fields that are 0xFFFFFFFF in the header, in this order.
        var extra = extraStart
        while extra + 4 <= extraStart + extraLength {
            let id = directory.readUInt16(extra)
            let size = Int(directory.readUInt16(extra + 2))
            guard extra + 4 + size <= extraStart + extraLength else {
                throw Failure(message: "an extra field is damaged", entry: path)
            }
            if id == 0x0001 {
                var field = extra + 4
                for keyPath in [\Zip64Fields.uncompressed, \Zip64Fields.compressed, \Zip64Fields.offset] {
                    var fields = Zip64Fields(
                        uncompressed: uncompressedSize, compressed: compressedSize, offset: localOffset)
                    guard fields[keyPath: keyPath] == 0xFFFF_FFFF else { continue }
                    guard field + 8 <= extra + 4 + size else {
                        throw Failure(message: "the zip64 extra field is too short", entry: path)
                    }
                    fields[keyPath: keyPath] = directory.readUInt64(field)
                    field += 8
                    (uncompressedSize, compressedSize, localOffset) = (
                        fields.uncompressed, fields.compressed, fields.offset
                    )
                }
            }
            extra += 4 + size
        }
        position = next
        if flags & 0x0001 != 0 || flags & 0x0040 != 0 || method == 99 {
            throw Failure(message: "the entry is encrypted, which bundles never are", entry: path)
        }
        if madeBy >> 8 == 3, (externalAttributes >> 16) & 0o170000 == 0o120000 {
            throw Failure(message: "the entry is a symbolic link, which bundles never hold", entry: path)
        }
        if path.hasSuffix("/") {
            throw Failure(message: "the entry is a directory, which bundles never hold", entry: path)
        }
        guard method == 0 || method == 8 else {
            throw Failure(
                message: "the entry uses compression method \(method); only stored (0) and deflate (8) are supported",
                entry: path)
        }
        if method == 0 && compressedSize != uncompressedSize {
            throw Failure(message: "a stored entry's compressed and uncompressed sizes differ", entry: path)
        }
        return Entry(
            path: path, method: method, crc32: crc, compressedSize: compressedSize, uncompressedSize: uncompressedSize,
            localHeaderOffset: localOffset, dataOffset: 0)
    }

    private struct Zip64Fields {
        var uncompressed: UInt64
        var compressed: UInt64
        var offset: UInt64
    }

    /// Reads the local header of `entry`, checks it against the central one and finds the data.
    private func locateData(of entry: Entry, before limit: UInt64) throws(Failure) -> Entry {
        guard entry.localHeaderOffset <= limit, limit - entry.localHeaderOffset >= 30 else {
            throw Failure(message: "its local header lies outside the archive", entry: entry.path)
        }
        let header = try read(at: entry.localHeaderOffset, count: 30)
        guard header.readUInt32(0) == 0x0403_4b50 else {
            throw Failure(message: "its local header is missing", entry: entry.path)
        }
        let flags = header.readUInt16(6)
        guard header.readUInt16(8) == entry.method, flags & 0x0001 == 0 else {
            throw Failure(message: "its local header disagrees with the central directory", entry: entry.path)
        }
        let nameLength = UInt64(header.readUInt16(26))
        let extraLength = UInt64(header.readUInt16(28))
        let name = try read(at: entry.localHeaderOffset + 30, count: Int(nameLength))
        guard String(decoding: name.storage, as: UTF8.self) == entry.path else {
            throw Failure(message: "its local header names a different file", entry: entry.path)
        }
        var located = entry
        located.dataOffset = entry.localHeaderOffset + 30 + nameLength + extraLength
        let (end, overflow) = located.dataOffset.addingReportingOverflow(entry.compressedSize)
        guard !overflow, end <= limit else {
            throw Failure(message: "its data runs past the start of the central directory", entry: entry.path)
        }
        return located
    }

    private static func decodeName(_ bytes: ArraySlice<UInt8>, utf8Flag: Bool) throws(Failure) -> String {
        guard let name = String(validating: bytes, as: UTF8.self) else {
            let shown = String(decoding: bytes, as: UTF8.self)
            throw Failure(message: "the entry name is not UTF-8", entry: shown)
        }
        return name
    }

    /// Refuses names that could write outside a target folder or mean different files on
    /// different systems.
    static func checkPath(_ path: String) throws(Failure) {
        let problem: String? =
            if path.isEmpty {
                "the entry has an empty name"
            } else if path.utf8.contains(0) {
                "the entry name holds a NUL byte"
            } else if path.contains("\\") {
                "the entry name holds a backslash, which some systems read as a folder separator"
            } else if path.hasPrefix("/") || (path.utf8.count >= 2 && Array(path.utf8)[1] == UInt8(ascii: ":")) {
                "the entry name is an absolute path"
            } else if path.split(separator: "/", omittingEmptySubsequences: false).dropLast().contains(where: {
                $0.isEmpty || $0 == "." || $0 == ".."
            }) || path.split(separator: "/").last.map({ $0 == "." || $0 == ".." }) == true {
                "the entry name has an empty, '.' or '..' component, which could place it outside its folder"
            } else {
                nil
            }
        if let problem { throw Failure(message: problem, entry: path) }
    }

    // MARK: - Extraction

    /// Streams the content of `entry` into `consumer`, checking sizes and CRC-32.
    ///
    /// - Parameters:
    ///   - entry: One of ``entries``.
    ///   - consumer: Receives the content in chunks of at most 64 KiB.
    /// - Throws: ``Failure`` when the content does not match its declared size or CRC-32 or does not
    ///   decompress; whatever `consumer` throws.
    func extract(_ entry: Entry, into consumer: (UnsafeRawBufferPointer) throws -> Void) throws {
        let chunk = 1 << 16
        var produced: UInt64 = 0
        var crc = crc32(0, nil, 0)
        func emit(_ bytes: UnsafeRawBufferPointer) throws {
            produced += UInt64(bytes.count)
            guard produced <= entry.uncompressedSize else {
                throw Failure(
                    message: "its content is larger than the \(entry.uncompressedSize) bytes its header declares",
                    entry: entry.path)
            }
            if let base = bytes.baseAddress {
                crc = crc32(crc, base.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
            }
            try consumer(bytes)
        }
        var input = [UInt8](repeating: 0, count: chunk)
        var remaining = entry.compressedSize
        var offset = entry.dataOffset
        if entry.method == 0 {
            while remaining > 0 {
                let count = Int(min(UInt64(chunk), remaining))
                try readExactly(into: &input, count: count, at: offset, entry: entry)
                try input.withUnsafeBytes { try emit(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                remaining -= UInt64(count)
                offset += UInt64(count)
            }
        } else {
            var stream = z_stream()
            guard handover_inflateInit2(&stream, -MAX_WBITS) == Z_OK else {
                throw Failure(message: "zlib could not start decompressing", entry: entry.path)
            }
            defer { inflateEnd(&stream) }
            var output = [UInt8](repeating: 0, count: chunk)
            var finished = false
            while !finished {
                guard remaining > 0 else {
                    throw Failure(message: "its compressed data ends early (the archive is damaged)", entry: entry.path)
                }
                let count = Int(min(UInt64(chunk), remaining))
                try readExactly(into: &input, count: count, at: offset, entry: entry)
                remaining -= UInt64(count)
                offset += UInt64(count)
                try input.withUnsafeMutableBytes { inputBytes in
                    stream.next_in = inputBytes.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.avail_in = uInt(count)
                    repeat {
                        let status = try output.withUnsafeMutableBytes { outputBytes in
                            stream.next_out = outputBytes.baseAddress!.assumingMemoryBound(to: Bytef.self)
                            stream.avail_out = uInt(chunk)
                            let status = inflate(&stream, Z_NO_FLUSH)
                            let written = chunk - Int(stream.avail_out)
                            if written > 0 { try emit(UnsafeRawBufferPointer(rebasing: outputBytes[0..<written])) }
                            return status
                        }
                        if status == Z_STREAM_END {
                            finished = true
                            break
                        }
                        guard status == Z_OK || status == Z_BUF_ERROR else {
                            throw Failure(
                                message: "its compressed data is damaged (zlib status \(status))", entry: entry.path)
                        }
                    } while stream.avail_out == 0
                }
                if finished && (stream.avail_in > 0 || remaining > 0) {
                    throw Failure(message: "data follows the end of its compressed stream", entry: entry.path)
                }
            }
        }
        guard produced == entry.uncompressedSize else {
            throw Failure(
                message: "its content has \(produced) bytes, not the \(entry.uncompressedSize) its header declares",
                entry: entry.path)
        }
        guard UInt32(crc) == entry.crc32 else {
            throw Failure(message: "its CRC-32 does not match (the archive is damaged)", entry: entry.path)
        }
    }

    // MARK: - Reading bytes

    private func readExactly(into buffer: inout [UInt8], count: Int, at offset: UInt64, entry: Entry) throws(Failure) {
        let got = buffer.withUnsafeMutableBytes { bytes in
            var total = 0
            while total < count {
                let result = pread(file.value, bytes.baseAddress! + total, count - total, off_t(offset) + off_t(total))
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { break }
                total += result
            }
            return total
        }
        guard got == count else { throw Failure(message: "the archive ends inside its data", entry: entry.path) }
    }

    private func read(at offset: UInt64, count: Int) throws(Failure) -> Bytes {
        guard offset <= fileSize, UInt64(count) <= fileSize - offset else {
            throw Failure(message: "a record lies outside the archive")
        }
        var buffer = [UInt8](repeating: 0, count: count)
        let got = buffer.withUnsafeMutableBytes { bytes in
            var total = 0
            while total < count {
                let result = pread(file.value, bytes.baseAddress! + total, count - total, off_t(offset) + off_t(total))
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { break }
                total += result
            }
            return total
        }
        guard got == count else { throw Failure(message: "reading the archive failed") }
        return Bytes(storage: buffer, offset: offset)
    }

    /// Bytes read from the archive, with little-endian field access.
    private struct Bytes {
        var storage: [UInt8]
        var offset: UInt64
        var count: Int { storage.count }

        func readUInt16(_ index: Int) -> UInt16 {
            UInt16(storage[index]) | UInt16(storage[index + 1]) << 8
        }

        func readUInt32(_ index: Int) -> UInt32 {
            UInt32(readUInt16(index)) | UInt32(readUInt16(index + 2)) << 16
        }

        func readUInt64(_ index: Int) -> UInt64 {
            UInt64(readUInt32(index)) | UInt64(readUInt32(index + 4)) << 32
        }
    }

    /// Closes its descriptor when the last copy of the reader goes away.
    private final class FileDescriptor: Sendable {
        let value: Int32

        init(_ value: Int32) {
            self.value = value
        }

        deinit {
            close(value)
        }
    }
}
