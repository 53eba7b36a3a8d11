public import JSONCore

/// Validates JSON values against a JSON Schema (draft 2020-12).
///
/// The schema is compiled once, when the validator is created: references are resolved, regular expressions
/// compiled and keywords grouped by the instance type they apply to. The validator is then immutable and
/// `Sendable`, so one instance can check any number of values, from any number of threads.
///
/// Validation first runs in a fast mode that stops at the first failure and builds no locations; only for an
/// invalid instance does it run again to collect every failure with its locations. Valid data, the common
/// case, therefore costs no allocation for error reporting.
///
/// All keywords of the 2020-12 core, applicator, unevaluated and validation vocabularies are implemented.
/// `format` is an annotation unless ``Options/formatAssertion`` is set (or the meta-schema uses the
/// format-assertion vocabulary). `pattern` uses ECMA-262 regular expressions in Unicode mode. Numbers are
/// compared as exact decimals. Schemas that declare an older draft in `$schema` are read with that draft's
/// keywords where they differ. Nothing is ever downloaded: references resolve within the schema, the
/// ``SchemaRegistry`` and the bundled 2020-12 meta-schemas.
///
/// ## Usage
/// ```swift
/// let schema = try JSONParser.parse(#"{"type": "object", "required": ["id"]}"#)
/// let validator = try JSONSchemaValidator(schema: schema)
/// let result = validator.validate(try JSONParser.parse(#"{"name": "Ada"}"#))
/// print(result.errors)   // [(root): required property 'id' is missing [/required]]
/// ```
public struct JSONSchemaValidator: Sendable {
    /// How a validator treats the schema and the instances.
    ///
    /// The defaults follow the 2020-12 specification (format is an annotation) and add a meta-schema check of
    /// the schema and a guard against regular expressions that backtrack without end.
    public struct Options: Sendable, Equatable {
        /// Whether `format` is checked (for `date-time`, `email`, `uuid`, `ipv4`, …) instead of only annotated.
        ///
        /// JSON Schema 2020-12 makes `format` an annotation by default. Unknown format names are always
        /// accepted.
        public var formatAssertion: Bool
        /// Whether the schema is checked against its meta-schema before it is compiled.
        ///
        /// On by default, so that a typo such as `"type": "strng"` or `"minLength": -1` is reported at once.
        /// Only schemas whose meta-schema is known (bundled 2020-12, or registered) are checked.
        public var validatesSchema: Bool
        /// How many backtracking steps matching one `pattern` (or `patternProperties` key) against one string
        /// may take before the value is reported as invalid because the pattern is too complex for it.
        ///
        /// A guard against catastrophic backtracking (`^(a+)+$`), which would otherwise make validation hang.
        /// The default, ten million, takes a few tens of milliseconds and is far above what ordinary patterns
        /// need.
        public var regexStepLimit: Int
        /// Whether error messages quote the instance's values (`"yesterday" is not a valid date-time`)
        /// or describe them by type and length only (`the value (a string of 9 characters) is not a
        /// valid date-time`). On by default; turn it off when the instances hold personal data and the
        /// messages go to logs or reports.
        public var showsInstanceValues: Bool

        /// Creates options.
        ///
        /// - Parameters:
        ///   - formatAssertion: Whether `format` is checked; `false` by default.
        ///   - validatesSchema: Whether the schema is checked against its meta-schema; `true` by default.
        ///   - regexStepLimit: The backtracking budget for one regular expression search.
        ///   - showsInstanceValues: Whether messages quote the instance's values; `true` by default.
        public init(
            formatAssertion: Bool = false, validatesSchema: Bool = true, regexStepLimit: Int = 10_000_000,
            showsInstanceValues: Bool = true
        ) {
            self.formatAssertion = formatAssertion
            self.validatesSchema = validatesSchema
            self.regexStepLimit = regexStepLimit
            self.showsInstanceValues = showsInstanceValues
        }
    }

    /// The compiled schema.
    let program: SchemaProgram
    /// The options the validator was created with.
    public let options: Options

    /// Compiles a schema.
    ///
    /// - Parameters:
    ///   - schema: The schema. If it has an `$id`, relative references resolve against it.
    ///   - registry: Other schemas that references may point to.
    ///   - options: How to treat the schema and the instances.
    /// - Throws: ``JSONSchemaError`` if the schema is invalid, a reference cannot be resolved, a regular
    ///   expression is malformed, or the meta-schema is unknown.
    public init(schema: JSONValue, registry: SchemaRegistry = .init(), options: Options = .init())
        throws(JSONSchemaError)
    {
        if options.validatesSchema {
            try Self.checkAgainstMetaSchema(schema, registry: registry)
        }
        let compiler = SchemaCompiler(registry: registry, options: options)
        program = try compiler.compile(schema: schema)
        self.options = options
    }

    /// Compiles the schema that a URI identifies in the registry or among the bundled meta-schemas.
    ///
    /// `JSONSchemaValidator(schemaURI: "https://json-schema.org/draft/2020-12/schema")` gives a validator for
    /// schemas themselves.
    ///
    /// - Parameters:
    ///   - schemaURI: An absolute URI, optionally with a fragment (`…/defs.json#/$defs/address`).
    ///   - registry: The registry to find it and its references in.
    ///   - options: How to treat the instances (``Options/validatesSchema`` is not applied).
    /// - Throws: ``JSONSchemaError`` if the URI does not resolve or the schema does not compile.
    public init(schemaURI: String, registry: SchemaRegistry = .init(), options: Options = .init())
        throws(JSONSchemaError)
    {
        let compiler = SchemaCompiler(registry: registry, options: options)
        program = try compiler.compile(uri: schemaURI)
        self.options = options
    }

    /// Validates a value and reports every failure.
    ///
    /// A valid value costs the same as ``isValid(_:)``. For an invalid one, evaluation runs a second time,
    /// collecting every failure with its instance location, keyword location and message (and, for `anyOf`
    /// and `oneOf`, the failures of each alternative as causes).
    ///
    /// - Parameter instance: The value to check.
    /// - Returns: ``ValidationResult/valid``, or the failures with their locations.
    public func validate(_ instance: JSONValue) -> ValidationResult {
        if isValid(instance) {
            return .valid
        }
        var evaluator = Evaluator(program: program, collectsErrors: true, showsValues: options.showsInstanceValues)
        var none: EvaluatedSet? = nil
        _ = evaluator.validate(program.root, instance, &none)
        return ValidationResult(errors: evaluator.errors)
    }

    /// Tells whether a value is valid, stopping at the first failure.
    ///
    /// The fastest check: no locations are tracked and nothing is allocated for errors. Use it to filter
    /// many values, and ``validate(_:)`` to explain the ones that fail.
    ///
    /// - Parameter instance: The value to check.
    /// - Returns: Whether it is valid.
    public func isValid(_ instance: JSONValue) -> Bool {
        var evaluator = Evaluator(program: program, collectsErrors: false)
        var none: EvaluatedSet? = nil
        return evaluator.validate(program.root, instance, &none)
    }

    /// Checks a schema against its meta-schema (the one its `$schema` names, 2020-12 by default).
    ///
    /// The schema is validated as an instance, so the errors locate problems in the schema: an
    /// ``ValidationError/instanceLocation`` of `/properties/age/minimum` points at the schema's own keyword.
    /// The 2020-12 meta-schema is compiled once per process and shared.
    ///
    /// - Parameters:
    ///   - schema: The schema to check.
    ///   - registry: Where a custom meta-schema is registered.
    /// - Returns: The result of validating the schema as an instance, or `nil` if its meta-schema is not known
    ///   (an older draft, or a custom meta-schema that is not registered).
    public static func validateSchema(_ schema: JSONValue, registry: SchemaRegistry = .init()) -> ValidationResult? {
        let metaSchema = SchemaCompiler.metaSchemaURI(of: schema) ?? MetaSchemas.draft202012
        if metaSchema == MetaSchemas.draft202012 && registry.documents[metaSchema] == nil {
            return standardMetaSchemaValidator.validate(schema)
        }
        guard registry.contains(metaSchema),
            let validator = try? JSONSchemaValidator(schemaURI: metaSchema, registry: registry)
        else { return nil }
        return validator.validate(schema)
    }

    /// Throws if a schema fails its meta-schema.
    private static func checkAgainstMetaSchema(_ schema: JSONValue, registry: SchemaRegistry) throws(JSONSchemaError) {
        if let result = validateSchema(schema, registry: registry), !result.isValid {
            throw JSONSchemaError(.invalidSchema(result.errors), at: "#")
        }
    }

    /// The validator for 2020-12 schemas, compiled once from the bundled meta-schemas.
    private static let standardMetaSchemaValidator: JSONSchemaValidator = {
        do {
            return try JSONSchemaValidator(schemaURI: MetaSchemas.draft202012)
        } catch {
            preconditionFailure("The bundled 2020-12 meta-schema does not compile: \(error)")
        }
    }()
}
