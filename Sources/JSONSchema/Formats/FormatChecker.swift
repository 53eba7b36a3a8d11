/// The checks behind an asserted `format` keyword.
///
/// Every format of JSON Schema 2020-12 (§7.3 of the validation specification) is known. Checks follow the
/// referenced RFCs' grammars; see the individual checkers for their limits (``IDNA`` approximates some
/// Unicode properties). A format this validator does not know is never asserted: the keyword then stays an
/// annotation, as the specification requires.
enum FormatChecker {
    /// The check for a format name, or `nil` for a format this validator does not know.
    ///
    /// - Parameter name: The value of the `format` keyword.
    /// - Returns: A function that tells whether a string has the format.
    static func check(for name: String) -> (@Sendable (String) -> Bool)? {
        switch name {
        case "date-time": return DateTimeFormats.isDateTime
        case "date": return DateTimeFormats.isDate
        case "time": return DateTimeFormats.isTime
        case "duration": return DateTimeFormats.isDuration
        case "email": return NetworkFormats.isEmail
        case "idn-email": return NetworkFormats.isIDNEmail
        case "hostname": return NetworkFormats.isHostname
        case "idn-hostname": return NetworkFormats.isIDNHostname
        case "ipv4": return NetworkFormats.isIPv4
        case "ipv6": return NetworkFormats.isIPv6
        case "uri": return URIFormats.isURI
        case "uri-reference": return URIFormats.isURIReference
        case "iri": return URIFormats.isIRI
        case "iri-reference": return URIFormats.isIRIReference
        case "uri-template": return URIFormats.isURITemplate
        case "uuid": return isUUID
        case "json-pointer": return isJSONPointer
        case "relative-json-pointer": return isRelativeJSONPointer
        case "regex": return isRegex
        default: return nil
        }
    }

    /// `uuid`: RFC 4122 `8-4-4-4-12` hexadecimal digits with hyphens, any version and variant.
    static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard Unicode.Scalar(byte).properties.isASCIIHexDigit else { return false }
            }
        }
        return true
    }

    /// `json-pointer`: empty, or `/`-prefixed tokens in which `~` is always followed by `0` or `1` (RFC 6901).
    static func isJSONPointer(_ text: String) -> Bool {
        JSONPointer.tokens(text) != nil
    }

    /// `relative-json-pointer`: a non-negative integer followed by `#` or a JSON Pointer.
    static func isRelativeJSONPointer(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            index += 1
        }
        guard index > 0, index == 1 || bytes[0] != UInt8(ascii: "0") else { return false }
        if index == bytes.count {
            return true
        }
        if bytes[index] == UInt8(ascii: "#") {
            return index + 1 == bytes.count
        }
        return isJSONPointer(String(decoding: bytes[index...], as: UTF8.self))
    }

    /// `regex`: an ECMA-262 regular expression (Unicode mode).
    static func isRegex(_ text: String) -> Bool {
        (try? RegexParser.parse(text)) != nil
    }
}
