import JSONCore

extension Evaluator {
    // MARK: - In-place applicators

    /// `$ref`, `$dynamicRef`, `allOf`, `anyOf`, `oneOf`, `not` and `if`/`then`/`else`.
    mutating func applyInPlace(
        _ node: SchemaNode, _ box: Shared<InPlaceKeywords>, _ instance: JSONValue, _ local: inout EvaluatedSet?
    ) -> Bool {
        var valid = true
        if let reference = box.value.reference,
            !validateInPlace(reference, instance, keyword: "$ref", &local)
        {
            guard collectsErrors else { return false }
            valid = false
        }
        if let reference = box.value.dynamicReference {
            let target = resolve(reference)
            if !validateInPlace(target, instance, keyword: reference.keyword, &local) {
                guard collectsErrors else { return false }
                valid = false
            }
        }
        for (position, subschema) in box.value.allOf.enumerated()
        where !validateInPlace(subschema, instance, keyword: "allOf", position: position, &local) {
            guard collectsErrors else { return false }
            valid = false
        }
        if !box.value.anyOf.isEmpty {
            var matched = false
            var causes: [ValidationError] = []
            for (position, subschema) in box.value.anyOf.enumerated() {
                let (branchValid, branchErrors) = capturingErrors { evaluator in
                    evaluator.validateInPlace(subschema, instance, keyword: "anyOf", position: position, &local)
                }
                if branchValid {
                    matched = true
                    // With annotations wanted, every branch must be evaluated; otherwise one is enough.
                    if local == nil {
                        break
                    }
                } else {
                    causes += branchErrors
                }
            }
            if !matched {
                guard collectsErrors else { return false }
                valid = false
                report(
                    node, "anyOf", "does not match any of the \(box.value.anyOf.count) schemas in anyOf",
                    causes: causes)
            }
        }
        if !box.value.oneOf.isEmpty {
            var matchCount = 0
            var matches: [Int] = []
            var causes: [ValidationError] = []
            for (position, subschema) in box.value.oneOf.enumerated() {
                let (branchValid, branchErrors) = capturingErrors { evaluator in
                    evaluator.validateInPlace(subschema, instance, keyword: "oneOf", position: position, &local)
                }
                if branchValid {
                    matchCount += 1
                    if !collectsErrors {
                        if matchCount > 1 {
                            return false
                        }
                    } else {
                        matches.append(position)
                    }
                } else {
                    causes += branchErrors
                }
            }
            if matchCount != 1 {
                guard collectsErrors else { return false }
                valid = false
                if matches.isEmpty {
                    report(
                        node, "oneOf", "does not match any of the \(box.value.oneOf.count) schemas in oneOf",
                        causes: causes)
                } else {
                    let list = matches.map(String.init).joined(separator: ", ")
                    report(
                        node, "oneOf", "matches more than one schema in oneOf (schemas \(list)); exactly one must match"
                    )
                }
            }
        }
        if let negated = box.value.not {
            let (matches, _) = capturingErrors { evaluator in
                var none: EvaluatedSet? = nil
                return evaluator.validateInPlace(negated, instance, keyword: "not", &none)
            }
            if matches {
                guard collectsErrors else { return false }
                valid = false
                report(node, "not", "must not match the schema in 'not'")
            }
        }
        if let condition = box.value.ifSchema {
            var conditionAnnotations: EvaluatedSet? = local == nil ? nil : EvaluatedSet()
            let (holds, _) = capturingErrors { evaluator in
                evaluator.validateInPlace(condition, instance, keyword: "if", &conditionAnnotations)
            }
            if holds {
                if let conditionAnnotations {
                    local!.formUnion(conditionAnnotations)
                }
                if let then = box.value.thenSchema, !validateInPlace(then, instance, keyword: "then", &local) {
                    guard collectsErrors else { return false }
                    valid = false
                }
            } else if let otherwise = box.value.elseSchema,
                !validateInPlace(otherwise, instance, keyword: "else", &local)
            {
                guard collectsErrors else { return false }
                valid = false
            }
        }
        return valid
    }

    /// The node a dynamic reference leads to in the current dynamic scope.
    ///
    /// If the static target has a `$dynamicAnchor` of the fragment's name, the outermost resource in the
    /// dynamic scope with such an anchor wins; otherwise the reference is static.
    private func resolve(_ reference: DynamicReference) -> Int {
        guard let anchor = reference.anchor else { return reference.target }
        for resource in scope {
            if let target = resources[resource].dynamicAnchors[anchor] {
                return target
            }
        }
        return reference.target
    }
}
