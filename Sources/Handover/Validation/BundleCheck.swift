import Foundation

/// One step of bundle validation. ``BundleValidator`` runs its checks in order over a shared
/// ``BundleValidationContext``; a check reports findings there and may stop the run when later
/// checks would be meaningless (no manifest, an unknown major version).
///
/// The JSON Schema validation of `manifest.json` and `data.json` against `Schemas/v1/` will be one
/// more check, placed after ``ManifestCheck``.
public protocol BundleCheck: Sendable {
    /// A short name used in reports (`manifest`, `xml-schema`).
    var name: String { get }

    /// Examines the bundle and records findings in `context`.
    ///
    /// - Returns: `false` to stop the run after this check.
    func run(_ context: inout BundleValidationContext) -> Bool
}

/// What the checks of one validation share: the opened bundle, what earlier checks learnt, and the
/// findings so far.
public struct BundleValidationContext: Sendable {
    /// The bundle being validated.
    public let bundle: HandoverBundle
    /// The name of the bundle file in diagnostics.
    public let file: String
    /// The manifest, once ``ManifestCheck`` has read it.
    public var manifest: Manifest?
    /// Entries extracted by ``EntryIntegrityCheck`` into a private directory, by path.
    public var extracted: [String: HandoverBundle.ExtractedEntry] = [:]
    /// The findings so far.
    public internal(set) var diagnostics: [Diagnostic] = []
    /// How many diagnostics one check reports at most before it summarises the rest.
    public var maxDiagnosticsPerCheck = 50

    /// The private directory entries are extracted into; removed by the validator.
    let workDirectory: URL

    init(bundle: HandoverBundle, file: String, workDirectory: URL) {
        self.bundle = bundle
        self.file = file
        self.workDirectory = workDirectory
    }

    /// Records an error.
    public mutating func error(
        _ code: Diagnostic.Code, _ message: String, entry: String? = nil, line: Int? = nil, pointer: String? = nil,
        hint: String? = nil
    ) {
        diagnostics.append(
            Diagnostic(
                .error, code, message, at: .init(file: file, entry: entry, line: line, pointer: pointer), hint: hint))
    }

    /// Records a warning.
    public mutating func warning(
        _ code: Diagnostic.Code, _ message: String, entry: String? = nil, line: Int? = nil, pointer: String? = nil,
        hint: String? = nil
    ) {
        diagnostics.append(
            Diagnostic(
                .warning, code, message, at: .init(file: file, entry: entry, line: line, pointer: pointer), hint: hint))
    }

    /// Records a ``HandoverError`` from a reader as an error with its location.
    mutating func error(_ code: Diagnostic.Code, _ failure: HandoverError, entry: String) {
        diagnostics.append(
            Diagnostic(
                .error, code, failure.message,
                at: .init(file: file, entry: entry, line: failure.location?.line, pointer: failure.location?.field),
                hint: failure.hint))
    }
}
