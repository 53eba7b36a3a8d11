import ArgumentParser
import Foundation
import Handover

/// The `handover` command: answers GDPR data-subject requests from the command line.
@main
struct HandoverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Answer GDPR data-subject requests: gather one person's records into a portable bundle.",
        discussion: """
            Exit codes of 'export' (sysexits.h; 'validate' and 'schemas' use 0/1/2, see their help):
              0   success
              64  usage error (bad option, subject identifier or identity type)
              65  bad data in a source (malformed CSV/JSON, undescribed field, bad value)
              66  a source or configuration file is missing or unreadable
              69  --allow-partial: the bundle was written without a source that failed (see its manifest)
              70  internal error (please report it)
              73  the bundle could not be created at the output path
              74  reading or writing failed (disk full, I/O error)
              75  a source is locked by another process's write (SQLite); retry later
              78  the configuration is invalid
              130 interrupted by SIGINT (129: SIGHUP, 143: SIGTERM); nothing was written at the output path
            """,
        version: Exporter.generator.version,
        subcommands: [Export.self, Validate.self, Check.self, Init.self, Inspect.self, Schemas.self]
    )

    /// Runs the command. Usage errors exit with 64 (EX_USAGE), except for `validate` and `schemas`,
    /// whose documented exit codes are 0, 1 and 2: their usage errors exit with 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let subcommand = CommandLine.arguments.dropFirst().first
            let usesSimpleCodes = subcommand == "validate" || subcommand == "check" || subcommand == "schemas"
            if usesSimpleCodes && exitCode(for: error) == .validationFailure {
                Terminal.standardError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
