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
