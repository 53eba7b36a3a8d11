/// A piece of a bundle's description — its header, a collection's header — in neither JSON nor
/// XML: what a ``ContentShape`` makes of the model, what the writers of `data.json` and `data.xml`
/// render, and what their readers parse back before the shape turns it into the model again.
///
/// Records are not content nodes: they are many, so the writers stream them directly.
indirect enum ContentNode: Sendable, Equatable {
    /// A member of an object: its name, where data.xml puts it, and its value.
    struct Member: Sendable, Equatable {
        var name: String
        var placement: XMLPlacement
        var node: ContentNode
    }

    /// Text.
    case string(String)
    /// `true` or `false` (`"true"`/`"false"` in XML).
    case bool(Bool)
    /// Members in the order data.json writes them; data.xml writes attributes in
    /// `xmlAttributeOrder` when one is given.
    case object([Member], xmlAttributeOrder: [String]? = nil)
    /// Items in order.
    case list([ContentNode])
    /// Something a reader found that the shape never writes (a JSON number or null), described for
    /// the error message.
    case unexpected(String)
}
