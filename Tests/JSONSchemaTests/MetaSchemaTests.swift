import Foundation
import JSONCore
import Testing

@testable import JSONSchema

/// The bundled 2020-12 meta-schemas and validating schemas against them.
struct MetaSchemaTests {
    /// The embedded copies are byte for byte the files they were generated from.
    @Test(.enabled(if: TestData.metaSchemas != nil, TestData.missingMessage))
    func embeddedCopiesMatchTheSource() throws {
        let folder = try #require(TestData.metaSchemas)
        let base = "https://json-schema.org/draft/2020-12/"
        var files = ["schema.json"]
        files += try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("meta").path)
            .filter { $0.hasSuffix(".json") }.map { "meta/" + $0 }
        #expect(MetaSchemas.sources.count == files.count)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let uri = base + String(file.dropLast(5))
            let embedded = MetaSchemas.sources.first { $0.uri == uri }?.text
            #expect(embedded == text, "\(file) differs from its embedded copy: run Scripts/generate-metaschemas.py")
        }
    }

    /// The licence of the meta-schemas travels with them.
    @Test func licenceIsBesideTheEmbeddedCopies() throws {
        let licence = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/JSONSchema/MetaSchemas/LICENSE").standardizedFileURL
        let text = try String(contentsOf: licence, encoding: .utf8)
        #expect(text.contains("JSON Schema Specification Authors"))
    }

    @Test func validSchemaPassesTheMetaSchema() throws {
        let result = JSONSchemaValidator.validateSchema(try json(ErrorReportingTests.person))
        #expect(result?.isValid == true)
    }

    @Test func invalidSchemaFailsWithLocations() throws {
        let result = try #require(
            JSONSchemaValidator.validateSchema(try json(#"{"type": "strng", "properties": {"a": {"minLength": -1}}}"#)))
        #expect(!result.isValid)
        let locations = result.errors.map(\.instanceLocation)
        #expect(locations.contains("/type"))
        #expect(locations.contains("/properties/a/minLength"))
    }

    @Test func metaSchemaValidatorFromTheBundledURI() throws {
        let metaSchema = try JSONSchemaValidator(schemaURI: "https://json-schema.org/draft/2020-12/schema")
        #expect(metaSchema.isValid(try json(##"{"$defs": {"a": {"type": ["string", "null"]}}, "$ref": "#/$defs/a"}"##)))
        #expect(!metaSchema.isValid(try json(#"{"required": "id"}"#)))
        // The meta-schema is itself a valid schema.
        let document = try #require(SchemaRegistry().document(at: "https://json-schema.org/draft/2020-12/schema"))
        #expect(metaSchema.isValid(document))
    }

    @Test func invalidSchemasAreRefusedUnlessCheckingIsOff() throws {
        let schema = #"{"minLength": "3"}"#
        let error = try #require(throws: JSONSchemaError.self) { try validator(schema) }
        guard case .invalidSchema(let problems) = error.reason else {
            Issue.record("expected invalidSchema, got \(error.reason)")
            return
        }
        #expect(problems.map(\.instanceLocation) == ["/minLength"])
        // Without the meta-schema check, the compiler still refuses what it cannot use.
        let unchecked = try #require(throws: JSONSchemaError.self) {
            try validator(schema, options: .init(validatesSchema: false))
        }
        #expect(unchecked.reason == .invalidKeyword(keyword: "minLength", expected: "a non-negative integer"))
    }

    @Test func invalidPatternsAreCompileErrors() throws {
        let error = try #require(throws: JSONSchemaError.self) {
            try validator(#"{"pattern": "(?P<name>x)"}"#)
        }
        guard case .invalidPattern(let pattern, _) = error.reason else {
            Issue.record("expected invalidPattern, got \(error.reason)")
            return
        }
        #expect(pattern == "(?P<name>x)")
        #expect(error.location == "#/pattern")
    }

    @Test func unknownMetaSchemaIsAnError() throws {
        let error = try #require(throws: JSONSchemaError.self) {
            try validator(#"{"$schema": "https://example.com/no-such-meta-schema"}"#)
        }
        #expect(error.reason == .unknownMetaSchema("https://example.com/no-such-meta-schema"))
    }
}
