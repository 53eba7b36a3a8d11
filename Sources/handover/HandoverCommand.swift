import ArgumentParser
import Handover

/// The `handover` command: answers GDPR data-subject requests from the command line.
@main
struct HandoverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Answer GDPR data-subject requests: gather one person's records into a portable bundle.",
        discussion: """
            Exit codes:
              0   success
              64  usage error (bad option, subject identifier or identity type)
              65  bad data in a source (malformed CSV/JSON, undescribed field, bad value)
              66  a source or configuration file is missing or unreadable
              70  internal error (please report it)
              73  the bundle could not be created at the output path
              74  reading or writing failed (disk full, I/O error)
              78  the configuration is invalid
            """,
        version: Exporter.generator.version,
        subcommands: [Export.self]
    )
}
