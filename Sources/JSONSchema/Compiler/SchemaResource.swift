/// A schema resource: a subschema identified by its own absolute URI (its `$id`, or a document's URI).
struct SchemaResource: Sendable {
    /// The resource's URI, without a fragment; empty for a root schema that has no `$id`.
    var uri: String
    /// The nodes of its `$dynamicAnchor`s by name (and of a 2019-09 `$recursiveAnchor`, under ``recursiveAnchorName``).
    var dynamicAnchors: [String: Int]

    /// The name under which a `"$recursiveAnchor": true` is kept, which no `$dynamicAnchor` can have.
    static let recursiveAnchorName = "\u{0}recursive"
}
