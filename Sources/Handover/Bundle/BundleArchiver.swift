internal import CZlibInflate
import Foundation
internal import ZIPFoundation

/// Zips finished bundle entries with zlib deflate, one thread per entry.
///
/// Each entry is deflated (raw deflate, level ``level``, with zlib's CRC-32) from its file into a file of
/// its own, all at once on as many threads as there are entries, and the zip is then assembled from
/// those: local headers, the deflated bytes, the central directory. Nothing is held in memory but a
/// chunk per thread. With a fixed modification date the archive's bytes depend only on the entries'
/// content and order, which makes deterministic exports byte-identical.
///
/// Written here because ZIPFoundation deflates one entry at a time and computes CRC-32 in Swift on
/// Linux, which made packaging 1.8 times as slow as zlib alone (the scan benchmark); an entry or
/// archive too large for the classic zip format (4 GiB) still goes through ZIPFoundation, which
/// writes ZIP64.
struct BundleArchiver {
    /// One file to add.
    struct Member {
        /// The path inside the zip.
        var path: String
        /// The file holding the content.
        var file: URL
        /// The content's size.
        var size: Int64
    }

    /// The modification date written for every entry.
    var modificationDate: Date

    /// The deflated form of one member.
    fileprivate struct Deflated: Sendable {
        var file: URL
        var crc: UInt32
        var compressedSize: Int64
    }

    /// Writes `members`, in the given order, into a new zip at `archive`.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/ioFailed``.
    func write(_ members: [Member], to archive: URL) throws {
        let classicLimit: Int64 = 0xFFFF_FFFF
        guard members.allSatisfy({ $0.size < classicLimit }), members.reduce(0, { $0 + $1.size }) < classicLimit / 2
        else {
            return try writeWithZIPFoundation(members, to: archive)
        }
        do {
            let deflated = try deflateAll(members, besides: archive)
            defer { for entry in deflated { try? FileManager.default.removeItem(at: entry.file) } }
            try assemble(members, deflated, into: archive)
        } catch let error as HandoverError {
            throw error
        } catch {
            throw HandoverError(
                .ioFailed, "cannot write the zip archive (\(systemErrorText(error)))", at: .init(file: archive.path),
                hint: "Check free disk space and permissions", underlying: error)
        }
    }

    /// Deflates every member into a file beside `archive`, each on a thread of its own.
    private func deflateAll(_ members: [Member], besides archive: URL) throws -> [Deflated] {
        let results = Locked<[Int: Result<Deflated, any Error>]>([:])
        let group = DispatchGroup()
        for (index, member) in members.enumerated() {
            let output = archive.deletingLastPathComponent().appendingPathComponent(".deflated-\(index)")
            group.enter()
            Thread {
                let result = Result { try Self.deflate(member.file, into: output) }
                results.withLock { $0[index] = result }
                group.leave()
            }.start()
        }
        group.wait()
        return try members.indices.map { index in try results.withLock { $0[index]! }.get() }
    }

    /// The zlib compression level. Level 3 deflates a bundle's repetitive text 2.5 times as fast as
    /// zlib's default (6) for archives about an eighth larger (30,000 records: 0.05 s and 360 KB
    /// for data.json at 6, 0.019 s and 407 KB at 3).
    static let level: Int32 = 3

    /// Raw-deflates `input` into `output` at ``level``, returning the CRC-32 of the input.
    private static func deflate(_ input: URL, into output: URL) throws -> Deflated {
        guard let reader = FileHandle(forReadingAtPath: input.path) else {
            throw HandoverError(.ioFailed, "cannot read a bundle entry", at: .init(file: input.path))
        }
        defer { try? reader.close() }
        guard FileManager.default.createFile(atPath: output.path, contents: nil),
            let writer = FileHandle(forWritingAtPath: output.path)
        else { throw HandoverError(.ioFailed, "cannot create a temporary file", at: .init(file: output.path)) }
        defer { try? writer.close() }
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, Self.level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size))
                == Z_OK
        else { throw HandoverError(.ioFailed, "zlib could not start deflating") }
        defer { deflateEnd(&stream) }
        var crc = crc32(0, nil, 0)
        var compressed: Int64 = 0
        let chunk = 1 << 18
        var out = [UInt8](repeating: 0, count: chunk)
        while true {
            let data = try reader.read(upToCount: chunk) ?? Data()
            let finishing = data.isEmpty
            try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let base = UnsafeMutablePointer(mutating: raw.bindMemory(to: Bytef.self).baseAddress)
                if let base { crc = crc32(crc, base, uInt(raw.count)) }
                stream.next_in = base
                stream.avail_in = uInt(raw.count)
                repeat {
                    let produced = out.withUnsafeMutableBufferPointer { buffer -> Int in
                        stream.next_out = buffer.baseAddress
                        stream.avail_out = uInt(chunk)
                        _ = CZlibInflate.deflate(&stream, finishing ? Z_FINISH : Z_NO_FLUSH)
                        return chunk - Int(stream.avail_out)
                    }
                    if produced > 0 {
                        try writer.write(contentsOf: out[0..<produced])
                        compressed += Int64(produced)
                    }
                } while stream.avail_out == 0
            }
            if finishing { break }
        }
        return Deflated(file: output, crc: UInt32(crc), compressedSize: compressed)
    }

    /// Writes the zip: per member a local header and its deflated bytes, then the central directory.
    private func assemble(_ members: [Member], _ deflated: [Deflated], into archive: URL) throws {
        guard FileManager.default.createFile(atPath: archive.path, contents: nil),
            let writer = FileHandle(forWritingAtPath: archive.path)
        else { throw HandoverError(.ioFailed, "cannot create the zip archive", at: .init(file: archive.path)) }
        defer { try? writer.close() }
        let (time, date) = Self.dosTimeAndDate(modificationDate)
        var central = Data()
        var offset: UInt32 = 0
        for (member, entry) in zip(members, deflated) {
            let name = Data(member.path.utf8)
            var header = Data()
            header.append(le32: 0x0403_4B50)
            header.appendEntryFields(entry, size: member.size, nameLength: name.count, time: time, date: date)
            header.append(le16: 0)  // extra field
            header.append(name)
            try writer.write(contentsOf: header)
            try FileChunks.forEach(of: entry.file, failing: "cannot read a deflated entry") { chunk in
                try writer.write(contentsOf: chunk)
            }

            central.append(le32: 0x0201_4B50)
            central.append(le16: 0x031E)  // made by: UNIX, 3.0
            central.appendEntryFields(entry, size: member.size, nameLength: name.count, time: time, date: date)
            central.append(le16: 0)  // extra field
            central.append(le16: 0)  // comment
            central.append(le16: 0)  // disk
            central.append(le16: 0)  // internal attributes
            central.append(le32: UInt32(0o100644) << 16)  // a regular file, rw-r--r--
            central.append(le32: offset)
            central.append(name)
            offset += UInt32(header.count) + UInt32(entry.compressedSize)
        }
        var end = Data()
        end.append(le32: 0x0605_4B50)
        end.append(le16: 0)
        end.append(le16: 0)
        end.append(le16: UInt16(members.count))
        end.append(le16: UInt16(members.count))
        end.append(le32: UInt32(central.count))
        end.append(le32: offset)
        end.append(le16: 0)
        try writer.write(contentsOf: central + end)
    }

    /// The MS-DOS time and date of `date` in UTC (two-second resolution; 1980 at the earliest).
    static func dosTimeAndDate(_ date: Date) -> (time: UInt16, date: UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = max((parts.year ?? 1980) - 1980, 0)
        let time = UInt16((parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
        let day = UInt16(year << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
        return (time, day)
    }

    /// The archive through ZIPFoundation, which writes ZIP64 for very large entries.
    private func writeWithZIPFoundation(_ members: [Member], to archive: URL) throws {
        do {
            let zip = try Archive(url: archive, accessMode: .create)
            for member in members {
                let handle = try FileHandle(forReadingFrom: member.file)
                defer { try? handle.close() }
                try zip.addEntry(
                    with: member.path, type: .file, uncompressedSize: member.size, modificationDate: modificationDate,
                    permissions: 0o644, compressionMethod: .deflate, bufferSize: 1 << 16
                ) { position, size in
                    try handle.seek(toOffset: UInt64(position))
                    return try handle.read(upToCount: size) ?? Data()
                }
            }
        } catch {
            throw HandoverError(
                .ioFailed, "cannot write the zip archive (\(systemErrorText(error)))", at: .init(file: archive.path),
                hint: "Check free disk space and permissions", underlying: error)
        }
    }
}

extension Data {
    /// The fields a local header and a central-directory entry share, from "version needed" to the
    /// name's length (APPNOTE 4.3.7 and 4.3.12).
    fileprivate mutating func appendEntryFields(
        _ entry: BundleArchiver.Deflated, size: Int64, nameLength: Int, time: UInt16, date: UInt16
    ) {
        append(le16: 20)  // version needed: 2.0 (deflate)
        append(le16: 0x0800)  // the name is UTF-8
        append(le16: 8)  // deflate
        append(le16: time)
        append(le16: date)
        append(le32: entry.crc)
        append(le32: UInt32(entry.compressedSize))
        append(le32: UInt32(size))
        append(le16: UInt16(nameLength))
    }

    fileprivate mutating func append(le16 value: UInt16) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    fileprivate mutating func append(le32 value: UInt32) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
