/// Reads `manifest.json` strictly and checks that it declares a format and major version this
/// Handover reads. Stops the run when there is no usable manifest.
public struct ManifestCheck: BundleCheck {
    /// `manifest`.
    public var name: String { "manifest" }

    /// Creates the check.
    public init() {}

    /// Runs the check; see ``BundleCheck/run(_:)``.
    public func run(_ context: inout BundleValidationContext) -> Bool {
        guard context.bundle.entries.contains(where: { $0.path == "manifest.json" }) else {
            context.error(.manifestMissing, "the bundle has no manifest.json", hint: "Every bundle has one at its root")
            return false
        }
        let manifest: Manifest
        do {
            manifest = try context.bundle.manifest()
        } catch {
            let code: Diagnostic.Code =
                error.code == .bundleInvalid && error.location?.file == "manifest.json"
                ? .manifestInvalid : .entryDamaged
            context.error(code, error, entry: "manifest.json")
            return false
        }
        guard manifest.format == "handover-bundle-manifest" else {
            context.error(
                .formatUnsupported, "the manifest's format is '\(manifest.format)', not 'handover-bundle-manifest'",
                entry: "manifest.json", pointer: "/format")
            return false
        }
        guard manifest.formatVersion == BundleHeader.formatVersion else {
            context.error(
                .formatUnsupported,
                "the bundle has format version \(manifest.formatVersion); this Handover reads version "
                    + "\(BundleHeader.formatVersion) only",
                entry: "manifest.json", pointer: "/formatVersion",
                hint: "Validate it with a Handover that supports version \(manifest.formatVersion)")
            return false
        }
        context.manifest = manifest
        return true
    }
}
