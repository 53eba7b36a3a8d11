/// What the compiler knows about a subschema from indexing its document.
struct SchemaInfo: Sendable {
    /// The base URI references inside it resolve against (its resource's URI, no fragment).
    var base: URIReference
    /// How to read it.
    var dialect: Dialect
    /// The key of its resource (the base URI as text).
    var resourceKey: String
    /// The pointer of its resource's root within the document.
    var resourceRoot: [String]
}
