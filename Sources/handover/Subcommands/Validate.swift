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
                  0  valid (every bundle given)
                  1  invalid: the report says why
                  2  an input could not be examined (missing, unreadable, not a zip) or a usage error

                With several bundles, --format json prints an array of reports and junit one test \
                suite per bundle.

                Examples:
                  handover validate alice.zip
                  handover validate exports/*.zip
                  handover validate --format github alice.zip
                  handover validate --config handover.yaml
                """
        )

        @Argument(
            help: ArgumentHelp("The bundles to check (.zip files); each is reported in turn.", valueName: "bundle"),
            completion: .file(extensions: ["zip"]))
        var bundles: [String] = []

        @Option(
            name: .shortAndLong, help: ArgumentHelp("Check this configuration file instead.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml", "json"]))
        var config: String?

        @Option(help: "How to print the report: text, json, junit (JUnit XML) or github (Actions annotations).")
        var format: ReportFormat = .text

        func validate() throws {
            if bundles.isEmpty == (config == nil) {
                throw ValidationError("Give either bundles or --config FILE, not both and not neither.")
            }
        }

        func run() throws {
            try run(registry: .standard)
        }

        /// Runs the check, accepting the source kinds of `registry` in a configuration.
        func run(registry: DataSourceRegistry) throws {
            // What is extracted to check the entries goes with the process.
            removeUnfinishedBundlesOnInterrupt(saying: "interrupted")
            let reports: [ValidationReport]
            if let config {
                reports = [
                    ConfigurationValidator(loader: ConfigurationLoader(registry: registry))
                        .validate(configurationAt: URL(fileURLWithPath: config), name: config)
                ]
            } else {
                let validator = BundleValidator()
                reports = bundles.map { validator.validate(bundleAt: URL(fileURLWithPath: $0), name: $0) }
            }
            print(format.render(reports), terminator: "")
            if reports.contains(where: \.inputUnusable) { throw ExitCode(2) }
            if reports.contains(where: { !$0.isValid }) { throw ExitCode(1) }
        }
    }
}
