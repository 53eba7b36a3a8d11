import Foundation

/// A small element of data.xml read whole — a controller, a collection's description, a record —
/// with its attributes, text and children.
struct XMLContentElement {
    var name: String
    var attributes: [String: String]
    /// The text directly inside; empty when the element has children.
    var text: String
    var children: [XMLContentElement]
    /// The line of its start tag.
    var line: Int

    /// The first child named `name`.
    func child(_ name: String) -> XMLContentElement? { children.first { $0.name == name } }

    /// The text, decoded when it is marked `encoding="base64"`; `nil` when so marked but not base64
    /// of UTF-8.
    var decodedText: String? {
        guard attributes["encoding"] == "base64" else { return text }
        guard let bytes = Data(base64Encoded: text) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
