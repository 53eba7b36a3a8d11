import JSONCore

/// Validates one instance against a ``SchemaProgram``.
///
/// It runs in one of two modes. Without error collection it answers valid or invalid as fast as it can: it
/// stops at the first failure and keeps no locations. With error collection it evaluates everything and
/// records each failure with its instance and keyword locations; ``JSONSchemaValidator`` uses this mode only
/// for instances the fast mode found invalid.
///
/// Annotations for `unevaluatedProperties` and `unevaluatedItems` are gathered only where such a keyword can
/// see them: a node collects the positions its keywords evaluate into an ``EvaluatedSet`` when it has an
/// `unevaluated…` keyword itself or when its caller (an in-place applicator of such a node) asks. Subschemas
/// that fail contribute nothing, as the specification requires.
struct Evaluator {
    /// The nodes.
    private let nodes: [SchemaNode]
    /// The resources, for dynamic references.
    private let resources: [SchemaResource]
    /// Whether to track the dynamic scope (the program has dynamic references).
    private let tracksScope: Bool
    /// Whether failures are recorded (else evaluation stops at the first one).
    let collectsErrors: Bool

    /// The failures recorded so far.
    private(set) var errors: [ValidationError] = []
    /// The resources entered, outermost first (only when ``tracksScope``).
    private var scope: [Int] = []
    /// How deeply evaluations are nested.
    private var depth = 0
    /// How many subschemas are applied in place, one inside the other, since evaluation last moved to a member
    /// or an item: a reference cycle that never advances through the instance grows only this.
    private var inPlaceDepth = 0
    /// The instance location, only when collecting errors.
    private var instancePath: [PathSegment] = []
    /// The keyword location, only when collecting errors.
    private var keywordPath: [PathSegment] = []

    /// One step of a location, kept unrendered so that walking a large instance in error-collecting mode
    /// builds no strings; they are rendered only for an error.
    private enum PathSegment {
        /// An object member, or a keyword: `/name`.
        case name(String)
        /// An array item: `/3`.
        case index(Int)
        /// A keyword with a name below it: `/properties/name`.
        case keyword(String, String)
        /// A keyword with an index below it: `/allOf/2`.
        case keywordIndex(String, Int)

        /// The segment as escaped JSON Pointer text.
        var text: String {
            switch self {
            case .name(let name): return "/" + JSONPointer.escape(name)
            case .index(let index): return "/" + String(index)
            case .keyword(let keyword, let name): return "/" + keyword + "/" + JSONPointer.escape(name)
            case .keywordIndex(let keyword, let index): return "/" + keyword + "/" + String(index)
            }
        }
    }

    /// Renders a path as a JSON Pointer.
    private static func render(_ path: [PathSegment]) -> String {
        var text = ""
        for segment in path {
            text += segment.text
        }
        return text
    }

    /// How deeply evaluations may nest in all, which bounds the stack for deeply nested instances.
    static let depthLimit = 1_000
    /// How many subschemas may apply in place one inside the other: a reference cycle that does not advance
    /// through the instance (`{"$ref": "#"}`) fails here instead of overflowing the stack. Real schemas,
    /// the meta-schemas included, stay far below it.
    static let inPlaceDepthLimit = 200

    /// Creates an evaluator for a program.
    ///
    /// - Parameters:
    ///   - program: The compiled schema.
    ///   - collectsErrors: Whether to record every failure with its locations.
    init(program: SchemaProgram, collectsErrors: Bool) {
        nodes = program.nodes
        resources = program.resources
        tracksScope = program.usesDynamicScope
        self.collectsErrors = collectsErrors
    }

    // MARK: - Nodes

    /// Validates an instance against a node.
    ///
    /// - Parameters:
    ///   - index: The node.
    ///   - instance: The value.
    ///   - evaluated: When not `nil`, receives the members or items the node evaluated (if it is valid).
    /// - Returns: Whether the instance is valid.
    mutating func validate(_ index: Int, _ instance: JSONValue, _ evaluated: inout EvaluatedSet?) -> Bool {
        // The program owns every node for as long as the evaluator exists, so no retain is needed.
        unowned(unsafe) let node = nodes[index]
        switch node.kind {
        case .acceptAll:
            return true
        case .rejectAll:
            report(node, "false", "no value is allowed here (the schema is false)", keywordSegment: "")
            return false
        case .keywords:
            break
        }
        depth += 1
        defer { depth -= 1 }
        if depth > Self.depthLimit || inPlaceDepth > Self.inPlaceDepthLimit {
            let problem =
                inPlaceDepth > Self.inPlaceDepthLimit
                ? "the schema refers to itself without advancing through the instance (a reference cycle)"
                : "the instance is nested too deeply to validate (more than \(Self.depthLimit) levels of subschemas)"
            report(node, "$ref", problem, keywordSegment: "")
            return false
        }
        let entersResource = tracksScope && scope.last != node.resource
        if entersResource {
            scope.append(node.resource)
        }
        let valid = validateKeywords(node, instance, &evaluated)
        if entersResource {
            scope.removeLast()
        }
        return valid
    }

    /// Applies every keyword of a node.
    private mutating func validateKeywords(
        _ node: SchemaNode, _ instance: JSONValue, _ evaluated: inout EvaluatedSet?
    ) -> Bool {
        var valid = true
        if let types = node.types, !Self.matches(types, instance) {
            guard collectsErrors else { return false }
            valid = false
            let expected = types.names.joined(separator: " or ")
            report(node, "type", "expected \(expected), found \(JSONText.typeName(instance))")
        }
        if let constant = node.constValue, !InstanceEquality.equal(constant, instance) {
            guard collectsErrors else { return false }
            valid = false
            report(node, "const", "must be \(JSONText.render(constant)), found \(JSONText.render(instance))")
        }
        if let enumeration = node.enumeration, !enumeration.value.contains(instance) {
            guard collectsErrors else { return false }
            valid = false
            let allowed = enumeration.value.values.prefix(10).map { JSONText.render($0, limit: 30) }.joined(
                separator: ", ")
            let more = enumeration.value.values.count > 10 ? ", …" : ""
            report(node, "enum", "\(JSONText.render(instance)) is not one of the allowed values: \(allowed)\(more)")
        }
        var local: EvaluatedSet?
        switch instance {
        case .number(let text):
            if let numbers = node.numbers, !checkNumber(node, numbers, text) {
                guard collectsErrors else { return false }
                valid = false
            }
        case .string(let text):
            if let strings = node.strings, !checkString(node, strings, text) {
                guard collectsErrors else { return false }
                valid = false
            }
        case .object:
            if evaluated != nil || node.objects?.value.unevaluatedProperties != nil {
                local = EvaluatedSet()
            }
        case .array:
            if evaluated != nil || node.arrays?.value.unevaluatedItems != nil {
                local = EvaluatedSet()
            }
        default:
            break
        }
        if let applicators = node.applicators, !applyInPlace(node, applicators, instance, &local) {
            guard collectsErrors else { return false }
            valid = false
        }
        switch instance {
        case .object(let members):
            if let objects = node.objects, !checkObject(node, objects, members, instance, &local) {
                guard collectsErrors else { return false }
                valid = false
            }
        case .array(let elements):
            if let arrays = node.arrays, !checkArray(node, arrays, elements, &local) {
                guard collectsErrors else { return false }
                valid = false
            }
        default:
            break
        }
        if valid, let local, evaluated != nil {
            evaluated!.formUnion(local)
        }
        return valid
    }

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
    private mutating func validateChild(
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
    private mutating func validateInPlace(
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
    private mutating func capturingErrors(_ body: (inout Evaluator) -> Bool) -> (Bool, [ValidationError]) {
        guard collectsErrors else { return (body(&self), []) }
        let saved = errors
        errors = []
        let valid = body(&self)
        let captured = errors
        errors = saved
        return (valid, captured)
    }

    // MARK: - In-place applicators

    /// `$ref`, `$dynamicRef`, `allOf`, `anyOf`, `oneOf`, `not` and `if`/`then`/`else`.
    private mutating func applyInPlace(
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

    // MARK: - Numbers and strings

    /// Whether a type mask admits a value.
    @inline(__always)
    static func matches(_ types: TypeMask, _ instance: JSONValue) -> Bool {
        switch instance {
        case .null: return types.contains(.null)
        case .bool: return types.contains(.boolean)
        case .string: return types.contains(.string)
        case .array: return types.contains(.array)
        case .object: return types.contains(.object)
        case .number(let text): return types.contains(.number) || (types.contains(.integer) && isInteger(text))
        }
    }

    /// Whether number text has an integer value (`1`, `1.0`, `1e2`, not `1.5` or `1e-1`).
    static func isInteger(_ text: String) -> Bool {
        var plain = true
        for byte in text.utf8 where byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        {
            plain = false
            break
        }
        return plain || (ExactNumber(text)?.isInteger ?? false)
    }

    /// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`.
    private mutating func checkNumber(_ node: SchemaNode, _ box: Shared<NumberKeywords>, _ text: String) -> Bool {
        guard let number = ExactNumber(text) else { return true }
        var valid = true
        if let minimum = box.value.minimum, ExactNumber.compare(number, minimum.value) < 0 {
            guard collectsErrors else { return false }
            valid = false
            report(node, "minimum", "\(text) is less than the minimum of \(minimum.text)")
        }
        if let minimum = box.value.exclusiveMinimum, ExactNumber.compare(number, minimum.value) <= 0 {
            guard collectsErrors else { return false }
            valid = false
            report(node, "exclusiveMinimum", "\(text) must be greater than \(minimum.text)")
        }
        if let maximum = box.value.maximum, ExactNumber.compare(number, maximum.value) > 0 {
            guard collectsErrors else { return false }
            valid = false
            report(node, "maximum", "\(text) is greater than the maximum of \(maximum.text)")
        }
        if let maximum = box.value.exclusiveMaximum, ExactNumber.compare(number, maximum.value) >= 0 {
            guard collectsErrors else { return false }
            valid = false
            report(node, "exclusiveMaximum", "\(text) must be less than \(maximum.text)")
        }
        if let divisor = box.value.multipleOf, !number.isMultiple(of: divisor.value) {
            guard collectsErrors else { return false }
            valid = false
            report(node, "multipleOf", "\(text) is not a multiple of \(divisor.text)")
        }
        return valid
    }

    /// The number of Unicode code points in a string (its UTF-8 bytes that do not continue a sequence).
    private static func codePointCount(_ text: String) -> Int {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                count += 1
            }
            return count
        }
        return counted ?? text.unicodeScalars.count
    }

    /// `minLength`, `maxLength`, `pattern` and an asserted `format`.
    private mutating func checkString(_ node: SchemaNode, _ box: Shared<StringKeywords>, _ text: String) -> Bool {
        var valid = true
        if box.value.minLength != nil || box.value.maxLength != nil {
            // A code point takes one to four UTF-8 bytes; count them only when the byte count cannot decide.
            let bytes = text.utf8.count
            var length: Int?
            if let maximum = box.value.maxLength, bytes > maximum {
                length = Self.codePointCount(text)
                if length! > maximum {
                    guard collectsErrors else { return false }
                    valid = false
                    report(node, "maxLength", "is longer than \(maximum) characters (\(length!))")
                }
            }
            if let minimum = box.value.minLength, minimum > 0, bytes < minimum * 4 {
                let count = length ?? Self.codePointCount(text)
                if count < minimum {
                    guard collectsErrors else { return false }
                    valid = false
                    report(
                        node, "minLength", "is shorter than \(minimum) character\(minimum == 1 ? "" : "s") (\(count))")
                }
            }
        }
        if let regex = box.value.pattern {
            switch regex.matches(text) {
            case .match:
                break
            case .noMatch:
                guard collectsErrors else { return false }
                valid = false
                report(
                    node, "pattern", "\(JSONText.render(.string(text))) does not match the pattern '\(regex.pattern)'")
            case .tooComplex:
                guard collectsErrors else { return false }
                valid = false
                report(node, "pattern", "the pattern '\(regex.pattern)' is too complex to check against this value")
            }
        }
        if let format = box.value.format, !format.check(text) {
            guard collectsErrors else { return false }
            valid = false
            report(node, "format", "\(JSONText.render(.string(text))) is not a valid \(format.name)")
        }
        return valid
    }

    // MARK: - Objects

    /// The object keywords, then `unevaluatedProperties`.
    private mutating func checkObject(
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

    // MARK: - Arrays

    /// The array keywords, then `unevaluatedItems`.
    private mutating func checkArray(
        _ node: SchemaNode, _ box: Shared<ArrayKeywords>, _ elements: [JSONValue], _ local: inout EvaluatedSet?
    ) -> Bool {
        var valid = true
        if let minimum = box.value.minItems, elements.count < minimum {
            guard collectsErrors else { return false }
            valid = false
            report(node, "minItems", "has \(elements.count) items, fewer than the minimum of \(minimum)")
        }
        if let maximum = box.value.maxItems, elements.count > maximum {
            guard collectsErrors else { return false }
            valid = false
            report(node, "maxItems", "has \(elements.count) items, more than the maximum of \(maximum)")
        }
        if box.value.uniqueItems, let (first, second) = InstanceEquality.firstDuplicate(in: elements) {
            guard collectsErrors else { return false }
            valid = false
            report(node, "uniqueItems", "items \(first) and \(second) are equal; all items must be unique")
        }
        let prefixCount = min(box.value.prefixItems.count, elements.count)
        for position in 0..<prefixCount
        where !validateChild(
            box.value.prefixItems[position], elements[position], key: nil, position: position,
            keyword: box.value.prefixKeyword, name: nil, keywordIndex: position)
        {
            guard collectsErrors else { return false }
            valid = false
        }
        local?.insert(upTo: prefixCount)
        if let items = box.value.items, elements.count > prefixCount {
            if case .rejectAll = nodes[items].kind {
                guard collectsErrors else { return false }
                valid = false
                report(
                    node, box.value.itemsKeyword,
                    "has \(elements.count) items, but only \(prefixCount) are allowed (\(box.value.itemsKeyword): false)"
                )
            } else {
                for position in prefixCount..<elements.count
                where !validateChild(
                    items, elements[position], key: nil, position: position, keyword: box.value.itemsKeyword, name: nil)
                {
                    guard collectsErrors else { return false }
                    valid = false
                }
            }
            local?.insertAll()
        }
        if let contains = box.value.contains {
            var count = 0
            for (position, element) in elements.enumerated() {
                let (matches, _) = capturingErrors { evaluator in
                    evaluator.validateChild(
                        contains, element, key: nil, position: position, keyword: "contains", name: nil)
                }
                if matches {
                    count += 1
                    local?.insert(position)
                    if local == nil && !collectsErrors && count >= box.value.minContains && box.value.maxContains == nil
                    {
                        break
                    }
                }
            }
            if count < box.value.minContains {
                guard collectsErrors else { return false }
                valid = false
                if box.value.minContains == 1 {
                    report(node, "contains", "no item matches the 'contains' schema")
                } else {
                    report(
                        node, "minContains",
                        "\(count) item\(count == 1 ? "" : "s") match the 'contains' schema, fewer than \(box.value.minContains)"
                    )
                }
            }
            if let maximum = box.value.maxContains, count > maximum {
                guard collectsErrors else { return false }
                valid = false
                report(node, "maxContains", "\(count) items match the 'contains' schema, more than \(maximum)")
            }
        }
        if let unevaluated = box.value.unevaluatedItems {
            for (position, element) in elements.enumerated() where !local!.contains(position) {
                if case .rejectAll = nodes[unevaluated].kind {
                    guard collectsErrors else { return false }
                    valid = false
                    if collectsErrors {
                        instancePath.append(.index(position))
                        report(node, "unevaluatedItems", "item \(position) is not allowed (unevaluatedItems: false)")
                        instancePath.removeLast()
                    }
                } else if !validateChild(
                    unevaluated, element, key: nil, position: position, keyword: "unevaluatedItems", name: nil)
                {
                    guard collectsErrors else { return false }
                    valid = false
                }
            }
            local!.insertAll()
        }
        return valid
    }

    // MARK: - Errors

    /// Records a failure at the current locations.
    ///
    /// - Parameters:
    ///   - node: The schema the failing keyword belongs to.
    ///   - keyword: The failing keyword.
    ///   - message: What is wrong.
    ///   - causes: Errors of failed alternatives.
    ///   - keywordSegment: The keyword's path segment if it is not `/keyword` (empty for a `false` schema,
    ///     whose location is the schema itself).
    private mutating func report(
        _ node: SchemaNode, _ keyword: String, _ message: @autoclosure () -> String, causes: [ValidationError] = [],
        keywordSegment: String? = nil
    ) {
        guard collectsErrors else { return }
        let segment = keywordSegment ?? "/" + keyword
        let absolute: String? =
            node.absoluteLocation.hasPrefix("#") ? nil : node.absoluteLocation + URIFragment.encode(segment)
        errors.append(
            ValidationError(
                instanceLocation: Self.render(instancePath), keywordLocation: Self.render(keywordPath) + segment,
                absoluteKeywordLocation: absolute, keyword: keyword, message: message(), causes: causes))
    }
}
