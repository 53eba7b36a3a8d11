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
