import JSONCore

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
