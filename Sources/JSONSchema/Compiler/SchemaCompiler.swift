import JSONCore

/// A place in a loaded document: which document, and the JSON Pointer tokens from its root.
struct SchemaLocation: Hashable, Sendable {
    /// The index of the document in the compiler's list.
    var document: Int
    /// The unescaped pointer tokens from the document's root.
    var pointer: [String]

    /// The location of a value inside this one.
    func appending(_ tokens: String...) -> SchemaLocation {
        SchemaLocation(document: document, pointer: pointer + tokens)
    }
}

/// What the compiler knows about a subschema from indexing its document.
struct SchemaInfo: Sendable {
    /// The base URI references inside it resolve against (its resource's URI, no fragment).
    var base: URIReference
    /// How to read it.
    var dialect: Dialect
    /// The key of its resource (the base URI as text).
    var resourceKey: String
    /// The pointer of its resource's root within the document.
    var resourceRoot: [String]
}

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
    private let registry: SchemaRegistry
    /// Whether `format` asserts regardless of the vocabularies.
    private let assertsFormats: Bool
    /// How many steps a regular expression search may take.
    private let regexStepLimit: Int

    /// The loaded documents.
    private var documents: [JSONValue] = []
    /// The loaded documents by the URI they were loaded under.
    private var documentKeys: [String: Int] = [:]
    /// Resource roots by URI (normalised, no fragment).
    private var resourceRoots: [String: SchemaLocation] = [:]
    /// Anchors (`$anchor`, `$dynamicAnchor`, draft-7 `#name` ids) by `resourceURI#name`.
    private var anchors: [String: SchemaLocation] = [:]
    /// `$dynamicAnchor`s (and `$recursiveAnchor`s) by resource URI and name.
    private var dynamicAnchors: [String: [String: SchemaLocation]] = [:]
    /// Indexing results for every subschema seen.
    private var infos: [SchemaLocation: SchemaInfo] = [:]
    /// Dialects of meta-schema URIs already worked out.
    private var dialects: [String: Dialect] = [:]
    /// Meta-schemas whose dialect is being worked out, to stop a cycle of `$schema`s.
    private var dialectsInProgress: Set<String> = []

    /// The node index of each compiled location.
    private var nodeIndex: [SchemaLocation: Int] = [:]
    /// The nodes, `nil` while being compiled.
    private var nodes: [SchemaNode?] = []
    /// Resource numbers by URI.
    private var resourceNumbers: [String: Int] = [:]
    /// Resource URIs by number.
    private var resourceKeys: [String] = []
    /// Whether some `$dynamicRef` needs the dynamic scope.
    private var needsDynamicAnchors = false

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

    // MARK: - Documents and indexing

    /// Loads a document and indexes it.
    ///
    /// - Parameters:
    ///   - value: The document.
    ///   - key: The URI it is loaded under (empty for an anonymous root schema).
    /// - Returns: The document's index.
    private func addDocument(_ value: JSONValue, key: String) throws(JSONSchemaError) -> Int {
        let document = documents.count
        documents.append(value)
        documentKeys[key] = document
        let root = SchemaLocation(document: document, pointer: [])
        if resourceRoots[key] == nil {
            resourceRoots[key] = root
        }
        try index(
            value, at: root,
            context: SchemaInfo(base: URIReference(key), dialect: .draft2020, resourceKey: key, resourceRoot: []),
            isDocumentRoot: true)
        return document
    }

    /// Loads the registered or bundled document with a URI, if there is one and it is not loaded yet.
    ///
    /// - Returns: Whether a document was loaded.
    @discardableResult
    private func loadDocument(_ key: String) throws(JSONSchemaError) -> Bool {
        guard documentKeys[key] == nil, let value = registry.document(at: key) else { return false }
        _ = try addDocument(value, key: key)
        return true
    }

    /// Loads every registered document not loaded yet, so that resources embedded in them are known.
    private func loadAllDocuments() throws(JSONSchemaError) {
        for key in registry.registeredURIs where documentKeys[key] == nil {
            _ = try addDocument(registry.documents[key]!, key: key)
        }
    }

    /// Records a subschema and, recursively, the subschemas inside it.
    ///
    /// - Parameters:
    ///   - value: The subschema.
    ///   - location: Where it is.
    ///   - context: The base URI, dialect and resource of its parent.
    ///   - isDocumentRoot: Whether it is a document's root (where `$schema` counts even without `$id`).
    private func index(
        _ value: JSONValue, at location: SchemaLocation, context: SchemaInfo, isDocumentRoot: Bool
    ) throws(JSONSchemaError) {
        guard case .object(let members) = value else {
            if case .bool = value {
                infos[location] = context
            }
            return
        }
        var info = context
        let reference = value["$ref"]
        var identifier = Self.identifier(of: value, draft: info.dialect.draft)
        if case .string(let metaSchema)? = value["$schema"], isDocumentRoot || identifier != nil {
            info.dialect = try dialect(for: metaSchema, at: location)
            identifier = Self.identifier(of: value, draft: info.dialect.draft)
        }
        // Up to draft 7, `$ref` hides every sibling keyword, `$id` included.
        let referenceHidesSiblings = info.dialect.draft <= .draft7 && reference != nil
        if let identifier, !referenceHidesSiblings {
            let uri = URIReference(identifier)
            if info.dialect.draft <= .draft7, uri.scheme == nil, uri.authority == nil, uri.path.isEmpty,
                uri.query == nil, let fragment = uri.fragment, !fragment.isEmpty
            {
                // A draft-7 `"$id": "#name"` is a plain-name anchor.
                anchors[info.resourceKey + "#" + fragment] = anchors[info.resourceKey + "#" + fragment] ?? location
            } else {
                let resolved = uri.resolved(against: info.base)
                if let fragment = resolved.fragment, !fragment.isEmpty, info.dialect.draft >= .draft2019 {
                    throw JSONSchemaError(
                        .invalidURI(identifier, problem: "an $id must not have a fragment (use $anchor)"),
                        at: describe(location))
                }
                info.base = resolved.withoutFragment.normalized
                info.resourceKey = info.base.description
                info.resourceRoot = location.pointer
                if resourceRoots[info.resourceKey] == nil {
                    resourceRoots[info.resourceKey] = location
                }
                if let fragment = resolved.fragment, !fragment.isEmpty {
                    anchors[info.resourceKey + "#" + fragment] = location
                }
            }
        }
        if info.dialect.draft >= .draft2019, case .string(let anchor)? = value["$anchor"] {
            anchors[info.resourceKey + "#" + anchor] = anchors[info.resourceKey + "#" + anchor] ?? location
        }
        if info.dialect.draft >= .draft2020, case .string(let anchor)? = value["$dynamicAnchor"] {
            anchors[info.resourceKey + "#" + anchor] = anchors[info.resourceKey + "#" + anchor] ?? location
            dynamicAnchors[info.resourceKey, default: [:]][anchor] = location
        }
        if info.dialect.draft == .draft2019, case .bool(true)? = value["$recursiveAnchor"] {
            dynamicAnchors[info.resourceKey, default: [:]][SchemaResource.recursiveAnchorName] = location
        }
        infos[location] = info
        if referenceHidesSiblings {
            return
        }
        for member in members {
            let keyword = member.key
            switch Self.subschemaShape(of: keyword, draft: info.dialect.draft) {
            case .none:
                continue
            case .single:
                try index(member.value, at: location.appending(keyword), context: info, isDocumentRoot: false)
            case .list:
                if case .array(let elements) = member.value {
                    for (position, element) in elements.enumerated() {
                        try index(
                            element, at: location.appending(keyword, String(position)), context: info,
                            isDocumentRoot: false)
                    }
                } else if keyword == "items" {
                    try index(member.value, at: location.appending(keyword), context: info, isDocumentRoot: false)
                }
            case .map:
                if case .object(let entries) = member.value {
                    for entry in entries {
                        try index(
                            entry.value, at: location.appending(keyword, entry.key), context: info,
                            isDocumentRoot: false)
                    }
                }
            }
        }
    }

    /// The text of a schema's identifier keyword (`$id`, or `id` in draft 4), if it is a string.
    private static func identifier(of value: JSONValue, draft: Draft) -> String? {
        guard case .string(let identifier)? = value[draft == .draft4 ? "id" : "$id"] else { return nil }
        return identifier
    }

    /// How a keyword holds subschemas.
    private enum SubschemaShape {
        /// It does not.
        case none
        /// Its value is a schema.
        case single
        /// Its value is an array of schemas (`items` of older drafts may also be a single schema).
        case list
        /// Its value is an object whose member values are schemas.
        case map
    }

    /// How a keyword holds subschemas in a release.
    private static func subschemaShape(of keyword: String, draft: Draft) -> SubschemaShape {
        switch keyword {
        case "additionalProperties", "propertyNames", "not", "contains", "if", "then", "else", "contentSchema",
            "unevaluatedItems", "unevaluatedProperties", "additionalItems":
            return .single
        case "items":
            return draft >= .draft2020 ? .single : .list
        case "allOf", "anyOf", "oneOf", "prefixItems":
            return .list
        case "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies":
            return .map
        default:
            return .none
        }
    }

    /// The dialect a `$schema` URI selects.
    ///
    /// Well-known releases are recognised by URI. Any other meta-schema is loaded: its own `$schema` gives
    /// the release and its `$vocabulary` the vocabularies, of which unknown ones must be optional.
    private func dialect(for uri: String, at location: SchemaLocation) throws(JSONSchemaError) -> Dialect {
        let key = URIReference(uri).normalized.description
        if let known = Dialect.known(key) ?? dialects[key] {
            return known
        }
        guard !dialectsInProgress.contains(key) else { return .draft2020 }
        dialectsInProgress.insert(key)
        defer { dialectsInProgress.remove(key) }
        try loadDocument(key)
        guard let metaLocation = resourceRoots[key], let metaSchema = value(at: metaLocation) else {
            throw JSONSchemaError(.unknownMetaSchema(uri), at: describe(location))
        }
        var dialect = Dialect.draft2020
        if case .string(let parent)? = metaSchema["$schema"], URIReference(parent).normalized.description != key {
            dialect = try self.dialect(for: parent, at: metaLocation)
        }
        if case .object(let entries)? = metaSchema["$vocabulary"] {
            var vocabularies: Vocabularies = [.core]
            for entry in entries {
                if let vocabulary = Vocabularies.named(entry.key) {
                    vocabularies.formUnion(vocabulary)
                } else if case .bool(true) = entry.value {
                    throw JSONSchemaError(.unsupportedVocabulary(entry.key), at: describe(location))
                }
            }
            dialect.vocabularies = vocabularies
        }
        dialects[key] = dialect
        return dialect
    }

    /// The value at a location, or `nil` if the pointer leads nowhere.
    private func value(at location: SchemaLocation) -> JSONValue? {
        JSONPointer.resolve(location.pointer, in: documents[location.document])
    }

    /// The indexing information of a location, indexing it first if the walk did not reach it (a reference
    /// may point anywhere, for example into an unknown keyword).
    private func info(for location: SchemaLocation) throws(JSONSchemaError) -> SchemaInfo {
        if let info = infos[location] {
            return info
        }
        var ancestor = location.pointer
        while !ancestor.isEmpty {
            ancestor.removeLast()
            if let parent = infos[SchemaLocation(document: location.document, pointer: ancestor)] {
                if let value = value(at: location) {
                    try index(value, at: location, context: parent, isDocumentRoot: false)
                }
                return infos[location] ?? parent
            }
        }
        // Unreachable: every document's root is indexed when it is loaded.
        throw JSONSchemaError(.notASchema, at: describe(location))
    }

    /// A location as text for error messages: the document's URI and the pointer.
    private func describe(_ location: SchemaLocation) -> String {
        let key = documentKeys.first { $0.value == location.document }?.key ?? ""
        return key + "#" + JSONPointer.string(location.pointer)
    }

    // MARK: - References

    /// Finds the subschema a URI identifies.
    ///
    /// - Parameters:
    ///   - target: The absolute (or, for an anonymous root, relative) URI, with any fragment.
    ///   - origin: Where the reference is, for error messages.
    /// - Returns: The location.
    /// - Throws: ``JSONSchemaError/Reason/unresolvableReference(_:)`` if nothing has that URI.
    private func locate(_ target: URIReference, from origin: String) throws(JSONSchemaError) -> SchemaLocation {
        let key = target.withoutFragment.normalized.description
        if resourceRoots[key] == nil {
            try loadDocument(key)
        }
        if resourceRoots[key] == nil {
            try loadAllDocuments()
        }
        guard let root = resourceRoots[key] else {
            throw JSONSchemaError(.unresolvableReference(target.description), at: origin)
        }
        guard let fragment = target.fragment, !fragment.isEmpty else { return root }
        guard let decoded = JSONPointer.percentDecoded(fragment) else {
            throw JSONSchemaError(.invalidURI(target.description, problem: "malformed percent-encoding"), at: origin)
        }
        if decoded.hasPrefix("/") {
            guard let tokens = JSONPointer.tokens(decoded) else {
                throw JSONSchemaError(
                    .invalidURI(target.description, problem: "the fragment is not a valid JSON Pointer"), at: origin)
            }
            let location = SchemaLocation(document: root.document, pointer: root.pointer + tokens)
            guard value(at: location) != nil else {
                throw JSONSchemaError(.unresolvableReference(target.description), at: origin)
            }
            return location
        }
        guard let anchored = anchors[key + "#" + decoded] else {
            throw JSONSchemaError(.unresolvableReference(target.description), at: origin)
        }
        return anchored
    }

    // MARK: - Compiling nodes

    /// The resource number of a resource URI, assigned on first use.
    private func resourceNumber(_ key: String) -> Int {
        if let number = resourceNumbers[key] {
            return number
        }
        resourceNumbers[key] = resourceKeys.count
        resourceKeys.append(key)
        return resourceKeys.count - 1
    }

    /// Compiles the subschema at a location (once) and returns its node index.
    private func compileNode(_ location: SchemaLocation) throws(JSONSchemaError) -> Int {
        if let index = nodeIndex[location] {
            return index
        }
        guard let value = value(at: location) else {
            throw JSONSchemaError(.unresolvableReference(describe(location)), at: describe(location))
        }
        let info = try info(for: location)
        let index = nodes.count
        nodes.append(nil)
        nodeIndex[location] = index
        let resource = resourceNumber(info.resourceKey)
        let relative = JSONPointer.string(location.pointer.dropFirst(info.resourceRoot.count))
        let absolute = info.resourceKey + "#" + URIFragment.encode(relative)
        switch value {
        case .bool(true):
            nodes[index] = SchemaNode(kind: .acceptAll, resource: resource, absoluteLocation: absolute)
        case .bool(false):
            nodes[index] = SchemaNode(kind: .rejectAll, resource: resource, absoluteLocation: absolute)
        case .object(let members):
            var builder = NodeBuilder(
                compiler: self, location: location, info: info, members: members, absolute: absolute)
            nodes[index] = try builder.build(resource: resource)
        default:
            throw JSONSchemaError(.notASchema, at: absolute)
        }
        return index
    }

    /// Builds the node of one schema object, keyword by keyword.
    private struct NodeBuilder {
        /// The compiler, for child schemas and references.
        let compiler: SchemaCompiler
        /// Where the schema is.
        let location: SchemaLocation
        /// Its base URI and dialect.
        let info: SchemaInfo
        /// Its keywords by name.
        let keywords: [String: JSONValue]
        /// Its absolute location, for errors.
        let absolute: String

        /// Creates a builder.
        init(
            compiler: SchemaCompiler, location: SchemaLocation, info: SchemaInfo, members: [JSONMember],
            absolute: String
        ) {
            self.compiler = compiler
            self.location = location
            self.info = info
            var keywords: [String: JSONValue] = [:]
            for member in members {
                keywords[member.key] = member.value
            }
            self.keywords = keywords
            self.absolute = absolute
        }

        /// An error about a keyword's value.
        private func invalid(_ keyword: String, _ expected: String) -> JSONSchemaError {
            JSONSchemaError(.invalidKeyword(keyword: keyword, expected: expected), at: absolute + "/" + keyword)
        }

        /// Compiles the subschema at a path below this schema.
        private func child(_ tokens: String...) throws(JSONSchemaError) -> Int {
            try compiler.compileNode(SchemaLocation(document: location.document, pointer: location.pointer + tokens))
        }

        /// Compiles the subschema that is a keyword's value, if the keyword is present.
        private func single(_ keyword: String) throws(JSONSchemaError) -> Int? {
            guard keywords[keyword] != nil else { return nil }
            return try child(keyword)
        }

        /// Compiles the subschemas in a keyword's array value.
        private func list(_ keyword: String) throws(JSONSchemaError) -> [Int] {
            guard let value = keywords[keyword] else { return [] }
            guard case .array(let elements) = value, !elements.isEmpty else {
                throw invalid(keyword, "a non-empty array of schemas")
            }
            var result: [Int] = []
            for position in elements.indices {
                result.append(try child(keyword, String(position)))
            }
            return result
        }

        /// A keyword's value as a non-negative integer.
        private func count(_ keyword: String) throws(JSONSchemaError) -> Int? {
            guard let value = keywords[keyword] else { return nil }
            guard case .number(let text) = value, let number = ExactNumber(text), number.isInteger,
                ExactNumber.compare(number, .zero) >= 0
            else { throw invalid(keyword, "a non-negative integer") }
            return number.intValue ?? Int.max
        }

        /// A keyword's value as a number.
        private func number(_ keyword: String) throws(JSONSchemaError) -> SchemaNumber? {
            guard let value = keywords[keyword] else { return nil }
            guard case .number(let text) = value, let number = ExactNumber(text) else {
                throw invalid(keyword, "a number")
            }
            return SchemaNumber(value: number, text: text)
        }

        /// A keyword's value as an array of unique strings.
        private func strings(_ keyword: String, value: JSONValue? = nil) throws(JSONSchemaError) -> [String]? {
            guard let value = value ?? keywords[keyword] else { return nil }
            guard case .array(let elements) = value else { throw invalid(keyword, "an array of strings") }
            var result: [String] = []
            for element in elements {
                guard case .string(let text) = element else { throw invalid(keyword, "an array of strings") }
                result.append(text)
            }
            return result
        }

        /// Compiles a regular expression from the schema.
        private func regex(_ pattern: String, keyword: String) throws(JSONSchemaError) -> ECMARegex {
            do {
                return try ECMARegex(pattern, stepLimit: compiler.regexStepLimit)
            } catch {
                throw JSONSchemaError(
                    .invalidPattern(pattern: pattern, problem: "\(error.message) at position \(error.offset)"),
                    at: absolute + "/" + keyword)
            }
        }

        /// Resolves a reference keyword's value against the schema's base URI.
        private func resolve(_ keyword: String) throws(JSONSchemaError) -> (SchemaLocation, URIReference)? {
            guard let value = keywords[keyword] else { return nil }
            guard case .string(let text) = value else { throw invalid(keyword, "a URI reference (a string)") }
            let target = URIReference(text).resolved(against: info.base)
            return (try compiler.locate(target, from: absolute + "/" + keyword), target)
        }

        /// Builds the node.
        mutating func build(resource: Int) throws(JSONSchemaError) -> SchemaNode {
            let draft = info.dialect.draft
            let vocabularies = info.dialect.vocabularies
            var applicators = InPlaceKeywords()
            var hasApplicators = false

            if let (target, _) = try resolve("$ref") {
                applicators.reference = try compiler.compileNode(target)
                hasApplicators = true
                if draft <= .draft7 {
                    // Up to draft 7, `$ref` hides its siblings.
                    return SchemaNode(
                        kind: .keywords, resource: resource, absoluteLocation: absolute, applicators: applicators)
                }
            }
            if draft >= .draft2020, let (target, uri) = try resolve("$dynamicRef") {
                let targetNode = try compiler.compileNode(target)
                var anchor: String?
                if let fragment = uri.fragment.flatMap(JSONPointer.percentDecoded), !fragment.isEmpty,
                    !fragment.hasPrefix("/"), case .string(let name)? = compiler.value(at: target)?["$dynamicAnchor"],
                    name == fragment
                {
                    anchor = fragment
                    compiler.needsDynamicAnchors = true
                }
                applicators.dynamicReference = DynamicReference(
                    target: targetNode, anchor: anchor, keyword: "$dynamicRef")
                hasApplicators = true
            }
            if draft == .draft2019, let (target, _) = try resolve("$recursiveRef") {
                let targetNode = try compiler.compileNode(target)
                var anchor: String?
                if case .bool(true)? = compiler.value(at: target)?["$recursiveAnchor"] {
                    anchor = SchemaResource.recursiveAnchorName
                    compiler.needsDynamicAnchors = true
                }
                applicators.dynamicReference = DynamicReference(
                    target: targetNode, anchor: anchor, keyword: "$recursiveRef")
                hasApplicators = true
            }

            var objects = ObjectKeywords()
            var hasObjects = false
            var arrays = ArrayKeywords()
            var hasArrays = false

            if vocabularies.contains(.applicator) {
                applicators.allOf = try list("allOf")
                applicators.anyOf = try list("anyOf")
                applicators.oneOf = try list("oneOf")
                applicators.not = try single("not")
                if draft >= .draft7, let condition = try single("if") {
                    applicators.ifSchema = condition
                    applicators.thenSchema = try single("then")
                    applicators.elseSchema = try single("else")
                }
                hasApplicators =
                    hasApplicators || !applicators.allOf.isEmpty || !applicators.anyOf.isEmpty
                    || !applicators.oneOf.isEmpty || applicators.not != nil || applicators.ifSchema != nil

                if case .object(let entries)? = keywords["properties"] {
                    for entry in entries {
                        objects.propertyNodes.append(try child("properties", entry.key))
                    }
                    objects.properties = KeyTable(entries.map(\.key))
                    hasObjects = true
                } else if keywords["properties"] != nil {
                    throw invalid("properties", "an object whose values are schemas")
                }
                if case .object(let entries)? = keywords["patternProperties"] {
                    for entry in entries {
                        let regex = try regex(entry.key, keyword: "patternProperties")
                        objects.patternProperties.append((regex, try child("patternProperties", entry.key)))
                    }
                    hasObjects = true
                } else if keywords["patternProperties"] != nil {
                    throw invalid("patternProperties", "an object whose values are schemas")
                }
                if let additional = try single("additionalProperties") {
                    objects.additionalProperties = additional
                    hasObjects = true
                }
                if let names = try single("propertyNames") {
                    objects.propertyNames = names
                    hasObjects = true
                }
                if draft >= .draft2019, case .object(let entries)? = keywords["dependentSchemas"] {
                    for entry in entries {
                        objects.dependentSchemas.append(
                            (entry.key, try child("dependentSchemas", entry.key), "dependentSchemas"))
                    }
                    hasObjects = true
                }
                if case .object(let entries)? = keywords["dependencies"] {
                    // Draft 7's combined keyword, also honoured in later drafts for compatibility.
                    for entry in entries {
                        if case .array = entry.value {
                            let names = try strings("dependencies", value: entry.value) ?? []
                            objects.dependentRequired.append((entry.key, names, "dependencies"))
                        } else {
                            objects.dependentSchemas.append(
                                (entry.key, try child("dependencies", entry.key), "dependencies"))
                        }
                    }
                    hasObjects = true
                }

                if draft >= .draft2020 {
                    arrays.prefixItems = try list("prefixItems")
                    arrays.items = try single("items")
                } else if case .array? = keywords["items"] {
                    arrays.prefixItems = try list("items")
                    arrays.prefixKeyword = "items"
                    arrays.items = try single("additionalItems")
                    arrays.itemsKeyword = "additionalItems"
                } else {
                    arrays.items = try single("items")
                }
                if draft >= .draft6, let contains = try single("contains") {
                    arrays.contains = contains
                    if vocabularies.contains(.validation) && draft >= .draft2019 {
                        arrays.minContains = try count("minContains") ?? 1
                        arrays.maxContains = try count("maxContains")
                    }
                }
                hasArrays = !arrays.prefixItems.isEmpty || arrays.items != nil || arrays.contains != nil
            }
            if vocabularies.contains(.unevaluated) && draft >= .draft2019 {
                if let unevaluated = try single("unevaluatedProperties") {
                    objects.unevaluatedProperties = unevaluated
                    hasObjects = true
                }
                if let unevaluated = try single("unevaluatedItems") {
                    arrays.unevaluatedItems = unevaluated
                    hasArrays = true
                }
            }

            var types: TypeMask?
            var constValue: JSONValue?
            var enumeration: EnumKeyword?
            var numbers = NumberKeywords()
            var hasNumbers = false
            var strings = StringKeywords()
            var hasStrings = false

            if vocabularies.contains(.validation) {
                switch keywords["type"] {
                case nil:
                    break
                case .string(let name)?:
                    guard let mask = TypeMask.named(name) else { throw invalid("type", "a JSON Schema type name") }
                    types = mask
                case .array(let names)?:
                    var mask: TypeMask = []
                    for name in names {
                        guard case .string(let text) = name, let type = TypeMask.named(text) else {
                            throw invalid("type", "a type name or an array of type names")
                        }
                        mask.insert(type)
                    }
                    types = mask
                default:
                    throw invalid("type", "a type name or an array of type names")
                }
                if draft >= .draft6 {
                    constValue = keywords["const"]
                }
                if let values = keywords["enum"] {
                    guard case .array(let elements) = values else { throw invalid("enum", "an array") }
                    enumeration = EnumKeyword(values: elements)
                }

                numbers.minimum = try number("minimum")
                numbers.maximum = try number("maximum")
                if draft == .draft4 {
                    // Draft 4's boolean forms make `minimum`/`maximum` exclusive.
                    if case .bool(true)? = keywords["exclusiveMinimum"] {
                        numbers.exclusiveMinimum = numbers.minimum
                        numbers.minimum = nil
                    }
                    if case .bool(true)? = keywords["exclusiveMaximum"] {
                        numbers.exclusiveMaximum = numbers.maximum
                        numbers.maximum = nil
                    }
                } else {
                    numbers.exclusiveMinimum = try number("exclusiveMinimum")
                    numbers.exclusiveMaximum = try number("exclusiveMaximum")
                }
                numbers.multipleOf = try number("multipleOf")
                if let multiple = numbers.multipleOf, ExactNumber.compare(multiple.value, .zero) <= 0 {
                    throw invalid("multipleOf", "a number greater than 0")
                }
                hasNumbers =
                    numbers.minimum != nil || numbers.maximum != nil || numbers.exclusiveMinimum != nil
                    || numbers.exclusiveMaximum != nil || numbers.multipleOf != nil

                strings.minLength = try count("minLength")
                strings.maxLength = try count("maxLength")
                if let pattern = keywords["pattern"] {
                    guard case .string(let text) = pattern else { throw invalid("pattern", "a string") }
                    strings.pattern = try regex(text, keyword: "pattern")
                }
                hasStrings = strings.minLength != nil || strings.maxLength != nil || strings.pattern != nil

                arrays.minItems = try count("minItems")
                arrays.maxItems = try count("maxItems")
                if let unique = keywords["uniqueItems"] {
                    guard case .bool(let flag) = unique else { throw invalid("uniqueItems", "a boolean") }
                    arrays.uniqueItems = flag
                }
                hasArrays = hasArrays || arrays.minItems != nil || arrays.maxItems != nil || arrays.uniqueItems

                objects.minProperties = try count("minProperties")
                objects.maxProperties = try count("maxProperties")
                if let required = try self.strings("required") {
                    objects.required = required
                    objects.requiredPropertyPositions = required.map { objects.properties.position(of: $0) }
                }
                if draft >= .draft2019, case .object(let entries)? = keywords["dependentRequired"] {
                    for entry in entries {
                        let names = try self.strings("dependentRequired", value: entry.value) ?? []
                        objects.dependentRequired.append((entry.key, names, "dependentRequired"))
                    }
                }
                hasObjects =
                    hasObjects || objects.minProperties != nil || objects.maxProperties != nil
                    || !objects.required.isEmpty || !objects.dependentRequired.isEmpty
            }

            let formatVocabulary = vocabularies.contains(.formatAssertion)
            if compiler.assertsFormats || formatVocabulary, case .string(let name)? = keywords["format"],
                let check = FormatChecker.check(for: name)
            {
                strings.format = FormatAssertion(name: name, check: check)
                hasStrings = true
            }

            let hasAssertions =
                types != nil || constValue != nil || enumeration != nil || hasNumbers || hasStrings
                || hasArrays || hasObjects
            guard hasAssertions || hasApplicators else {
                return SchemaNode(kind: .acceptAll, resource: resource, absoluteLocation: absolute)
            }
            return SchemaNode(
                kind: .keywords, resource: resource, absoluteLocation: absolute, types: types, constValue: constValue,
                enumeration: enumeration, numbers: hasNumbers ? numbers : nil, strings: hasStrings ? strings : nil,
                arrays: hasArrays ? arrays : nil, objects: hasObjects ? objects : nil,
                applicators: hasApplicators ? applicators : nil)
        }
    }
}

/// Percent-encoding of JSON Pointers placed in URI fragments (RFC 6901 §6).
enum URIFragment {
    /// Encodes the characters a fragment may not hold: anything outside RFC 3986's `pchar / "/" / "?"`.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let allowed: Bool
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                allowed = true
            default:
                allowed = "-._~!$&'()*+,;=:@/?".utf8.contains(byte)
            }
            if allowed {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (byte < 0x10 ? "0" : "") + hex
            }
        }
        return result
    }
}
