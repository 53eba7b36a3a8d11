public import Foundation

/// Where a finished bundle goes: the last stage of an export.
///
/// The export builds the bundle's entries and zip in a private staging directory inside
/// ``workingDirectory``, then hands the zip to ``deliver(_:)`` once everything else has succeeded.
/// On any error or cancellation nothing is delivered and the staging directory is removed.
/// Handover ships ``FileOutput`` (a local file, replaced in one rename) and ``StreamOutput`` (the
/// zip's bytes to a caller's writer, such as an HTTP response body or an object-store upload).
public protocol BundleOutput: Sendable {
    /// The directory in which the export stages its files: for a file, the target's directory,
    /// so the final move is one rename on one file system.
    var workingDirectory: URL { get }

    /// Checks the destination before anything is read.
    ///
    /// - Parameter inputs: The export's input files (configuration and sources), which an output
    ///   must never overwrite.
    /// - Throws: ``HandoverError`` when the export must not write there.
    func check(inputs: [URL]) throws

    /// Delivers the finished zip, already synced to disk.
    ///
    /// - Parameter bundle: The zip in the staging directory; removed after this returns or throws.
    /// - Throws: ``HandoverError`` when the bundle cannot be delivered; `CancellationError` when
    ///   the task is cancelled while delivering.
    func deliver(_ bundle: URL) async throws
}
