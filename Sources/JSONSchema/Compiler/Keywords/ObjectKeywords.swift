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
