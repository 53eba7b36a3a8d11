import JSONCore

extension Evaluator {
    // MARK: - Objects

    /// The object keywords, then `unevaluatedProperties`.
    mutating func checkObject(
        _ node: SchemaNode, _ box: Shared<ObjectKeywords>, _ members: [JSONMember], _ instance: JSONValue,
        _ local: inout EvaluatedSet?
    ) -> Bool {
        var valid = true
        if let minimum = box.value.minProperties, members.count < minimum {
            guard collectsErrors else { return false }
            valid = false
            report(node, "minProperties", "has \(members.count) properties, fewer than the minimum of \(minimum)")
        }
        if let maximum = box.value.maxProperties, members.count > maximum {
            guard collectsErrors else { return false }
            valid = false
            report(node, "maxProperties", "has \(members.count) properties, more than the maximum of \(maximum)")
        }
        // Declared properties seen, by position in `properties` (the first 64), to answer `required` quickly.
        var seen: UInt64 = 0
        let hasProperties = !box.value.properties.isEmpty
        if hasProperties || !box.value.patternProperties.isEmpty || box.value.additionalProperties != nil
            || box.value.propertyNames != nil
        {
            for (position, member) in members.enumerated() {
                var matched = false
                if hasProperties, let property = box.value.properties.position(of: member.key, hint: position) {
                    matched = true
                    if property < 64 {
                        seen |= 1 << UInt64(property)
                    }
                    if !validateChild(
                        box.value.propertyNodes[property], member.value, key: member.key, position: 0,
                        keyword: "properties", name: member.key)
                    {
                        guard collectsErrors else { return false }
                        valid = false
                    }
                }
                for (regex, subschema) in box.value.patternProperties {
                    switch regex.matches(member.key) {
                    case .noMatch:
                        continue
                    case .match:
                        matched = true
                        if !validateChild(
                            subschema, member.value, key: member.key, position: 0, keyword: "patternProperties",
                            name: regex.pattern)
                        {
                            guard collectsErrors else { return false }
                            valid = false
                        }
                    case .tooComplex:
                        guard collectsErrors else { return false }
                        valid = false
                        report(
                            node, "patternProperties",
                            "the pattern '\(regex.pattern)' is too complex to check against the key '\(member.key)'")
                    }
                }
                if !matched, let additional = box.value.additionalProperties {
                    matched = true
                    if !validateMember(node, additional, member, keyword: "additionalProperties") {
                        guard collectsErrors else { return false }
                        valid = false
                    }
                }
                if matched {
                    local?.insert(position)
                }
                if let names = box.value.propertyNames,
                    !validateChild(
                        names, .string(member.key), key: member.key, position: 0, keyword: "propertyNames", name: nil)
                {
                    guard collectsErrors else { return false }
                    valid = false
                }
            }
        }
        for (position, name) in box.value.required.enumerated() {
            let present: Bool
            if let property = box.value.requiredPropertyPositions[position], property < 64 {
                present = seen & (1 << UInt64(property)) != 0
            } else {
                present = Self.hasMember(members, name)
            }
            if !present {
                guard collectsErrors else { return false }
                valid = false
                report(node, "required", "required property '\(name)' is missing")
            }
        }
        for (name, required, keyword) in box.value.dependentRequired where Self.hasMember(members, name) {
            for dependency in required where !Self.hasMember(members, dependency) {
                guard collectsErrors else { return false }
                valid = false
                report(
                    node, keyword, "property '\(dependency)' is required when '\(name)' is present",
                    keywordSegment: "/\(keyword)/\(JSONPointer.escape(name))")
            }
        }
        for (name, subschema, keyword) in box.value.dependentSchemas where Self.hasMember(members, name) {
            if !validateInPlace(subschema, instance, keyword: keyword, name: name, &local) {
                guard collectsErrors else { return false }
                valid = false
            }
        }
        if let unevaluated = box.value.unevaluatedProperties {
            for (position, member) in members.enumerated() where !local!.contains(position) {
                if !validateMember(node, unevaluated, member, keyword: "unevaluatedProperties") {
                    guard collectsErrors else { return false }
                    valid = false
                }
            }
            local!.insertAll()
        }
        return valid
    }

    /// Validates a member against `additionalProperties` or `unevaluatedProperties`, with a clear message when
    /// the subschema is `false`.
    private mutating func validateMember(
        _ node: SchemaNode, _ subschema: Int, _ member: JSONMember, keyword: String
    ) -> Bool {
        if case .rejectAll = nodes[subschema].kind {
            if collectsErrors {
                instancePath.append(.name(member.key))
                report(node, keyword, "property '\(member.key)' is not allowed (\(keyword): false)")
                instancePath.removeLast()
            }
            return false
        }
        return validateChild(subschema, member.value, key: member.key, position: 0, keyword: keyword, name: nil)
    }

    /// Whether an object has a member with a key (compared byte by byte).
    @inline(__always)
    private static func hasMember(_ members: [JSONMember], _ name: String) -> Bool {
        members.contains { $0.key.utf8.count == name.utf8.count && KeyTable.sameBytes($0.key, name) }
    }
}
