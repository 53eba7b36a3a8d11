public import Foundation

/// What to export: whose data, in which scope, and how.
public struct ExportRequest: Sendable {
    /// The subject's identifiers.
    public var identifiers: [SubjectIdentifier]
    /// Which right the request exercises.
    public var scope: ExportScope
    /// Whether to make the bundle byte-identical for identical data: fixed timestamps and a
    /// bundle id derived from the content.
    public var deterministic: Bool
    /// The language of `index.html`; `nil` for the controller's language (or English).
    public var language: PageLanguage?

    /// Creates a request.
    public init(
        identifiers: [SubjectIdentifier], scope: ExportScope = .access, deterministic: Bool = false,
        language: PageLanguage? = nil
    ) {
        self.identifiers = identifiers
        self.scope = scope
        self.deterministic = deterministic
        self.language = language
    }
}

/// Something that happened during an export, for progress display.
public enum ExportEvent: Sendable {
    /// A collection is read to find identifiers and keys of the subject (references, discovery).
    case resolving(source: String, collection: String, round: Int)
    /// A collection is about to be searched.
    case collectionStarted(source: String, collection: String)
    /// A collection has been searched.
    case collectionFinished(source: String, collection: String, records: Int, seconds: Double)
    /// The bundle's entries are being zipped.
    case packaging
    /// A phase of the export ended: `plan` (sources opened, fields checked), `resolution` (the
    /// fixpoint of identifiers and keys), `collections` (records read and written into the
    /// entries) or `packaging` (manifest and zip).
    case phaseFinished(name: String, seconds: Double)
}

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
