/// A problem that prevents a schema from being compiled: a reference that cannot be resolved, an unknown
/// meta-schema, a malformed keyword, an invalid regular expression, or a schema that fails its meta-schema.
///
/// Thrown by ``JSONSchemaValidator``'s initialisers and by ``SchemaRegistry/register(_:as:)``. Its
/// ``description`` is a full sentence that names the place in the schema and says what to fix.
public struct JSONSchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    ///
    /// Each case carries what a program needs to react (the URI or keyword concerned); ``description`` turns
    /// it into a sentence for people.
    public enum Reason: Sendable, Equatable {
        /// A URI (an `$id`, a registry key or a reference) is not usable; the payload explains why.
        case invalidURI(String, problem: String)
        /// A `$ref`, `$dynamicRef` or `$schema` names a schema that is neither in the schema, nor in the
        /// registry, nor a bundled meta-schema. The validator never downloads schemas.
        case unresolvableReference(String)
        /// `$schema` names a meta-schema that is not known (only 2020-12 is bundled; register others).
        case unknownMetaSchema(String)
        /// A meta-schema requires (`true` in `$vocabulary`) a vocabulary this validator does not implement.
        case unsupportedVocabulary(String)
        /// A keyword's value has the wrong form; the payload says what was expected.
        case invalidKeyword(keyword: String, expected: String)
        /// A value where a schema should be is neither an object nor a boolean.
        case notASchema
        /// A `pattern` or `patternProperties` key is not an ECMA-262 regular expression.
        case invalidPattern(pattern: String, problem: String)
        /// The schema is not valid against its meta-schema; the payload lists the failures.
        case invalidSchema([ValidationError])
    }

    /// What went wrong.
    public var reason: Reason
    /// Where in the schema, as an absolute location (`https://example.com/s#/properties/a`) or a JSON Pointer
    /// (`#/properties/a`) for a schema without a URI.
    public var location: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - reason: What went wrong.
    ///   - location: Where in the schema.
    public init(_ reason: Reason, at location: String) {
        self.reason = reason
        self.location = location
    }

    /// A sentence that says what is wrong, where, and what to do about it.
    ///
    /// For example: `Cannot resolve the reference 'address.json' in the schema at #/properties/home/$ref: no
    /// schema with that URI is known. Register the referenced schema in the SchemaRegistry (schemas are never
    /// downloaded).`
    public var description: String {
        let place = location.isEmpty || location == "#" ? "the schema" : "the schema at \(location)"
        switch reason {
        case .invalidURI(let uri, let problem):
            return "Invalid URI '\(uri)' in \(place): \(problem)."
        case .unresolvableReference(let uri):
            return "Cannot resolve the reference '\(uri)' in \(place): no schema with that URI is known."
                + " Register the referenced schema in the SchemaRegistry (schemas are never downloaded)."
        case .unknownMetaSchema(let uri):
            return "Unknown meta-schema '\(uri)' in \(place). Use https://json-schema.org/draft/2020-12/schema"
                + " or register the meta-schema in the SchemaRegistry."
        case .unsupportedVocabulary(let uri):
            return "The meta-schema of \(place) requires the vocabulary '\(uri)', which this validator does not"
                + " implement. Mark it optional (false) in $vocabulary or remove it."
        case .invalidKeyword(let keyword, let expected):
            return "Invalid '\(keyword)' in \(place): it must be \(expected)."
        case .notASchema:
            return "Invalid schema at \(location.isEmpty ? "#" : location): a schema must be an object or a boolean."
        case .invalidPattern(let pattern, let problem):
            return "Invalid regular expression '\(pattern)' in \(place): \(problem). Patterns are ECMA-262"
                + " regular expressions (Unicode mode)."
        case .invalidSchema(let errors):
            let shown = errors.prefix(5).map { "  \($0)" }.joined(separator: "\n")
            let more = errors.count > 5 ? "\n  … and \(errors.count - 5) more" : ""
            return "The schema is not valid against its meta-schema (\(errors.count) problem"
                + "\(errors.count == 1 ? "" : "s")); fix it before validating:\n\(shown)\(more)"
        }
    }
}
