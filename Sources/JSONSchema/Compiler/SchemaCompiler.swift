import JSONCore

/// Compiles a schema and everything it references into a ``SchemaProgram``.
///
/// Compilation has two parts. *Indexing* walks each document the way the schema's dialect defines
/// subschemas (`properties`, `allOf`, `$defs`, …), recording every `$id` as a resource, every `$anchor` and
/// `$dynamicAnchor`, and for every subschema its base URI and dialect; values under unknown keywords are not
/// schemas, so an `$id` inside an `enum` is not an identifier. *Compiling* then turns subschemas into nodes,
/// starting at the root and following references, so that only what is reachable is compiled, each location
/// once (a recursive reference becomes a cycle of node indices).
///
/// Documents other than the root are loaded from the ``SchemaRegistry`` (or the bundled meta-schemas) when a
/// reference or `$schema` first needs them.
final class SchemaCompiler {
    /// Where references may lead.
    let registry: SchemaRegistry
    /// Whether `format` asserts regardless of the vocabularies.
    let assertsFormats: Bool
    /// How many steps a regular expression search may take.
    let regexStepLimit: Int

    /// The loaded documents.
    var documents: [JSONValue] = []
    /// The loaded documents by the URI they were loaded under.
    var documentKeys: [String: Int] = [:]
    /// Resource roots by URI (normalised, no fragment).
    var resourceRoots: [String: SchemaLocation] = [:]
    /// Anchors (`$anchor`, `$dynamicAnchor`, draft-7 `#name` ids) by `resourceURI#name`.
    var anchors: [String: SchemaLocation] = [:]
    /// `$dynamicAnchor`s (and `$recursiveAnchor`s) by resource URI and name.
    var dynamicAnchors: [String: [String: SchemaLocation]] = [:]
    /// Indexing results for every subschema seen.
    var infos: [SchemaLocation: SchemaInfo] = [:]
    /// Dialects of meta-schema URIs already worked out.
    var dialects: [String: Dialect] = [:]
    /// Meta-schemas whose dialect is being worked out, to stop a cycle of `$schema`s.
    var dialectsInProgress: Set<String> = []

    /// The node index of each compiled location.
    var nodeIndex: [SchemaLocation: Int] = [:]
    /// The nodes, `nil` while being compiled.
    var nodes: [SchemaNode?] = []
    /// Resource numbers by URI.
    var resourceNumbers: [String: Int] = [:]
    /// Resource URIs by number.
    var resourceKeys: [String] = []
    /// Whether some `$dynamicRef` needs the dynamic scope.
    var needsDynamicAnchors = false

    /// Creates a compiler.
    ///
    /// - Parameters:
    ///   - registry: The documents references may lead to.
    ///   - options: The validator's options (format assertion, regular expression budget).
    init(registry: SchemaRegistry, options: JSONSchemaValidator.Options) {
        self.registry = registry
        assertsFormats = options.formatAssertion
        regexStepLimit = options.regexStepLimit
    }

    // MARK: - Entry points

    /// Compiles a root schema.
    ///
    /// - Parameter schema: The schema; its `$id`, if any, is its URI.
    /// - Returns: The program.
    /// - Throws: ``JSONSchemaError`` for the first problem found.
    func compile(schema: JSONValue) throws(JSONSchemaError) -> SchemaProgram {
        let document = try addDocument(schema, key: "")
        return try finish(root: SchemaLocation(document: document, pointer: []))
    }

    /// Compiles the schema that a URI identifies (a registered or bundled document, or a resource in one).
    ///
    /// - Parameter uri: The absolute URI, possibly with a fragment.
    /// - Returns: The program.
    /// - Throws: ``JSONSchemaError`` if the URI does not resolve or the schema does not compile.
    func compile(uri: String) throws(JSONSchemaError) -> SchemaProgram {
        let root = try locate(URIReference(uri), from: "")
        return try finish(root: root)
    }

    /// The dialect in force at a document's root: that of its `$schema`, or 2020-12.
    ///
    /// - Parameter schema: A root schema.
    /// - Returns: The `$schema` URI (normalised) if the schema has one.
    static func metaSchemaURI(of schema: JSONValue) -> String? {
        guard case .string(let uri)? = schema["$schema"] else { return nil }
        return URIReference(uri).normalized.description
    }

    /// Compiles from a root location, then every dynamic anchor that dynamic references may reach.
    private func finish(root location: SchemaLocation) throws(JSONSchemaError) -> SchemaProgram {
        let root = try compileNode(location)
        if needsDynamicAnchors {
            // Any resource that can be in the dynamic scope may provide the target of a dynamic reference.
            var done = 0
            while done < resourceKeys.count {
                let key = resourceKeys[done]
                for (_, anchorLocation) in (dynamicAnchors[key] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    _ = try compileNode(anchorLocation)
                }
                done += 1
            }
        }
        var finished: [SchemaNode] = []
        finished.reserveCapacity(nodes.count)
        for node in nodes {
            finished.append(node!)
        }
        let resources = resourceKeys.map { key in
            SchemaResource(
                uri: key,
                dynamicAnchors: (dynamicAnchors[key] ?? [:]).compactMapValues { nodeIndex[$0] })
        }
        return SchemaProgram(nodes: finished, resources: resources, root: root)
    }
}
