public import Foundation

/// Checks that a bundle is what the bundle format (`Schemas/README.md`) says it is, and reports
/// every finding as a ``Diagnostic``.
///
/// The standard checks, in order: the zip opens and is safe (see ``HandoverBundle``); the manifest
/// is present, decodes strictly and declares a format version this Handover reads
/// (``ManifestCheck``); every listed entry is present with the listed size and SHA-256 and nothing
/// else is in the zip (``EntryIntegrityCheck``); `data.xml` is valid against the bundled XSD
/// (``XMLSchemaCheck``); `data.json` and `data.xml` hold the same records with the same values, and
/// the record counts agree with the manifest (``RecordConsistencyCheck``). JSON Schema validation
/// of `manifest.json` and `data.json` is not part of these checks yet.
///
/// ## Usage
/// ```swift
/// let report = BundleValidator().validate(bundleAt: URL(fileURLWithPath: "alice.zip"))
/// for diagnostic in report.diagnostics { print(diagnostic) }
/// ```
public struct BundleValidator: Sendable {
    /// The checks run after the zip has been opened.
    public var checks: [any BundleCheck]
    /// The limits the zip is opened with.
    public var limits: HandoverBundle.Limits

    /// The standard checks, in order.
    public static var standardChecks: [any BundleCheck] {
        [ManifestCheck(), EntryIntegrityCheck(), JSONSchemaCheck(), XMLSchemaCheck(), RecordConsistencyCheck()]
    }

    /// Creates a validator.
    public init(checks: [any BundleCheck] = BundleValidator.standardChecks, limits: HandoverBundle.Limits = .init()) {
        self.checks = checks
        self.limits = limits
    }

    /// Validates the bundle at `url`.
    ///
    /// Never throws: every problem, including a file that cannot be read, is a diagnostic. Entries
    /// are extracted into a private (0700) temporary directory that is removed before returning.
    ///
    /// - Parameters:
    ///   - url: The bundle's zip.
    ///   - name: How to name the file in diagnostics (default: the path as given).
    /// - Returns: The report; ``ValidationReport/isValid`` tells the verdict.
    public func validate(bundleAt url: URL, name: String? = nil) -> ValidationReport {
        let file = name ?? url.relativePath
        var report = ValidationReport(subject: file)
        report.checks.append("zip")
        let bundle: HandoverBundle
        do {
            bundle = try HandoverBundle(contentsOf: url, limits: limits)
        } catch {
            let unusable = error.code == .inputMissing || error.message.hasPrefix("not a zip archive")
            report.inputUnusable = unusable
            report.diagnostics.append(
                Diagnostic(
                    .error, unusable ? .inputUnreadable : .zipInvalid, error.message, at: .init(file: file),
                    hint: error.hint))
            report.diagnosticsByCheck["zip"] = report.diagnostics
            return report
        }
        let directory: URL
        do {
            directory = try HandoverBundle.makePrivateDirectory()
        } catch {
            report.inputUnusable = true
            report.diagnostics.append(Diagnostic(.error, .inputUnreadable, error.message, at: .init(file: file)))
            return report
        }
        defer { StagingArea.remove(tracked: directory) }
        var context = BundleValidationContext(bundle: bundle, file: file, workDirectory: directory)
        for check in checks {
            report.checks.append(check.name)
            let before = context.diagnostics.count
            let proceed = check.run(&context)
            report.diagnosticsByCheck[check.name] = Array(context.diagnostics[before...])
            if !proceed { break }
        }
        report.diagnostics = context.diagnostics
        return report
    }
}
