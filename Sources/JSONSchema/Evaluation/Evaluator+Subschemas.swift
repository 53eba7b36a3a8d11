import JSONCore

extension Evaluator {
    // MARK: - Subschemas

    /// Validates a value inside the instance (a member or an item) against a subschema.
    ///
    /// - Parameters:
    ///   - index: The subschema's node.
    ///   - value: The member's or item's value.
    ///   - key: The member's key, or `nil` for an item.
    ///   - position: The item's index (ignored for members).
    ///   - keyword: The keyword that applies the subschema.
    ///   - name: The keyword's sub-path if it is a name (a property name), if any.
    ///   - keywordIndex: The keyword's sub-path if it is an index (of `prefixItems`), if any.
    /// - Returns: Whether the value is valid.
    @inline(__always)
    mutating func validateChild(
        _ index: Int, _ value: JSONValue, key: String?, position: Int, keyword: String, name: String?,
        keywordIndex: Int? = nil
    ) -> Bool {
        if collectsErrors {
            instancePath.append(key.map(PathSegment.name) ?? .index(position))
            keywordPath.append(Self.segment(keyword, name, keywordIndex))
        }
        var none: EvaluatedSet? = nil
        let savedInPlaceDepth = inPlaceDepth
        inPlaceDepth = 0
        let valid = validate(index, value, &none)
        inPlaceDepth = savedInPlaceDepth
        if collectsErrors {
            instancePath.removeLast()
            keywordPath.removeLast()
        }
        return valid
    }

    /// The keyword segment for a keyword and its optional name or index.
    private static func segment(_ keyword: String, _ name: String?, _ index: Int?) -> PathSegment {
        if let name {
            return .keyword(keyword, name)
        }
        if let index {
            return .keywordIndex(keyword, index)
        }
        return .name(keyword)
    }

    /// Validates the instance itself against a subschema, merging its annotations if it is valid.
    ///
    /// `name` or `position` is the keyword's sub-path (`dependentSchemas/name`, `allOf/2`), if any.
    mutating func validateInPlace(
        _ index: Int, _ instance: JSONValue, keyword: String, name: String? = nil, position: Int? = nil,
        _ local: inout EvaluatedSet?
    ) -> Bool {
        if collectsErrors {
            keywordPath.append(Self.segment(keyword, name, position))
        }
        var annotations: EvaluatedSet? = local == nil ? nil : EvaluatedSet()
        inPlaceDepth += 1
        let valid = validate(index, instance, &annotations)
        inPlaceDepth -= 1
        if collectsErrors {
            keywordPath.removeLast()
        }
        if valid, let annotations {
            local!.formUnion(annotations)
        }
        return valid
    }

    /// Runs `body` with the error list set aside, and returns what `body` reported instead of keeping it.
    mutating func capturingErrors(_ body: (inout Evaluator) -> Bool) -> (Bool, [ValidationError]) {
        guard collectsErrors else { return (body(&self), []) }
        let saved = errors
        errors = []
        let valid = body(&self)
        let captured = errors
        errors = saved
        return (valid, captured)
    }
}
