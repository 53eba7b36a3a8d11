import ArgumentParser
import Foundation
import Handover

extension HandoverCommand {
    /// `handover check`: the configuration against its live sources, for CI.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a configuration against its live sources: fail on new, missing or unmarked fields.",
            discussion: """
                Validates the configuration as `validate --config` does, then opens every source: \
                every collection and field the configuration names must exist, every table column, \
                CSV header and JSON key in the data must be described (or marked ignore or secret) \
                — a new column fails, with a YAML snippet to start from — and no exported field may \
                be named like a credential (password, token, hash, secret, salt, api_key, otp). \
                Only field names are read; the report holds no value from the data.

                Exit codes (as 'validate'):
                  0  every source matches the configuration
                  1  something does not: the report says what
                  2  the configuration could not be read, or a usage error

                Examples:
                  handover check --config handover.yaml
                  handover check --config handover.yaml --format github
                """
        )

        @Option(
            name: .shortAndLong, help: ArgumentHelp("The configuration file.", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml", "json"]))
        var config: String

        @Option(help: "How to print the report: text, json, junit (JUnit XML) or github (Actions annotations).")
        var format: ReportFormat = .text

        func run() async throws {
            try await run(registry: .standard)
        }

        /// Runs the check with the source kinds of `registry`.
        func run(registry: DataSourceRegistry) async throws {
            let report = await LiveSourceCheck(loader: ConfigurationLoader(registry: registry))
                .check(configurationAt: URL(fileURLWithPath: config), name: config)
            print(format.render([report]), terminator: "")
            if report.inputUnusable { throw ExitCode(2) }
            if !report.isValid { throw ExitCode(1) }
        }
    }
}
