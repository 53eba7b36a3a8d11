import Foundation
import Testing

@testable import Handover

/// The controller examples name every collection and every exported field in each language a page
/// can be written in, so that a person reading the Danish page of a Dutch controller reads Danish
/// headings, not `created_at` or the Dutch ones.
struct ExampleLabelTests {
    static let examples = ["quickstart", "ajos", "ajusto", "alsjelieft", "jetstax", "jsm"]

    /// Every collection of `example`'s configuration, with its path (`shop/orders`).
    static func collections(_ example: String) throws -> [(path: String, collection: CollectionConfiguration)] {
        let configuration = try ConfigurationLoader().load(
            from: Fixtures.examples.appendingPathComponent(example).appendingPathComponent("handover.yaml"))
        return configuration.sources.flatMap { source in
            source.collections.map { ("\(source.id)/\($0.name)", $0) }
        }
    }

    /// The fields of `collection` that are exported, in configuration order.
    static func exportedFields(of collection: CollectionConfiguration) -> [(name: String, field: FieldConfiguration)] {
        collection.fieldOrder.compactMap { name in
            collection.fields[name].flatMap { $0.disposition == .export ? (name, $0) : nil }
        }
    }

    @Test(arguments: examples)
    func everyCollectionAndExportedFieldHasALabelInEveryPageLanguage(example: String) throws {
        var unlabelled: [String] = []
        for (path, collection) in try Self.collections(example) {
            unlabelled += Self.missingLanguages(collection.label).map { "\(path) (\($0))" }
            for (name, field) in Self.exportedFields(of: collection) {
                unlabelled += Self.missingLanguages(field.label).map { "\(path).\(name) (\($0))" }
            }
        }
        #expect(unlabelled.isEmpty, "no label in: \(unlabelled.joined(separator: ", "))")
    }

    /// A field description is given in every page language, unless it only repeats one of the
    /// field's labels (the page leaves such a description out).
    @Test(arguments: examples)
    func everyDescriptionIsInEveryPageLanguage(example: String) throws {
        var untranslated: [String] = []
        for (path, collection) in try Self.collections(example) {
            for (name, field) in Self.exportedFields(of: collection) {
                guard let description = field.description else { continue }
                let labels = Set((field.label?.texts ?? []).map { $0.lowercased() })
                if description.texts.allSatisfy({ labels.contains($0.lowercased()) }) { continue }
                untranslated += Self.missingLanguages(description).map { "\(path).\(name) (\($0))" }
            }
        }
        #expect(untranslated.isEmpty, "no description in: \(untranslated.sorted().joined(separator: ", "))")
    }

    /// No two exported fields of a collection have the same heading in one language: a reader
    /// could not tell their columns apart.
    @Test(arguments: examples)
    func theColumnsOfACollectionAreNamedApart(example: String) throws {
        for (path, collection) in try Self.collections(example) {
            for language in PageLanguage.allCases {
                let headings = Self.exportedFields(of: collection).compactMap {
                    $0.field.label?.text(in: language.rawValue)
                }
                let repeated = Dictionary(grouping: headings, by: { $0 }).filter { $0.value.count > 1 }.keys
                #expect(repeated.isEmpty, "\(path) in \(language.rawValue): \(repeated.sorted())")
            }
        }
    }

    private static func missingLanguages(_ label: LocalizedText?) -> [String] {
        PageLanguage.allCases.map(\.rawValue).filter { label?.byLanguage[$0] == nil }
    }
}
