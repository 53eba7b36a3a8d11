public import Foundation
internal import Yams

/// Turns Fides dataset annotations into a configuration draft (`handover init --from-fides`), so
/// that a team already annotating its data for Fides need not annotate it again.
///
/// | Fides | Handover |
/// |---|---|
/// | a dataset | a source (its `fides_key` is the id; its place is given apart, Fides keeps it in a connection) |
/// | a collection and its fields | a collection and its fields |
/// | `data_categories` | the field's `category` (the first; further ones are listed for review) |
/// | a custom category (`user.financial.credit_score`) | an entry under `extensions:` whose parent is its nearest fideslang category |
/// | a `system.*` category | `ignore` (not personal data) |
/// | `user.authorization.*` categories, credential names | `secret` |
/// | `fides_meta.identity: email` / `phone_number` / other | `identities: {email | phone | other: field}` |
/// | `references` with `direction: from` | `references: [{field, to}]` on this collection |
/// | `references` with `direction: to` | `references: [{field: key, to: this.field}]` on the referenced collection |
/// | nested fields | the top-level field (carried as JSON), its parts' categories listed for review |
/// | a field of a file place the dataset leaves out | guessed from its name and values, as `init` does, for review |
///
/// What Fides declares elsewhere — purposes and legal bases (its systems' privacy declarations),
/// retention, recipients — and what has no counterpart (`after`, `erase_after`, masking) become
/// review comments.
public struct FidesDatasetImport: Sendable {
    /// Where a dataset's data is: a file (SQLite, CSV, JSON, JSON Lines), or a PostgreSQL URL.
    public enum Place: Sendable, Equatable {
        /// A file (SQLite, CSV, JSON, JSON Lines): its text dates get a `type:` from a survey of its
        /// values, and the fields the dataset does not annotate are drafted from the survey.
        case file(URL)
        /// A PostgreSQL database.
        case postgreSQL(url: String?)
    }

    /// The place of each dataset, by `fides_key`; datasets not listed get a PostgreSQL source without a URL.
    public var places: [String: Place]
    /// The country of national phone numbers, for the `phone` identity type.
    public var defaultCountry: String?

    /// Creates an import.
    public init(places: [String: Place] = [:], defaultCountry: String? = nil) {
        self.places = places
        self.defaultCountry = defaultCountry
    }

    /// Reads the Fides file at `file` and drafts a configuration from its datasets.
    ///
    /// - Parameters:
    ///   - file: The Fides dataset file.
    ///   - base: The folder the configuration will be written to: file places are written relative to it.
    /// - Throws: ``HandoverError`` (``Diagnostic/Code/inputMissing`` when a file cannot be read,
    ///   ``Diagnostic/Code/dataInvalid`` when it is not a Fides dataset file).
    public func draft(fromFileAt file: URL, relativeTo base: URL) async throws -> ConfigurationDraft {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw HandoverError(
                .inputMissing, "cannot read the Fides dataset file", at: .init(file: file.relativePath),
                hint: "Check the path given to --from-fides", underlying: error)
        }
        let parsed: FidesDatasetFile
        do {
            parsed = try YAMLDecoder().decode(FidesDatasetFile.self, from: text)
        } catch let error as DecodingError {
            throw HandoverError(
                .dataInvalid, "not a Fides dataset file: \(Self.describe(error))", at: .init(file: file.relativePath),
                hint:
                    "A Fides dataset file has a top-level 'dataset:' list of datasets with 'fides_key' and 'collections'"
            )
        } catch {
            throw HandoverError(
                .dataInvalid, "not YAML: \(error)", at: .init(file: file.relativePath),
                hint: "Fix the YAML syntax at that position")
        }
        var draft = draft(from: parsed.dataset, relativeTo: base)
        // Fides has no date types: a survey of each file tells which text fields hold dates.
        for index in draft.sources.indices {
            guard
                let key = parsed.dataset.first(where: {
                    ConfigurationDrafter.identifier($0.fidesKey) == draft.sources[index].id
                })?.fidesKey,
                case .file(let url)? = places[key]
            else { continue }
            let surveyed = try await ConfigurationDrafter.survey(file: url, id: draft.sources[index].id, base: base)
            for (collectionIndex, collection) in draft.sources[index].collections.enumerated() {
                guard
                    let found = surveyed.collections.first(where: { $0.name == (collection.table ?? collection.name) })
                        ?? (surveyed.collections.count == 1 ? surveyed.collections.first : nil)
                else { continue }
                for (fieldIndex, field) in collection.fields.enumerated() where field.disposition == .export {
                    guard let profiled = found[field: field.name], let type = FieldGuess.guess(profiled).type else {
                        continue
                    }
                    draft.sources[index].collections[collectionIndex].fields[fieldIndex].type = type
                    draft.sources[index].collections[collectionIndex].fields[fieldIndex].review! +=
                        "; type \(type.rawValue) from the data's values"
                }
                // Fides annotates what it processes; the export must describe every field it reads.
                let named = Set(collection.fields.map(\.name))
                for field in found.fields where !named.contains(field.name) {
                    draft.sources[index].collections[collectionIndex].fields.append(
                        FieldGuess.guess(field).draftField(
                            named: field.name, reviewPrefix: "not in the Fides dataset, found in the data: "))
                }
            }
        }
        return draft
    }

    func draft(from datasets: [FidesDataset], relativeTo base: URL) -> ConfigurationDraft {
        var draft = ConfigurationDraft()
        draft.review.append(
            "drafted from a Fides dataset: Fides keeps purposes, legal bases and retention in its systems' privacy "
                + "declarations, so each collection's are placeholders here")
        let sourceIDs = Dictionary(
            datasets.map { ($0.fidesKey, ConfigurationDrafter.identifier($0.fidesKey)) },
            uniquingKeysWith: { a, _ in a })
        // References with direction `to` are written on the collection they point to.
        var incoming: [String: [ConfigurationDraft.Reference]] = [:]
        // References between two fields of one identity type are discovery on the referenced collection.
        var discovered: [String: [(type: String, field: String)]] = [:]
        var collections: [[ConfigurationDraft.Collection]] = []
        for dataset in datasets {
            var drafted: [ConfigurationDraft.Collection] = []
            for collection in dataset.collections {
                drafted.append(
                    self.collection(
                        collection, in: dataset, sourceIDs: sourceIDs, incoming: &incoming, discovered: &discovered))
            }
            collections.append(drafted)
        }
        for (datasetIndex, dataset) in datasets.enumerated() {
            let id = sourceIDs[dataset.fidesKey]!
            var source: ConfigurationDraft.Source
            switch places[dataset.fidesKey] {
            case .file(let url)?:
                source = .init(
                    id: id, kind: ConfigurationDrafter.kind(ofFile: url) ?? "sqlite",
                    settings: [("path", ConfigurationDrafter.relativePath(of: url, from: base))], collections: [])
            case .postgreSQL(let url)?:
                source = .init(id: id, kind: "postgresql", settings: url.map { [("url", $0)] } ?? [], collections: [])
            case nil:
                source = .init(id: id, kind: "postgresql", settings: [], collections: [])
                source.review.append(
                    "Fides keeps where '\(dataset.fidesKey)' is in a connection configuration: set 'url' (or the PG* "
                        + "variables), or give its file with --source \(dataset.fidesKey)=PATH")
            }
            if let description = dataset.description { source.review.append("Fides description: \(description)") }
            for var collection in collections[datasetIndex] {
                collection.references += incoming["\(id)/\(collection.name)"] ?? []
                for (type, field) in discovered["\(id)/\(collection.name)"] ?? [] {
                    if let index = collection.discovers.firstIndex(where: { $0.type == type }) {
                        if !collection.discovers[index].fields.contains(field) {
                            collection.discovers[index].fields.append(field)
                        }
                    } else {
                        collection.discovers.append((type, [field]))
                    }
                }
                guard !collection.identities.isEmpty || !collection.references.isEmpty else {
                    source.leftOut.append(
                        "\(collection.name): the dataset gives it no identity and no reference, so no record of it "
                            + "can be found for a subject")
                    continue
                }
                for (type, _) in collection.identities + collection.discovers {
                    draft.useIdentityType(type, defaultCountry: defaultCountry)
                }
                source.collections.append(collection)
            }
            if source.collections.isEmpty {
                draft.review += source.leftOut.map { "not drafted from dataset '\(dataset.fidesKey)': \($0)" }
            } else {
                draft.sources.append(source)
            }
        }
        draft.extensions = Self.extensions(usedIn: draft.sources)
        return draft
    }

    /// The custom categories (`user.financial.credit_score`) the drafted fields use, each declared
    /// under the nearest category above it — another of them, else a fideslang one — so that the
    /// draft loads; the description is a placeholder marked for review.
    static func extensions(usedIn sources: [ConfigurationDraft.Source]) -> [TaxonomyExtension] {
        var custom: [String] = []
        for field in sources.flatMap(\.collections).flatMap(\.fields) {
            guard let category = field.category, !Taxonomy.dataCategories.contains(category),
                !custom.contains(category), Taxonomy.nearestAncestor(of: category, in: Taxonomy.dataCategories) != nil
            else { continue }
            custom.append(category)
        }
        return custom.map { key in
            let parent =
                custom.filter { key.hasPrefix($0 + ".") }.max(by: { $0.count < $1.count })
                ?? Taxonomy.nearestAncestor(of: key, in: Taxonomy.dataCategories)!
            return TaxonomyExtension(
                key: key, parent: parent,
                description: "A data category of the controller's own, named in the Fides dataset")
        }
    }

    private func collection(
        _ collection: FidesCollection, in dataset: FidesDataset, sourceIDs: [String: String],
        incoming: inout [String: [ConfigurationDraft.Reference]],
        discovered: inout [String: [(type: String, field: String)]]
    ) -> ConfigurationDraft.Collection {
        let sourceID = sourceIDs[dataset.fidesKey]!
        var result = ConfigurationDraft.Collection(name: collection.name)
        if let description = collection.description { result.review.append("Fides description: \(description)") }
        if let after = collection.fidesMeta?.after, !after.isEmpty {
            result.review.append(
                "Fides runs it after \(after.joined(separator: ", ")); Handover follows identities and references "
                    + "to a fixpoint, so the order needs no setting")
        }
        if collection.fidesMeta?.skipProcessing == true {
            result.review.append("Fides skips it ('skip_processing'); it is drafted so that you decide")
        }
        for field in collection.fields {
            let parts = field.flattened()
            let categories = parts.flatMap { $0.field.dataCategories ?? [] }
            var drafted = ConfigurationDraft.Field(
                name: field.name, disposition: .export, description: field.description)
            let personal = categories.filter { !$0.hasPrefix("system") }
            if categories.contains(where: { $0.hasPrefix("user.authorization") })
                || LiveSourceCheck.looksSecret(field.name)
            {
                drafted = .init(
                    name: field.name, disposition: .secret,
                    review: "a credential (by its Fides category or its name): never exported")
            } else if personal.isEmpty && !categories.isEmpty {
                drafted = .init(
                    name: field.name, disposition: .ignore,
                    review: "Fides calls it \(categories.joined(separator: ", ")): not personal data")
            } else {
                drafted.category = personal.first ?? "user"
                drafted.provenance = .provided
                var notes = [
                    personal.isEmpty
                        ? "Fides gives no category: choose one" : "category from Fides",
                    "provenance is not in a Fides dataset: choose provided, observed, derived or inferred",
                ]
                if let category = personal.first, !Taxonomy.dataCategories.contains(category) {
                    if Taxonomy.nearestAncestor(of: category, in: Taxonomy.dataCategories) != nil {
                        notes[0] = "a custom category from Fides, declared under 'extensions:'"
                    } else {
                        drafted.category = "user"
                        notes[0] =
                            "Fides names '\(category)', which refines no fideslang category: choose a standard one "
                            + "or declare it under 'extensions:'"
                    }
                }
                if personal.count > 1 {
                    notes.append("Fides also names " + personal.dropFirst().joined(separator: ", "))
                }
                if parts.count > 1 {
                    notes.append(
                        "its parts " + parts.dropFirst().map(\.name).joined(separator: ", ")
                            + " are carried inside it as JSON")
                }
                drafted.review = notes.joined(separator: "; ")
            }
            result.fields.append(drafted)
            for (name, part) in parts {
                if let identity = part.fidesMeta?.identity {
                    guard name == field.name else {
                        result.review.append(
                            "Fides matches '\(identity)' on the nested field \(name); Handover matches top-level "
                                + "fields only: list a field that holds the identifier itself")
                        continue
                    }
                    let type = identity == "phone_number" ? "phone" : ConfigurationDrafter.identifier(identity)
                    if let index = result.identities.firstIndex(where: { $0.type == type }) {
                        result.identities[index].fields.append(field.name)
                    } else {
                        result.identities.append((type, [field.name]))
                    }
                }
                for reference in part.fidesMeta?.references ?? [] {
                    guard let dot = reference.field.firstIndex(of: ".") else { continue }
                    let targetCollection = String(reference.field[..<dot])
                    let targetField = String(reference.field[reference.field.index(after: dot)...])
                    let targetSource = reference.dataset.flatMap { sourceIDs[$0] } ?? sourceID
                    guard name == field.name else {
                        result.review.append(
                            "Fides references \(reference.field) from the nested field \(name); Handover "
                                + "references top-level fields only")
                        continue
                    }
                    if let identity = part.fidesMeta?.identity, reference.direction != "to" {
                        // Fides fills this identity from the referenced field; Handover discovers the
                        // referenced field's values in the subject's records and matches them by the
                        // identity type's rule (a reference would compare them exactly).
                        let type = identity == "phone_number" ? "phone" : ConfigurationDrafter.identifier(identity)
                        discovered["\(targetSource)/\(targetCollection)", default: []].append((type, targetField))
                        continue
                    }
                    let prefix = { (source: String) in source == sourceID ? "" : source + "/" }
                    switch reference.direction {
                    case "to":
                        incoming["\(targetSource)/\(targetCollection)", default: []].append(
                            .init(
                                field: targetField,
                                to: prefix(targetSource) == ""
                                    ? "\(collection.name).\(field.name)"
                                    : "\(sourceID)/\(collection.name).\(field.name)",
                                review: "from Fides (\(collection.name).\(field.name), direction: to)"))
                    default:
                        result.references.append(
                            .init(
                                field: field.name, to: prefix(targetSource) + reference.field,
                                review: reference.direction == "from"
                                    ? "from Fides (direction: from)"
                                    : "from Fides, which gives no direction (both ways): Handover follows it from "
                                        + "\(reference.field) to this collection only"))
                    }
                }
            }
        }
        // An address or number Fides does not call an identity may be anyone's: withheld, as `init` does.
        let identityFields = Set(result.identities.flatMap(\.fields))
        for index in result.fields.indices
        where result.fields[index].disposition == .export && !identityFields.contains(result.fields[index].name)
            && ["user.contact.email", "user.contact.phone_number"].contains(result.fields[index].category)
        {
            result.fields[index].thirdParty = .redact
            result.fields[index].review! +=
                "; not an identity in the dataset, so whose contact data it is is unknown: withheld as other "
                + "people's (remove third_party if it is the subject's own)"
        }
        return result
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "'\(key.stringValue)' is missing at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "unexpected value at \(path(context.codingPath))"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty
            ? "the top level" : codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
