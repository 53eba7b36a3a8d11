import JSONCore
import JSONSchema
import Testing

/// Parses JSON text in a test, failing the test on a syntax error.
func json(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
    try JSONParser.parse(text)
}

/// Compiles a schema given as JSON text.
func validator(
    _ schema: String, registry: SchemaRegistry = SchemaRegistry(),
    options: JSONSchemaValidator.Options = .init()
) throws -> JSONSchemaValidator {
    try JSONSchemaValidator(schema: try json(schema), registry: registry, options: options)
}

/// The errors of validating JSON text, as `instanceLocation keywordLocation: message` lines.
func errors(_ validator: JSONSchemaValidator, _ instance: String) throws -> [String] {
    validator.validate(try json(instance)).errors.map { "\($0.instanceLocation) \($0.keywordLocation): \($0.message)" }
}
