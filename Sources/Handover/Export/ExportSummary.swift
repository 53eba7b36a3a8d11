public import Foundation

/// What an export produced.
public struct ExportSummary: Sendable {
    /// The bundle file, when the bundle was written to a file.
    public var bundle: URL?
    /// The bundle's manifest.
    public var manifest: Manifest
    /// The total number of records exported.
    public var recordCount: Int { manifest.collections.reduce(0) { $0 + $1.records } }
}

extension ExportSummary {
    /// This summary, naming the file the bundle was written to.
    func with(bundle: URL) -> ExportSummary {
        var summary = self
        summary.bundle = bundle
        return summary
    }
}
