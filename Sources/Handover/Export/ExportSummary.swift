public import Foundation

/// What an export produced: the report a caller shows, logs or returns (`handover export --json`
/// prints it).
public struct ExportSummary: Sendable, Encodable {
    /// How long one phase of the export took.
    public struct Phase: Sendable, Equatable, Encodable {
        /// `plan`, `resolution`, `collections` or `packaging`.
        public var name: String
        /// Its duration in seconds.
        public var seconds: Double
    }

    /// The bundle file, when the bundle was written to a file.
    public var bundle: URL?
    /// The bundle's manifest.
    public var manifest: Manifest
    /// The size of the bundle (the zip) in bytes.
    public var bytes: Int64 = 0
    /// The phases, in order, with their durations.
    public var phases: [Phase] = []
    /// What the caller should know about a bundle that was written nonetheless, such as an export
    /// that found no record at all (``Diagnostic/Code/noRecordsFound``).
    public var warnings: [Diagnostic] = []

    /// The total number of records exported.
    public var recordCount: Int { manifest.collections.reduce(0) { $0 + $1.records } }

    enum CodingKeys: String, CodingKey {
        case bundle, bundleId, scope, records, collections, bytes, phases, warnings
    }

    /// Encodes `bundle` (a path, when written to a file), `bundleId`, `scope`, `records` (the
    /// total), `collections` (source, name, records), `bytes`, `phases` and `warnings` — no
    /// identifier or other value of the subject.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(bundle?.path, forKey: .bundle)
        try container.encode(manifest.bundleId, forKey: .bundleId)
        try container.encode(manifest.scope, forKey: .scope)
        try container.encode(recordCount, forKey: .records)
        try container.encode(manifest.collections, forKey: .collections)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(phases, forKey: .phases)
        try container.encode(warnings, forKey: .warnings)
    }
}

extension ExportSummary {
    /// This summary, naming the file the bundle was written to.
    func with(bundle: URL) -> ExportSummary {
        var summary = self
        summary.bundle = bundle
        return summary
    }
}
