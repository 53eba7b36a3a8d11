import Foundation
import JSONCore

/// JSON Pointer (RFC 6901) helpers: escaping reference tokens and reading pointers out of URI fragments.
///
/// Locations in errors (`/items/3/name`) and fragments of references (`#/$defs/a~1b`) are JSON Pointers.
/// The validator keeps pointers as arrays of unescaped tokens and escapes them only when it shows them.
enum JSONPointer {
    /// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
    ///
    /// - Parameter token: An object key or an array index as text.
    /// - Returns: The token as it appears inside a pointer.
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return token
        }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// Joins unescaped tokens into a pointer (`["a", "b/c"]` gives `/a/b~1c`; no tokens give the empty pointer).
    ///
    /// - Parameter tokens: The unescaped tokens, outermost first.
    /// - Returns: The pointer text.
    static func string<Tokens: Sequence>(_ tokens: Tokens) -> String where Tokens.Element == String {
        var text = ""
        for token in tokens {
            text += "/" + escape(token)
        }
        return text
    }

    /// Splits a pointer into unescaped tokens.
    ///
    /// - Parameter pointer: The pointer text, already percent-decoded if it came from a URI fragment.
    /// - Returns: The tokens, or `nil` if the text is not a pointer (it is not empty and does not start with
    ///   `/`, or it holds a `~` that is not followed by `0` or `1`).
    static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty {
            return []
        }
        guard pointer.hasPrefix("/") else { return nil }
        var result: [String] = []
        for rawToken in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard rawToken.contains("~") else {
                result.append(String(rawToken))
                continue
            }
            var token = ""
            var iterator = rawToken.makeIterator()
            while let character = iterator.next() {
                if character == "~" {
                    switch iterator.next() {
                    case "0": token.append("~")
                    case "1": token.append("/")
                    default: return nil
                    }
                } else {
                    token.append(character)
                }
            }
            result.append(token)
        }
        return result
    }

    /// Follows unescaped tokens from a value to the value they point at.
    ///
    /// - Parameters:
    ///   - tokens: The tokens.
    ///   - value: The value to start from.
    /// - Returns: The value pointed at, or `nil` if a token names a key or index that is not there.
    static func resolve(_ tokens: some Sequence<String>, in value: JSONValue) -> JSONValue? {
        var current = value
        for token in tokens {
            switch current {
            case .object:
                guard let next = current[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The array index a token names: digits without a leading zero (RFC 6901 §4), or `nil`.
    private static func arrayIndex(_ token: String) -> Int? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            token == "0" || !token.hasPrefix("0")
        else { return nil }
        return Int(token)
    }

    /// Decodes `%XX` escapes in a URI fragment into UTF-8 text.
    ///
    /// - Parameter text: The fragment as written in the URI.
    /// - Returns: The decoded text, or `nil` if an escape is malformed or the bytes are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The value of one hexadecimal digit, or `nil`.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
