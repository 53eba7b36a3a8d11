import Foundation
internal import ZIPFoundation

/// Zips finished bundle entries with zlib deflate (through ZIPFoundation).
///
/// Entries are streamed from their files in chunks, so the archive never holds an entry in memory.
/// With a fixed modification date the archive's bytes depend only on the entries' content and
/// order, which makes deterministic exports byte-identical.
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

    /// Writes `members`, in the given order, into a new zip at `archive`.
    ///
    /// - Throws: ``HandoverError`` with code ``HandoverError/Code/ioFailed``.
    func write(_ members: [Member], to archive: URL) throws {
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
        } catch let error as HandoverError {
            throw error
        } catch {
            throw HandoverError(
                .ioFailed, "cannot write the zip archive (\(error))", at: .init(file: archive.path),
                hint: "Check free disk space and permissions")
        }
    }
}
