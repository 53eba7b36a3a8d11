import Foundation

/// Checks the zip's entries against the manifest: every listed entry present with the listed size
/// and SHA-256, nothing unlisted, and the entries the format requires (`data.json`, `data.xml`)
/// listed. Extracts the listed entries for the checks that follow.
public struct EntryIntegrityCheck: BundleCheck {
    /// The entries every version 1 bundle has besides the manifest.
    public static let requiredEntries = ["data.json", "data.xml"]

    /// `entries`.
    public var name: String { "entries" }

    /// Creates the check.
    public init() {}

    /// Runs the check; see ``BundleCheck/run(_:)``.
    public func run(_ context: inout BundleValidationContext) -> Bool {
        guard let manifest = context.manifest else { return false }
        let present = Set(context.bundle.entries.map(\.path))
        let listed = Set(manifest.entries.map(\.path))
        for (index, entry) in manifest.entries.enumerated() {
            let pointer = "/entries/\(index)"
            guard present.contains(entry.path) else {
                context.error(
                    .entryMissing, "the manifest lists '\(entry.path)', but the bundle does not hold it",
                    entry: "manifest.json", pointer: pointer)
                continue
            }
            let target = context.workDirectory.appendingPathComponent("entry-\(index)")
            let extracted: HandoverBundle.ExtractedEntry
            do {
                extracted = try context.bundle.extract(entry.path, to: target)
            } catch {
                context.error(.entryDamaged, error.message, entry: entry.path)
                continue
            }
            if extracted.size != entry.size {
                context.error(
                    .entrySizeMismatch,
                    "\(entry.path) has \(extracted.size) bytes, but the manifest lists \(entry.size)",
                    entry: entry.path, pointer: nil)
            }
            if extracted.sha256 != entry.sha256.lowercased() {
                context.error(
                    .entryChecksumMismatch,
                    "the SHA-256 of \(entry.path) is \(extracted.sha256), but the manifest lists \(entry.sha256): "
                        + "the entry was changed after the bundle was written",
                    entry: entry.path, hint: "Do not trust this entry; ask the sender for a new export")
                continue
            }
            context.extracted[entry.path] = extracted
        }
        for path in context.bundle.entries.map(\.path) where path != "manifest.json" && !listed.contains(path) {
            context.error(
                .entryUnlisted, "the bundle holds '\(path)', which the manifest does not list", entry: path,
                hint: "A bundle holds exactly the entries its manifest lists")
        }
        for path in Self.requiredEntries where !listed.contains(path) {
            context.error(
                .entryMissing, "the manifest does not list '\(path)', which every bundle has", entry: "manifest.json")
        }
        return true
    }
}
