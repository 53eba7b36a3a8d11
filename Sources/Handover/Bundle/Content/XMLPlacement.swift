/// Where `data.xml` puts a member of the bundle's content. `data.json` needs no such choice: a
/// member is a JSON member of the same name.
enum XMLPlacement: Sendable, Equatable {
    /// An attribute of the enclosing element (text and `true`/`false` only).
    case attribute
    /// A child element of the member's name: text inside it, or an object's members.
    case element
    /// The enclosing element's own text.
    case text
    /// The enclosing element's own text, or, when XML 1.0 cannot carry it, base64 of its UTF-8
    /// bytes marked `encoding="base64"`.
    case encodedText
    /// A list as a child element of the member's name holding one `item` element per entry.
    case wrapped(item: String)
    /// A list as repeated child elements named `element`, without a wrapper.
    case repeated(element: String)
}
