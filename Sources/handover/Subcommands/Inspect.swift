import ArgumentParser
import Foundation
import Handover

extension HandoverCommand {
    /// `handover inspect`: a terminal summary of a bundle.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise a bundle: controller, subject, scope, counts per category and collection, files.",
            discussion: """
                Reads the manifest and data.json and checks every file against the manifest's size and \
                SHA-256. For a full check of the format use `handover validate`. Exit codes: 0 shown \
                (files intact), 1 a file does not match the manifest, 2 the bundle could not be read.
                """
        )

        @Argument(help: ArgumentHelp("The bundle (.zip).", valueName: "bundle"), completion: .file(extensions: ["zip"]))
        var bundle: String

        @Option(help: "How to print the summary: text, or json (one object, for scripts).")
        var format: InspectFormat = .text

        /// How `inspect` prints.
        enum InspectFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        func run() throws {
            // What is extracted to read data.json goes with the process.
            removeUnfinishedBundlesOnInterrupt(saying: "interrupted")
            let summary: BundleSummary
            do {
                summary = try BundleSummary(bundleAt: URL(fileURLWithPath: bundle))
            } catch {
                Terminal.standardError("error: \(error)")
                throw ExitCode(2)
            }
            if format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(summary), as: UTF8.self))
                if summary.files.contains(where: { $0.intact == false }) { throw ExitCode(1) }
                return
            }
            let manifest = summary.manifest
            let controller = summary.header.controller
            print("Bundle      \(bundle)")
            print("Controller  \(controller.name)\(controller.email.map { " <\($0)>" } ?? "")")
            if let dpo = controller.dpo { print("DPO         \(dpo.name)\(dpo.email.map { " <\($0)>" } ?? "")") }
            print("Authority   \(controller.supervisoryAuthority.name)")
            print("Subject     \(summary.header.identifiers.map(\.description).joined(separator: ", "))")
            for found in summary.header.discovered {
                print("            \(found.type)=\(found.value) (found in \(found.via))")
            }
            print("Scope       \(manifest.scope.rawValue)")
            print("Created     \(manifest.createdAt) by \(manifest.generator.name) \(manifest.generator.version)")
            print("Bundle id   \(manifest.bundleId)")
            print("\nCollections")
            let width = summary.collections.map(\.name.count).max() ?? 0
            for collection in summary.collections {
                print(
                    "  \(collection.name.padding(toLength: width, withPad: " ", startingAt: 0))  "
                        + "\(String(collection.records).leftPadded(6)) record\(collection.records == 1 ? "" : "s")")
            }
            for excluded in manifest.excluded {
                print("  \(excluded.source)/\(excluded.name): left out (\(excluded.reason))")
            }
            print("\nRecords per data category")
            let categoryWidth = summary.recordsByCategory.map(\.category.count).max() ?? 0
            for (category, records) in summary.recordsByCategory {
                print(
                    "  \(category.padding(toLength: categoryWidth, withPad: " ", startingAt: 0))  "
                        + String(records).leftPadded(6))
            }
            print("\nFiles")
            for file in summary.files {
                let status = file.intact.map { $0 ? "checksum ok" : "DOES NOT MATCH THE MANIFEST" } ?? "manifest"
                print(
                    "  \(file.path.padding(toLength: 14, withPad: " ", startingAt: 0))  \(String(file.size).leftPadded(10)) bytes  \(status)"
                )
            }
            if summary.files.contains(where: { $0.intact == false }) { throw ExitCode(1) }
        }
    }
}

extension String {
    /// The string right-aligned in `width` columns.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
