extension SchemaCompiler {
    // MARK: - References

    /// Finds the subschema a URI identifies.
    ///
    /// - Parameters:
    ///   - target: The absolute (or, for an anonymous root, relative) URI, with any fragment.
    ///   - origin: Where the reference is, for error messages.
    /// - Returns: The location.
    /// - Throws: ``JSONSchemaError/Reason/unresolvableReference(_:)`` if nothing has that URI.
    func locate(_ target: URIReference, from origin: String) throws(JSONSchemaError) -> SchemaLocation {
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
}
