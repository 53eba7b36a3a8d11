import JSONCore

extension SchemaCompiler {
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
    func compileNode(_ location: SchemaLocation) throws(JSONSchemaError) -> Int {
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
