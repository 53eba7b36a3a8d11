import JSONCore

/// A compiled schema: every reachable subschema as a ``SchemaNode``, with references turned into node indices.
///
/// Built once by ``SchemaCompiler`` and never changed afterwards, so one program serves any number of
/// validations, from any number of threads.
final class SchemaProgram: Sendable {
    /// The nodes; references between them are indices into this array.
    let nodes: [SchemaNode]
    /// The schema resources (subschemas with their own URI) the nodes belong to.
    let resources: [SchemaResource]
    /// The node to start validation at.
    let root: Int
    /// Whether any node has a dynamic reference, so that evaluation must track the dynamic scope.
    let usesDynamicScope: Bool

    /// Creates a program.
    init(nodes: [SchemaNode], resources: [SchemaResource], root: Int) {
        self.nodes = nodes
        self.resources = resources
        self.root = root
        usesDynamicScope = nodes.contains { $0.applicators?.value.dynamicReference?.anchor != nil }
    }
}

/// A schema resource: a subschema identified by its own absolute URI (its `$id`, or a document's URI).
struct SchemaResource: Sendable {
    /// The resource's URI, without a fragment; empty for a root schema that has no `$id`.
    var uri: String
    /// The nodes of its `$dynamicAnchor`s by name (and of a 2019-09 `$recursiveAnchor`, under ``recursiveAnchorName``).
    var dynamicAnchors: [String: Int]

    /// The name under which a `"$recursiveAnchor": true` is kept, which no `$dynamicAnchor` can have.
    static let recursiveAnchorName = "\u{0}recursive"
}

/// The JSON types as a bit set, for the `type` keyword.
struct TypeMask: OptionSet, Sendable {
    let rawValue: UInt8

    static let null = TypeMask(rawValue: 1)
    static let boolean = TypeMask(rawValue: 2)
    static let object = TypeMask(rawValue: 4)
    static let array = TypeMask(rawValue: 8)
    static let number = TypeMask(rawValue: 16)
    static let string = TypeMask(rawValue: 32)
    static let integer = TypeMask(rawValue: 64)

    /// The mask for a type name of the `type` keyword, or `nil` for an unknown name.
    static func named(_ name: String) -> TypeMask? {
        switch name {
        case "null": return .null
        case "boolean": return .boolean
        case "object": return .object
        case "array": return .array
        case "number": return .number
        case "string": return .string
        case "integer": return .integer
        default: return nil
        }
    }

    /// The type names in the mask, in the order JSON Schema lists them.
    var names: [String] {
        var names: [String] = []
        for (type, name) in [
            (TypeMask.null, "null"), (.boolean, "boolean"), (.object, "object"), (.array, "array"),
            (.number, "number"), (.string, "string"), (.integer, "integer"),
        ] where contains(type) {
            names.append(name)
        }
        return names
    }
}

/// A number from a schema keyword, with the text it was written as (for messages).
struct SchemaNumber: Sendable {
    /// The value.
    var value: ExactNumber
    /// The source text.
    var text: String
}

/// One compiled subschema.
///
/// Keywords are grouped by the instance type they apply to, so validating a string never looks at object
/// keywords. A group is `nil` when the schema has none of its keywords.
final class SchemaNode: Sendable {
    /// What kind of schema this is.
    enum Kind: Sendable {
        /// `true`, `{}` or a schema with only annotations: every instance is valid.
        case acceptAll
        /// `false`: no instance is valid.
        case rejectAll
        /// A schema with assertions or applicators.
        case keywords
    }

    /// What kind of schema this is.
    let kind: Kind
    /// The index of the resource this schema belongs to.
    let resource: Int
    /// The schema's absolute location (`uri#/json/pointer`), the prefix of its absolute keyword locations.
    let absoluteLocation: String
    /// `type`.
    let types: TypeMask?
    /// `const`.
    let constValue: JSONValue?
    /// `enum`.
    let enumeration: Shared<EnumKeyword>?
    /// Keywords for numbers.
    let numbers: Shared<NumberKeywords>?
    /// Keywords for strings.
    let strings: Shared<StringKeywords>?
    /// Keywords for arrays.
    let arrays: Shared<ArrayKeywords>?
    /// Keywords for objects.
    let objects: Shared<ObjectKeywords>?
    /// Keywords that apply subschemas to the same instance.
    let applicators: Shared<InPlaceKeywords>?

    /// Creates a node.
    init(
        kind: Kind, resource: Int, absoluteLocation: String, types: TypeMask? = nil, constValue: JSONValue? = nil,
        enumeration: EnumKeyword? = nil, numbers: NumberKeywords? = nil, strings: StringKeywords? = nil,
        arrays: ArrayKeywords? = nil, objects: ObjectKeywords? = nil, applicators: InPlaceKeywords? = nil
    ) {
        self.kind = kind
        self.resource = resource
        self.absoluteLocation = absoluteLocation
        self.types = types
        self.constValue = constValue
        self.enumeration = enumeration.map(Shared.init)
        self.numbers = numbers.map(Shared.init)
        self.strings = strings.map(Shared.init)
        self.arrays = arrays.map(Shared.init)
        self.objects = objects.map(Shared.init)
        self.applicators = applicators.map(Shared.init)
    }
}

/// `enum`: the allowed values, with the strings among them also in a ``KeyTable`` for a quick lookup.
struct EnumKeyword: Sendable {
    /// The allowed values, in schema order.
    var values: [JSONValue]
    /// The string values.
    var strings: KeyTable
    /// Whether any allowed value is not a string.
    var hasNonStrings: Bool

    /// Creates the keyword from its values.
    init(values: [JSONValue]) {
        self.values = values
        var strings: [String] = []
        hasNonStrings = false
        for value in values {
            if case .string(let text) = value {
                strings.append(text)
            } else {
                hasNonStrings = true
            }
        }
        self.strings = KeyTable(strings)
    }

    /// Tells whether a value is one of the allowed values.
    func contains(_ instance: JSONValue) -> Bool {
        if case .string(let text) = instance {
            return strings.position(of: text) != nil
        }
        guard hasNonStrings else { return false }
        return values.contains { InstanceEquality.equal($0, instance) }
    }
}

/// The keywords for numbers.
struct NumberKeywords: Sendable {
    /// `minimum`.
    var minimum: SchemaNumber?
    /// `maximum`.
    var maximum: SchemaNumber?
    /// `exclusiveMinimum`.
    var exclusiveMinimum: SchemaNumber?
    /// `exclusiveMaximum`.
    var exclusiveMaximum: SchemaNumber?
    /// `multipleOf`.
    var multipleOf: SchemaNumber?
}

/// The keywords for strings.
struct StringKeywords: Sendable {
    /// `minLength`, in code points.
    var minLength: Int?
    /// `maxLength`, in code points.
    var maxLength: Int?
    /// `pattern`.
    var pattern: ECMARegex?
    /// `format`, when it is asserted.
    var format: FormatAssertion?
}

/// A `format` that is checked, not just annotated.
struct FormatAssertion: Sendable {
    /// The format's name.
    var name: String
    /// The check.
    var check: @Sendable (String) -> Bool
}

/// The keywords for arrays.
struct ArrayKeywords: Sendable {
    /// `prefixItems` (or an array-form `items` of older drafts).
    var prefixItems: [Int] = []
    /// `items` (or `additionalItems` of older drafts): the schema for the elements after the prefix.
    var items: Int?
    /// The keyword `items` came from, for locations: `items` or `additionalItems`.
    var itemsKeyword = "items"
    /// The keyword `prefixItems` came from: `prefixItems` or `items`.
    var prefixKeyword = "prefixItems"
    /// `contains`.
    var contains: Int?
    /// `minContains` (1 when absent).
    var minContains = 1
    /// `maxContains`.
    var maxContains: Int?
    /// `minItems`.
    var minItems: Int?
    /// `maxItems`.
    var maxItems: Int?
    /// `uniqueItems`.
    var uniqueItems = false
    /// `unevaluatedItems`.
    var unevaluatedItems: Int?
}

/// The keywords for objects.
struct ObjectKeywords: Sendable {
    /// The names in `properties`, in schema order.
    var properties = KeyTable([])
    /// The subschema of each name in ``properties``.
    var propertyNodes: [Int] = []
    /// `patternProperties`.
    var patternProperties: [(regex: ECMARegex, node: Int)] = []
    /// `additionalProperties`.
    var additionalProperties: Int?
    /// `propertyNames`.
    var propertyNames: Int?
    /// `required`.
    var required: [String] = []
    /// For each required name, its position in ``properties`` (if it is declared there), so that presence can
    /// be read from the set of declared properties seen.
    var requiredPropertyPositions: [Int?] = []
    /// `dependentRequired` (and the array form of `dependencies`).
    var dependentRequired: [(name: String, required: [String], keyword: String)] = []
    /// `dependentSchemas` (and the schema form of `dependencies`).
    var dependentSchemas: [(name: String, node: Int, keyword: String)] = []
    /// `minProperties`.
    var minProperties: Int?
    /// `maxProperties`.
    var maxProperties: Int?
    /// `unevaluatedProperties`.
    var unevaluatedProperties: Int?
}

/// Keywords that apply subschemas to the instance itself.
struct InPlaceKeywords: Sendable {
    /// `$ref`.
    var reference: Int?
    /// `$dynamicRef` (or `$recursiveRef`).
    var dynamicReference: DynamicReference?
    /// `allOf`.
    var allOf: [Int] = []
    /// `anyOf`.
    var anyOf: [Int] = []
    /// `oneOf`.
    var oneOf: [Int] = []
    /// `not`.
    var not: Int?
    /// `if`.
    var ifSchema: Int?
    /// `then` (only kept when there is an `if`).
    var thenSchema: Int?
    /// `else` (only kept when there is an `if`).
    var elseSchema: Int?
}

/// A compiled `$dynamicRef`.
struct DynamicReference: Sendable {
    /// The schema the reference resolves to statically.
    var target: Int
    /// The anchor name to look up in the dynamic scope, when the static target has a `$dynamicAnchor` of that
    /// name; `nil` makes the reference behave like `$ref`.
    var anchor: String?
    /// The keyword as written: `$dynamicRef` or `$recursiveRef`.
    var keyword: String
}
