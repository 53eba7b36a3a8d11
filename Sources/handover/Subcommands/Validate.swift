import ArgumentParser
import Foundation
import Handover

extension HandoverCommand {
    /// `handover validate`: checks a bundle, or a configuration file, and reports what is wrong.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that a bundle (or a configuration file) follows the bundle format.",
            discussion: """
                For a bundle: the zip opens and is safe (no paths outside the bundle, duplicates, \
                symlinks, encryption, lying sizes); manifest.json is present and decodes strictly with \
                a known format version; every entry it lists is present with its size and SHA-256, \
                and nothing else; manifest.json and data.json are valid against the bundled JSON \
                Schemas (2020-12) and data.xml against the bundled XSD; data.json and data.xml hold \
                the same records and values; record counts match the manifest.

                With --config instead of a bundle: checks the configuration against its JSON Schema \
                and loads it as an export would, reporting every problem with its line.

                Exit codes (not the sysexits codes of 'export'):
                  0  valid
                  1  invalid: the report says why
                  2  the input could not be examined (missing, unreadable, not a zip) or a usage error

                Examples:
                  handover validate alice.zip
                  handover validate --format github alice.zip
                  handover validate --config handover.yaml
                """
        )

        @Argument(help: ArgumentHelp("The bundle to check (a .zip file).", valueName: "bundle"))
        var bundle: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Check this configuration file instead.", valueName: "file"))
        var config: String?

        @Option(help: "How to print the report: text, json, junit (JUnit XML) or github (Actions annotations).")
        var format: ReportFormat = .text

        func validate() throws {
            if (bundle == nil) == (config == nil) {
                throw ValidationError("Give either a bundle or --config FILE, not both and not neither.")
            }
        }

        func run() throws {
            try run(registry: .standard)
        }

        /// Runs the check, accepting the source kinds of `registry` in a configuration.
        func run(registry: DataSourceRegistry) throws {
            let report: ValidationReport
            if let config {
                report = ConfigurationValidator(loader: ConfigurationLoader(registry: registry))
                    .validate(configurationAt: URL(fileURLWithPath: config), name: config)
            } else {
                let path = bundle!
                report = BundleValidator().validate(bundleAt: URL(fileURLWithPath: path), name: path)
            }
            print(format.render(report), terminator: "")
            if report.inputUnusable { throw ExitCode(2) }
            if !report.isValid { throw ExitCode(1) }
        }
    }
}
