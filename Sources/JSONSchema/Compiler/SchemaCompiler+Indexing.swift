import JSONCore

extension SchemaCompiler {
    // MARK: - Documents and indexing

    /// Loads a document and indexes it.
    ///
    /// - Parameters:
    ///   - value: The document.
    ///   - key: The URI it is loaded under (empty for an anonymous root schema).
    /// - Returns: The document's index.
    func addDocument(_ value: JSONValue, key: String) throws(JSONSchemaError) -> Int {
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
    func loadDocument(_ key: String) throws(JSONSchemaError) -> Bool {
        guard documentKeys[key] == nil, let value = registry.document(at: key) else { return false }
        _ = try addDocument(value, key: key)
        return true
    }

    /// Loads every registered document not loaded yet, so that resources embedded in them are known.
    func loadAllDocuments() throws(JSONSchemaError) {
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
    func value(at location: SchemaLocation) -> JSONValue? {
        JSONPointer.resolve(location.pointer, in: documents[location.document])
    }

    /// The indexing information of a location, indexing it first if the walk did not reach it (a reference
    /// may point anywhere, for example into an unknown keyword).
    func info(for location: SchemaLocation) throws(JSONSchemaError) -> SchemaInfo {
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
    func describe(_ location: SchemaLocation) -> String {
        let key = documentKeys.first { $0.value == location.document }?.key ?? ""
        return key + "#" + JSONPointer.string(location.pointer)
    }
}
