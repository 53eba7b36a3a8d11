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
