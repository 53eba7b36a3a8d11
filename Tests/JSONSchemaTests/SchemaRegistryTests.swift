import JSONCore
import JSONSchema
import Testing

/// Resolving references to other documents through ``SchemaRegistry``, and what happens when that fails.
struct SchemaRegistryTests {
    /// A registry with an address schema and a definitions document with an embedded resource and an anchor.
    static func registry() throws -> SchemaRegistry {
        var registry = SchemaRegistry()
        try registry.register(
            try json(#"{"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}}"#),
            as: "https://example.com/schemas/address.json")
        try registry.register(
            try json(
                #"""
                {
                  "$id": "https://example.com/schemas/defs.json",
                  "$defs": {
                    "postcode": {"$anchor": "postcode", "type": "string", "pattern": "^[0-9]{4} ?[A-Z]{2}$"},
                    "country": {"$id": "country.json", "enum": ["NL", "BE"]}
                  }
                }
                """#))
        return registry
    }

    @Test func relativeReferenceToARegisteredDocument() throws {
        let schema = try validator(
            #"{"$id": "https://example.com/schemas/person.json", "properties": {"home": {"$ref": "address.json"}}}"#,
            registry: try Self.registry())
        #expect(schema.isValid(try json(#"{"home": {"city": "Delft"}}"#)))
        let error = try #require(schema.validate(try json(#"{"home": {}}"#)).errors.first)
        #expect(error.keywordLocation == "/properties/home/$ref/required")
        #expect(error.absoluteKeywordLocation == "https://example.com/schemas/address.json#/required")
    }

    @Test func anchorsAndEmbeddedResourcesOfRegisteredDocuments() throws {
        let registry = try Self.registry()
        let postcode = try validator(#"{"$ref": "https://example.com/schemas/defs.json#postcode"}"#, registry: registry)
        #expect(postcode.isValid(try json(#""2611 AB""#)))
        #expect(!postcode.isValid(try json(#""26 AB""#)))
        // `country.json` is an embedded resource of defs.json, found by its own URI.
        let country = try validator(#"{"$ref": "https://example.com/schemas/country.json"}"#, registry: registry)
        #expect(country.isValid(try json(#""NL""#)))
        #expect(!country.isValid(try json(#""DE""#)))
    }

    @Test func validatorForARegisteredURI() throws {
        let schema = try JSONSchemaValidator(
            schemaURI: "https://example.com/schemas/defs.json#/$defs/postcode", registry: try Self.registry())
        #expect(schema.isValid(try json(#""1234 XY""#)))
        #expect(!schema.isValid(try json(#""x""#)))
    }

    @Test func unknownReferencesAreErrorsNotDownloads() throws {
        let error = try #require(throws: JSONSchemaError.self) {
            try validator(#"{"properties": {"a": {"$ref": "https://example.com/elsewhere.json"}}}"#)
        }
        #expect(error.reason == .unresolvableReference("https://example.com/elsewhere.json"))
        #expect(error.location == "#/properties/a/$ref")
        #expect(error.description.contains("never downloaded"))
        #expect(throws: JSONSchemaError.self) { try validator(##"{"$ref": "#/$defs/missing"}"##) }
        #expect(throws: JSONSchemaError.self) { try validator(##"{"$ref": "#nowhere"}"##) }
    }

    @Test func registryURIsMustBeAbsoluteWithoutFragment() throws {
        var registry = SchemaRegistry()
        #expect(throws: JSONSchemaError.self) { try registry.register(.bool(true), as: "relative.json") }
        #expect(throws: JSONSchemaError.self) { try registry.register(.bool(true), as: "https://example.com/a#frag") }
        #expect(throws: JSONSchemaError.self) { try registry.register(try json("{}")) }
        try registry.register(.bool(true), as: "HTTPS://Example.COM/a.json#")
        #expect(registry.contains("https://example.com/a.json"))
        #expect(registry.registeredURIs == ["https://example.com/a.json"])
    }

    @Test func bundledMetaSchemasAreAlwaysAvailable() throws {
        let registry = SchemaRegistry()
        #expect(registry.contains("https://json-schema.org/draft/2020-12/schema"))
        #expect(registry.contains("https://json-schema.org/draft/2020-12/meta/validation"))
        #expect(registry.registeredURIs.isEmpty)
    }

    @Test func referencesResolveAgainstTheNearestID() throws {
        var registry = SchemaRegistry()
        try registry.register(try json(#"{"type": "integer"}"#), as: "https://example.com/nested/int.json")
        let schema = try validator(
            #"""
            {
              "$id": "https://example.com/root.json",
              "properties": {"n": {"$id": "nested/", "properties": {"v": {"$ref": "int.json"}}}}
            }
            """#, registry: registry)
        #expect(schema.isValid(try json(#"{"n": {"v": 1}}"#)))
        #expect(!schema.isValid(try json(#"{"n": {"v": "1"}}"#)))
    }

    @Test func jsonPointerFragmentsArePercentDecodedAndUnescaped() throws {
        let schema = try validator(
            ##"{"$defs": {"a/b": {"type": "integer"}, "c%d": {"type": "string"}}, "properties": {"x": {"$ref": "#/$defs/a~1b"}, "y": {"$ref": "#/$defs/c%25d"}}}"##
        )
        #expect(schema.isValid(try json(#"{"x": 1, "y": "s"}"#)))
        #expect(!schema.isValid(try json(#"{"x": "1"}"#)))
        #expect(!schema.isValid(try json(#"{"y": 1}"#)))
    }

    @Test func recursiveReferencesOfDraft2019() throws {
        var registry = SchemaRegistry()
        try registry.register(
            try json(
                #"""
                {
                  "$schema": "https://json-schema.org/draft/2019-09/schema",
                  "$id": "https://example.com/tree",
                  "$recursiveAnchor": true,
                  "type": "object",
                  "properties": {"data": true, "children": {"type": "array", "items": {"$recursiveRef": "#"}}}
                }
                """#))
        let strict = try validator(
            #"""
            {
              "$schema": "https://json-schema.org/draft/2019-09/schema",
              "$id": "https://example.com/strict-tree",
              "$recursiveAnchor": true,
              "$ref": "tree",
              "unevaluatedProperties": false
            }
            """#, registry: registry)
        #expect(strict.isValid(try json(#"{"children": [{"data": 1, "children": []}]}"#)))
        #expect(!strict.isValid(try json(#"{"children": [{"daat": 1}]}"#)))
    }

    @Test func olderDraftsReferencedFromA202012Schema() throws {
        var registry = SchemaRegistry()
        // Draft 2019-09 had no prefixItems; its array-form `items` is the tuple form.
        try registry.register(
            try json(
                #"{"$schema": "https://json-schema.org/draft/2019-09/schema", "items": [{"type": "string"}], "prefixItems": [{"type": "integer"}]}"#
            ),
            as: "https://example.com/old.json")
        // Draft 7 ignores the siblings of $ref.
        try registry.register(
            try json(
                ##"{"$schema": "http://json-schema.org/draft-07/schema#", "definitions": {"s": {"type": "string"}}, "properties": {"a": {"$ref": "#/definitions/s", "type": "integer"}}}"##
            ),
            as: "https://example.com/seven.json")
        let old = try validator(#"{"$ref": "https://example.com/old.json"}"#, registry: registry)
        #expect(old.isValid(try json(#"["a", 1]"#)))
        #expect(!old.isValid(try json(#"[1]"#)))
        let seven = try validator(#"{"$ref": "https://example.com/seven.json"}"#, registry: registry)
        #expect(seven.isValid(try json(#"{"a": "x"}"#)))
    }
}
