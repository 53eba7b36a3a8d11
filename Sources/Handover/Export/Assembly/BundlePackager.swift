import Crypto
import Foundation

/// The end of assembly: the manifest, derived from the assembled entries, and the zip of them all.
struct BundlePackager {
    var request: ExportRequest
    var discovered: [DiscoveredIdentifier]
    var excluded: [Manifest.ExcludedCollection]
    /// The collections whose source failed (a partial export); empty for a complete bundle.
    var missing: [Manifest.MissingCollection] = []
    /// When the bundle is made (fixed for deterministic bundles).
    var created: Date

    /// Writes `manifest.json` beside the assembled entries and zips them into `bundle.zip`.
    ///
    /// - Returns: The manifest and the zip.
    /// - Throws: ``HandoverError`` when a file cannot be written.
    func package(_ assembled: BundleAssembler.Result, in staging: StagingArea) throws -> (Manifest, URL) {
        var manifest = Manifest(
            formatVersion: BundleHeader.formatVersion, generator: Exporter.generator,
            bundleId: request.deterministic
                ? Self.contentID(assembled.entries, identifiers: request.identifiers) : UUID().uuidString.lowercased(),
            createdAt: Self.timestamp(created), scope: request.scope,
            subject: request.identifiers.map { .init(type: $0.type, value: $0.value) },
            discoveredIdentifiers: discovered, collections: assembled.counts, excluded: excluded,
            entries: assembled.entries)
        if !missing.isEmpty { manifest.missing = missing }
        let manifestSink = try FileSink(creating: staging.file("manifest.json"), syncs: false)
        try manifest.encoded().withUnsafeBytes { try manifestSink.write($0) }
        let manifestFile = try manifestSink.finish()

        var members = assembled.entries.map {
            BundleArchiver.Member(path: $0.path, file: staging.file($0.path), size: $0.size)
        }
        members.append(.init(path: "manifest.json", file: staging.file("manifest.json"), size: manifestFile.size))
        members.sort { $0.path < $1.path }
        let archive = staging.file("bundle.zip")
        try BundleArchiver(modificationDate: created).write(members, to: archive)
        return (manifest, archive)
    }

    /// The date deterministic bundles carry: 1980-01-01T00:00:00Z, the earliest a zip can store.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The calendar day of `date` in UTC.
    static func day(of date: Date) -> (year: Int, month: Int, day: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = calendar.dateComponents([.year, .month, .day], from: date)
        return (components.year ?? 1980, components.month ?? 1, components.day ?? 1)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// A UUID-shaped id (RFC 9562 version 8) derived from the entries' checksums and the subject.
    static func contentID(_ entries: [Manifest.Entry], identifiers: [SubjectIdentifier]) -> String {
        var hasher = SHA256()
        for entry in entries { hasher.update(data: Data("\(entry.path)\u{0}\(entry.sha256)\u{0}".utf8)) }
        for identifier in identifiers {
            hasher.update(data: Data("\(identifier.type)\u{0}\(identifier.value)\u{0}".utf8))
        }
        var bytes = Array(hasher.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(
                hex[
                    hex.index(
                        hex.startIndex, offsetBy: range.lowerBound)..<hex.index(
                            hex.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }
}
