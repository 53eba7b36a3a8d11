import ArgumentParser
import Foundation
import Handover

extension HandoverCommand {
    /// `handover init`: a draft configuration from live sources or a Fides dataset.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft a configuration from SQLite, PostgreSQL, CSV and JSON sources, or from a Fides dataset.",
            discussion: """
                Surveys every table and column (SQLite, PostgreSQL), every CSV header and every JSON \
                key, and writes a configuration that loads and exports as it is: categories, identity \
                fields (e-mail and phone, by name and values), references (declared foreign keys and \
                <name>_id fields) and secrets (password, token, hash… names) are guessed, and every \
                guess is followed by a '# REVIEW:' comment. Controller, purposes, legal bases and \
                retention are placeholders. Up to --sample rows per table are read to tell e-mail \
                addresses, phone numbers and dates apart; no value from the data is written.

                E-mail addresses or phone numbers in a field whose name does not say they are the \
                subject's are drafted as other people's data (third_party: redact).

                Exit codes: 0 written; 64 usage; 65 bad data; 66 an input is missing; 73 the output \
                exists (use --force); 78 a Fides file is invalid.

                Examples:
                  handover init Examples/quickstart --default-country NL --output handover.yaml
                  handover init --postgresql postgresql://privacy@db/shop --password-env SHOP_DB_PASSWORD
                  handover init --from-fides fides/shop.yml --source shop=shop.sqlite -o handover.yaml
                  grep -n REVIEW handover.yaml
                """
        )

        @Argument(
            help: ArgumentHelp(
                "SQLite, CSV, JSON or JSON Lines files, or folders holding them.", valueName: "path"),
            completion: .file())
        var paths: [String] = []

        @Option(
            help: ArgumentHelp(
                "A PostgreSQL database to survey: a libpq URL without a password ('' for the PG* variables).",
                valueName: "url"))
        var postgresql: String?

        @Option(help: ArgumentHelp("The environment variable holding the PostgreSQL password.", valueName: "name"))
        var passwordEnv: String?

        @Option(
            help: ArgumentHelp("Draft from a Fides dataset file instead of surveying sources.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
        var fromFides: String?

        @Option(
            help: ArgumentHelp(
                "With --from-fides: where a dataset's data is, as FIDES_KEY=PATH (a file) or FIDES_KEY=postgresql://… "
                    + "Repeat for each dataset.", valueName: "key=place"))
        var source: [String] = []

        @Option(help: ArgumentHelp("The country of national phone numbers (ISO 3166-1, e.g. NL).", valueName: "cc"))
        var defaultCountry: String?

        @Option(help: "The most rows or records read per collection to tell e-mail addresses, phones and dates apart.")
        var sample = 1000

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp("Where to write the draft (default: standard output).", valueName: "file"),
            completion: .file(extensions: ["yaml"]))
        var output: String?

        @Flag(help: "Replace an existing file at --output.")
        var force = false

        func validate() throws {
            if fromFides == nil && paths.isEmpty && postgresql == nil {
                throw ValidationError("Name the data to survey (paths, or --postgresql URL), or a --from-fides file.")
            }
            if fromFides != nil && (!paths.isEmpty || postgresql != nil) {
                throw ValidationError(
                    "--from-fides drafts from the dataset alone; give places with --source KEY=PLACE.")
            }
            if fromFides == nil && !source.isEmpty {
                throw ValidationError("--source is for --from-fides.")
            }
            if let country = defaultCountry, country.count != 2 || !country.allSatisfy(\.isLetter) {
                throw ValidationError("--default-country takes a two-letter ISO 3166-1 code, such as NL.")
            }
            if sample < 1 { throw ValidationError("--sample must be at least 1.") }
        }

        func run() async throws {
            try await runReportingErrors {
                let outputFile = output.map { URL(fileURLWithPath: $0) }
                let base =
                    outputFile?.deletingLastPathComponent()
                    ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                let country = defaultCountry?.uppercased()
                let draft: ConfigurationDraft
                if let fromFides {
                    var places: [String: FidesDatasetImport.Place] = [:]
                    for entry in source {
                        guard let equals = entry.firstIndex(of: "="), equals != entry.startIndex else {
                            throw ValidationError("--source takes FIDES_KEY=PLACE, not '\(entry)'.")
                        }
                        let key = String(entry[..<equals])
                        let place = String(entry[entry.index(after: equals)...])
                        if place.hasPrefix("postgresql://") || place.hasPrefix("postgres://") {
                            places[key] = .postgreSQL(url: place)
                        } else {
                            let file = URL(fileURLWithPath: place)
                            guard ConfigurationDrafter.kind(ofFile: file) != nil else {
                                throw ValidationError(
                                    "--source \(key)=\(place): not an SQLite, CSV, JSON or JSON Lines file.")
                            }
                            places[key] = .file(file)
                        }
                    }
                    draft = try await FidesDatasetImport(places: places, defaultCountry: country)
                        .draft(fromFileAt: URL(fileURLWithPath: fromFides), relativeTo: base)
                } else {
                    var inputs = paths.map { ConfigurationDrafter.Input.path(URL(fileURLWithPath: $0)) }
                    if let postgresql {
                        inputs.append(.postgreSQL(url: postgresql.isEmpty ? nil : postgresql, passwordEnv: passwordEnv))
                    }
                    draft = try await ConfigurationDrafter(sampleLimit: sample, defaultCountry: country)
                        .draft(inputs, relativeTo: base)
                }
                guard let outputFile else {
                    print(draft.yaml, terminator: "")
                    return
                }
                try draft.write(to: outputFile, replacingExisting: force)
                let reviews = draft.yaml.split(separator: "\n").filter { $0.contains(ConfigurationDraft.reviewMarker) }
                Terminal.standardError(
                    "Wrote \(output!): \(draft.sources.reduce(0) { $0 + $1.collections.count }) collections from "
                        + "\(draft.sources.count) sources, \(reviews.count) lines to review "
                        + "(grep -n \(ConfigurationDraft.reviewMarker) \(output!)); then run "
                        + "'handover check --config \(output!)'.")
            }
        }
    }
}
