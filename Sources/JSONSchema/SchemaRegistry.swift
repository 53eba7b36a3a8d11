public import JSONCore

/// The schemas that references may point to, by URI, in addition to the schema being compiled.
///
/// A `$ref` to another document (`"$ref": "https://example.com/address.json"`) resolves only if that document
/// was registered here; the validator never downloads anything. The JSON Schema 2020-12 meta-schemas
/// (`https://json-schema.org/draft/2020-12/schema` and its `meta/*` vocabularies) are bundled and always
/// available, but a registered document with the same URI takes precedence.
///
/// Registering a document makes every schema resource inside it (subschemas with their own `$id`) and every
/// anchor available too; they are found when compilation needs them.
///
/// ## Usage
/// ```swift
/// var registry = SchemaRegistry()
/// try registry.register(addressSchema, as: "https://example.com/address.json")
/// let validator = try JSONSchemaValidator(schema: personSchema, registry: registry)
/// ```
public struct SchemaRegistry: Sendable {
    /// The registered documents by normalised URI (no fragment).
    private(set) var documents: [String: JSONValue] = [:]

    /// Creates a registry that holds only the bundled meta-schemas.
    public init() {}

    /// Adds a document under a URI.
    ///
    /// - Parameters:
    ///   - document: The schema document (an object or a boolean).
    ///   - uri: The absolute URI to find it by, such as `https://example.com/schemas/address.json`. An empty
    ///     fragment (`…#`) is ignored; any other fragment is an error.
    /// - Throws: ``JSONSchemaError`` with ``JSONSchemaError/Reason/invalidURI(_:problem:)`` if the URI is not
    ///   absolute or has a fragment.
    public mutating func register(_ document: JSONValue, as uri: String) throws(JSONSchemaError) {
        let reference = URIReference(uri)
        guard reference.isAbsolute else {
            throw JSONSchemaError(.invalidURI(uri, problem: "a registry URI must be absolute (with a scheme)"), at: "")
        }
        if let fragment = reference.fragment, !fragment.isEmpty {
            throw JSONSchemaError(.invalidURI(uri, problem: "a registry URI must not have a fragment"), at: "")
        }
        documents[reference.normalized.description] = document
    }

    /// Adds a document under the URI of its own `$id`.
    ///
    /// - Parameter document: A schema whose root has an absolute `$id`.
    /// - Throws: ``JSONSchemaError`` if the document has no `$id` or it is not an absolute URI.
    public mutating func register(_ document: JSONValue) throws(JSONSchemaError) {
        guard case .string(let id)? = document["$id"] else {
            throw JSONSchemaError(.invalidURI("", problem: "the document has no $id to register it by"), at: "")
        }
        try register(document, as: id)
    }

    /// Tells whether a URI names a registered or bundled document.
    ///
    /// - Parameter uri: An absolute URI; its fragment is ignored.
    /// - Returns: Whether ``document(at:)`` finds a document for it.
    public func contains(_ uri: String) -> Bool {
        document(at: uri) != nil
    }

    /// The document registered (or bundled) under a URI.
    ///
    /// Only whole documents are found here, by the URI they were registered under; resources embedded in them
    /// are found by the compiler.
    ///
    /// - Parameter uri: An absolute URI; its fragment is ignored.
    /// - Returns: The document, or `nil`.
    public func document(at uri: String) -> JSONValue? {
        let key = URIReference(uri).withoutFragment.normalized.description
        return documents[key] ?? MetaSchemas.documents[key]
    }

    /// The URIs of the documents registered with ``register(_:as:)``, sorted (the bundled meta-schemas are not
    /// included).
    public var registeredURIs: [String] {
        documents.keys.sorted()
    }
}
