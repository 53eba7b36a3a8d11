/// A place in a loaded document: which document, and the JSON Pointer tokens from its root.
struct SchemaLocation: Hashable, Sendable {
    /// The index of the document in the compiler's list.
    var document: Int
    /// The unescaped pointer tokens from the document's root.
    var pointer: [String]

    /// The location of a value inside this one.
    func appending(_ tokens: String...) -> SchemaLocation {
        SchemaLocation(document: document, pointer: pointer + tokens)
    }
}
