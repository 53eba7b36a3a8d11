import Foundation
import Testing

@testable import Handover

/// The controller examples name every collection and every exported field in each language a page
/// can be written in, so that a person reading the Danish page of a Dutch controller reads Danish
/// headings, not `created_at` or the Dutch ones.
struct ExampleLabelTests {
    static let examples = ["quickstart", "ajos", "ajusto", "alsjelieft", "jetstax", "jsm"]

    static func configuration(_ example: String) throws -> Configuration {
        try ConfigurationLoader().load(
            from: Fixtures.examples.appendingPathComponent(example).appendingPathComponent("handover.yaml"))
    }

    @Test(arguments: examples)
    func everyCollectionAndExportedFieldHasALabelInEveryPageLanguage(example: String) throws {
        let configuration = try Self.configuration(example)
        var unlabelled: [String] = []
        for source in configuration.sources {
            for collection in source.collections {
                let path = "\(source.id)/\(collection.name)"
                unlabelled += Self.missingLanguages(collection.label).map { "\(path) (\($0))" }
                for name in collection.fieldOrder {
                    guard let field = collection.fields[name], field.disposition == .export else { continue }
                    unlabelled += Self.missingLanguages(field.label).map { "\(path).\(name) (\($0))" }
                }
            }
        }
        #expect(unlabelled.isEmpty, "no label in: \(unlabelled.joined(separator: ", "))")
    }

    /// A field description is given in every page language, unless it only repeats one of the
    /// field's labels (the page leaves such a description out).
    @Test(arguments: examples)
    func everyDescriptionIsInEveryPageLanguage(example: String) throws {
        let configuration = try Self.configuration(example)
        var untranslated: [String] = []
        for source in configuration.sources {
            for collection in source.collections {
                for (name, field) in collection.fields {
                    guard let description = field.description else { continue }
                    let texts = [description.plain].compactMap { $0 } + description.byLanguage.values
                    let labels = Set(field.label?.byLanguage.values.map { $0.lowercased() } ?? [])
                    if texts.allSatisfy({ labels.contains($0.lowercased()) }) { continue }
                    untranslated += Self.missingLanguages(description).map {
                        "\(source.id)/\(collection.name).\(name) (\($0))"
                    }
                }
            }
        }
        #expect(untranslated.isEmpty, "no description in: \(untranslated.sorted().joined(separator: ", "))")
    }

    /// No two exported fields of a collection have the same heading in one language: a reader
    /// could not tell their columns apart.
    @Test(arguments: examples)
    func theColumnsOfACollectionAreNamedApart(example: String) throws {
        let configuration = try Self.configuration(example)
        for source in configuration.sources {
            for collection in source.collections {
                for language in PageLanguage.allCases {
                    let headings = collection.fieldOrder.compactMap { name -> String? in
                        guard let field = collection.fields[name], field.disposition == .export else { return nil }
                        return field.label?.text(in: language.rawValue)
                    }
                    let repeated = Dictionary(grouping: headings, by: { $0 }).filter { $0.value.count > 1 }.keys
                    #expect(
                        repeated.isEmpty,
                        "\(source.id)/\(collection.name) in \(language.rawValue): \(repeated.sorted())")
                }
            }
        }
    }

    private static func missingLanguages(_ label: LocalizedText?) -> [String] {
        PageLanguage.allCases.map(\.rawValue).filter { label?.byLanguage[$0] == nil }
    }
}
