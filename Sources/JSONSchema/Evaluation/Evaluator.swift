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
    let nodes: [SchemaNode]
    /// The resources, for dynamic references.
    let resources: [SchemaResource]
    /// Whether to track the dynamic scope (the program has dynamic references).
    private let tracksScope: Bool
    /// Whether failures are recorded (else evaluation stops at the first one).
    let collectsErrors: Bool
    /// Whether messages quote instance values (``JSONSchemaValidator/Options/showsInstanceValues``).
    private let showsValues: Bool

    /// The failures recorded so far.
    var errors: [ValidationError] = []
    /// The resources entered, outermost first (only when ``tracksScope``).
    var scope: [Int] = []
    /// How deeply evaluations are nested.
    private var depth = 0
    /// Where the thread's stack ends, read once evaluation is ``StackGuard/checkedDepth`` levels deep.
    private var stack: StackGuard?
    /// How many subschemas are applied in place, one inside the other, since evaluation last moved to a member
    /// or an item: a reference cycle that never advances through the instance grows only this.
    var inPlaceDepth = 0
    /// The instance location, only when collecting errors.
    var instancePath: [PathSegment] = []
    /// The keyword location, only when collecting errors.
    var keywordPath: [PathSegment] = []

    /// One step of a location, kept unrendered so that walking a large instance in error-collecting mode
    /// builds no strings; they are rendered only for an error.
    enum PathSegment {
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
    init(program: SchemaProgram, collectsErrors: Bool, showsValues: Bool = true) {
        nodes = program.nodes
        resources = program.resources
        tracksScope = program.usesDynamicScope
        self.collectsErrors = collectsErrors
        self.showsValues = showsValues
    }

    /// An instance value as a message shows it: quoted, or by type and length only.
    func shown(_ value: JSONValue) -> String {
        showsValues ? JSONText.render(value) : "the value (\(JSONText.withheld(value)))"
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
        if depth > Self.depthLimit || inPlaceDepth > Self.inPlaceDepthLimit || !hasStackRoom() {
            let problem =
                inPlaceDepth > Self.inPlaceDepthLimit
                ? "the schema refers to itself without advancing through the instance (a reference cycle)"
                : depth > Self.depthLimit
                    ? "the instance is nested too deeply to validate (more than \(Self.depthLimit) levels of subschemas)"
                    : "the instance is nested too deeply to validate (\(depth) levels of subschemas fill this thread's stack)"
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

    /// Whether the stack has room for another level; only asked past ``StackGuard/checkedDepth``.
    private mutating func hasStackRoom() -> Bool {
        guard depth > StackGuard.checkedDepth else { return true }
        if stack == nil { stack = StackGuard() }
        return stack!.hasRoom()
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
            let found = shown(instance)
            report(node, "const", "must be \(JSONText.render(constant)), found \(found)")
        }
        if let enumeration = node.enumeration, !enumeration.value.contains(instance) {
            guard collectsErrors else { return false }
            valid = false
            let allowed = enumeration.value.values.prefix(10).map { JSONText.render($0, limit: 30) }.joined(
                separator: ", ")
            let more = enumeration.value.values.count > 10 ? ", …" : ""
            let found = shown(instance)
            report(node, "enum", "\(found) is not one of the allowed values: \(allowed)\(more)")
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
    mutating func report(
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
