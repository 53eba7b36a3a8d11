public import ArgumentParser
import Foundation
import Handover
import Logging

extension HandoverCommand {
    /// `handover export`: writes one subject's bundle.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export one data subject's records into a zipped bundle.",
            discussion: """
                Searches every collection of the configuration for the subject's records (identifiers \
                normalised and matched exactly, references followed), and writes data.json, data.xml, \
                a readable index.html and manifest.json into a zip. The zip appears at --output only when complete; on any error \
                nothing is written there.

                Example:
                  handover export -c handover.yaml -s email=alice@example.com -o alice.zip
                """
        )

        @Option(
            name: .shortAndLong, help: ArgumentHelp("The configuration file (YAML or JSON).", valueName: "file"),
            completion: .file(extensions: ["yaml", "yml", "json"]))
        var config: String

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "An identifier of the subject, as TYPE=VALUE (e.g. email=alice@example.com). Repeat it for more "
                    + "identifiers of the same person (all of them go into one bundle: never two people's); "
                    + "a warning says when the data links them to nothing in common.",
                valueName: "type=value"))
        var subject: [String]

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The bundle to write (a new .zip file). Never one of the export's inputs (the configuration, "
                    + "a source file) nor a symbolic link, directory or device.",
                valueName: "file"),
            completion: .file(extensions: ["zip"]))
        var output: String

        @Flag(help: "Replace an existing regular file at --output (without it, an existing file is an error, exit 73).")
        var force = false

        @Option(
            help: ArgumentHelp(
                "The right exercised: access (GDPR Art. 15: all personal data, with purposes, recipients, "
                    + "retention, sources, transfers) or portability (Art. 20: data provided or observed, "
                    + "under consent or contract).",
                valueName: "access|portability"))
        var scope: ExportScope = .access

        @Option(
            help: ArgumentHelp(
                "The language of the bundle's index.html; by default the controller's language, else English.",
                valueName: "en|nl|ro|da"))
        var language: PageLanguage?

        @Flag(
            help: "Write a byte-identical bundle for identical data: fixed timestamps, bundle id derived from content.")
        var deterministic = false

        @Flag(
            help: ArgumentHelp(
                "When a source fails while it is read, write the bundle without its collections (listed in the "
                    + "manifest's 'missing' and on the page) and exit 69, instead of failing the export."))
        var allowPartial = false

        @Flag(name: .shortAndLong, help: "Print nothing but errors and warnings.")
        var quiet = false

        @Flag(
            name: .shortAndLong,
            help: "Log each phase and collection to standard error (swift-log, with the request id; no values).")
        var verbose = false

        @Flag(
            help: ArgumentHelp(
                "Print the export's report as one JSON object on standard output: the bundle, its id and scope, "
                    + "records per collection, bytes, phase durations and warnings (no identifier or other value)."))
        var json = false

        /// The exit code of a partial bundle (`--allow-partial` and a source failed).
        static let partialExitCode: Int32 = 69

        func validate() throws {
            if subject.isEmpty {
                throw ValidationError("Name the subject with at least one --subject TYPE=VALUE.")
            }
        }

        func run() async throws {
            removeUnfinishedBundlesOnInterrupt()
            try await run(registry: .standard)
        }

        /// Runs the export with the source kinds of `registry`: what `run()` does with the built-in
        /// kinds, and what a program that embeds the command with kinds of its own calls.
        func run(registry: DataSourceRegistry) async throws {
            try await runReportingErrors {
                let identifiers = try subject.map(SubjectIdentifier.init(parsing:))
                let configuration = try ConfigurationLoader(registry: registry).load(from: URL(fileURLWithPath: config))
                var exporter = Exporter(configuration: configuration)
                if verbose {
                    var logger = Logger(label: "handover") { StreamLogHandler.standardError(label: $0) }
                    logger.logLevel = .debug
                    exporter.logger = logger
                }
                let display = quiet ? nil : ProgressDisplay()
                let summary: ExportSummary
                do {
                    var request = ExportRequest(
                        identifiers: identifiers, scope: scope, deterministic: deterministic, language: language)
                    request.allowsPartial = allowPartial
                    summary = try await exporter.export(
                        request, to: URL(fileURLWithPath: output), replacingExisting: force
                    ) { event in display?.show(event) }
                } catch var error as HandoverError where error.code == .outputExists {
                    error.hint = "Choose another --output, remove the file, or add --force to replace it"
                    throw error
                }
                for warning in summary.warnings { Terminal.standardError("\(warning)") }
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    FileHandle.standardOutput.write(try encoder.encode(summary) + Data("\n".utf8))
                }
                if !quiet {
                    Terminal.standardError(
                        "Wrote \(output): \(summary.recordCount) records from \(summary.manifest.collections.count) collections."
                    )
                }
                if let missing = summary.manifest.missing, !missing.isEmpty {
                    // EX_UNAVAILABLE: the bundle is written, but a source was not available in full.
                    throw ExitCode(Self.partialExitCode)
                }
            }
        }
    }
}

extension ExportScope: ExpressibleByArgument {}
extension PageLanguage: ExpressibleByArgument {}
