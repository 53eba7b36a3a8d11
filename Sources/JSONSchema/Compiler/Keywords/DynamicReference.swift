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
