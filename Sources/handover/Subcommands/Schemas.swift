import ArgumentParser
import Foundation
import Handover

extension HandoverCommand {
    /// `handover schemas`: writes the bundle format's schemas.
    struct Schemas: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the bundle format's schemas (JSON Schema and XSD) into a directory.",
            discussion: """
                Writes v1/manifest.schema.json, v1/data.schema.json, v1/config.schema.json and \
                v1/data.xsd: the schemas this Handover validates against, identical to Schemas/ in its \
                source. Exit codes: 0 written, 2 usage error or the files could not be written.
                """
        )

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("The directory to write into (created if missing).", valueName: "dir"))
        var output: String

        func run() throws {
            do {
                for url in try BundledSchemas.write(to: URL(fileURLWithPath: output)) { print(url.relativePath) }
            } catch {
                Terminal.standardError("error: \(error)")
                throw ExitCode(2)
            }
        }
    }
}
