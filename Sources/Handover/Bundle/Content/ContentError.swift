import Foundation

/// A piece of content that does not fit its shape: what is wrong and where, as a JSON pointer into
/// the piece (which names the same place in data.xml). Readers turn it into a ``HandoverError``
/// with the entry and line.
struct ContentError: Error, Equatable {
    /// What is wrong, as a sentence without the location.
    var message: String
    /// Where, as a JSON pointer.
    var pointer: String

    init(_ message: String, at pointer: String) {
        self.message = message
        self.pointer = pointer
    }

    /// `pointer` extended by one member name or index, escaped as RFC 6901 requires.
    static func pointer(_ base: String, _ token: String) -> String {
        base + "/" + token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
