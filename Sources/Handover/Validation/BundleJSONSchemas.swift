import JSONCore
import JSONSchema
import Yams

/// The compiled JSON Schemas of bundle format v1, built once from the copies bundled in the library.
///
/// The 2020-12 meta-schemas are bundled in the JSON Schema validator itself, so nothing is ever
/// fetched: a schema's `$schema` and `$ref`s resolve offline.
enum BundleJSONSchemas {
    /// `Schemas/v1/manifest.schema.json`.
    static let manifest = Result { try compile("v1/manifest.schema.json") }
    /// `Schemas/v1/data.schema.json`.
    static let data = Result { try compile("v1/data.schema.json", withholdingValues: true) }
    /// `Schemas/v1/config.schema.json`.
    static let configuration = Result { try compile("v1/config.schema.json") }

    /// `#/$defs/record` of `Schemas/v1/data.schema.json`: one record, for validating `data.json`
    /// record by record (``DataJSONSchemaWalk``).
    static let dataRecord = Result {
        var registry = SchemaRegistry()
        let uri = "https://handover.dev/schemas/v1/data.schema.json"
        try registry.register(try document("v1/data.schema.json"), as: uri)
        return try JSONSchemaValidator(
            schemaURI: uri + "#/$defs/record", registry: registry, options: .init(showsInstanceValues: false))
    }

    /// Compiles a bundled schema; `withholdingValues` for data.json, whose values are personal data
    /// that must not reach a report or a CI log.
    private static func compile(_ path: String, withholdingValues: Bool = false) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(
            schema: try document(path), options: .init(showsInstanceValues: !withholdingValues))
    }

    private static func document(_ path: String) throws -> JSONValue {
        guard let file = BundledSchemas.file(path) else {
            throw HandoverError(.configurationInvalid, "the bundled schema \(path) is missing")
        }
        return try JSONParser.parse(Array(file.text.utf8))
    }

    /// The errors of `instance` against `validator`, as diagnostics-ready (pointer, message) pairs.
    static func problems(_ instance: JSONValue, against validator: JSONSchemaValidator) -> [(String, String)] {
        validator.validate(instance).errors.map { error in
            (error.instanceLocation, "\(error.message) (schema \(error.keywordLocation))")
        }
    }

    /// A YAML document as the JSON value the configuration schema checks (YAML 1.2 core types).
    static func jsonValue(of node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if node.null != nil { return .null }
                if let flag = node.bool { return .bool(flag) }
                if let number = node.int { return .number(String(number)) }
                if let number = node.float, number.isFinite { return .number("\(number)") }
            }
            return .string(scalar.string)
        case .mapping(let mapping):
            return .object(mapping.map { JSONMember(key: $0.key.string ?? "", value: jsonValue(of: $0.value)) })
        case .sequence(let sequence):
            return .array(sequence.map(jsonValue(of:)))
        case .alias:
            return .null
        }
    }
}
