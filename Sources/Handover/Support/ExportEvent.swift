/// Something that happened during an export, for progress display.
public enum ExportEvent: Sendable {
    /// A collection is read to find identifiers and keys of the subject (references, discovery).
    case resolving(source: String, collection: String, round: Int)
    /// A collection is about to be searched.
    case collectionStarted(source: String, collection: String)
    /// How far the read of a collection has come (in the resolution or the assembly): bytes read of
    /// bytes in all, when the source knows them, and records found. Sent at most about ten times a
    /// second per collection.
    case scanProgress(source: String, collection: String, bytesRead: Int64, bytesTotal: Int64?, records: Int)
    /// A collection has been searched.
    case collectionFinished(source: String, collection: String, records: Int, seconds: Double)
    /// The bundle's entries are being zipped.
    case packaging
    /// A phase of the export ended: `plan` (sources opened, fields checked), `resolution` (the
    /// fixpoint of identifiers and keys), `collections` (records read and written into the
    /// entries) or `packaging` (manifest and zip).
    case phaseFinished(name: String, seconds: Double)
}
