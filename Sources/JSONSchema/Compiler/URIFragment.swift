/// Percent-encoding of JSON Pointers placed in URI fragments (RFC 6901 §6).
enum URIFragment {
    /// Encodes the characters a fragment may not hold: anything outside RFC 3986's `pchar / "/" / "?"`.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let allowed: Bool
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                allowed = true
            default:
                allowed = "-._~!$&'()*+,;=:@/?".utf8.contains(byte)
            }
            if allowed {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (byte < 0x10 ? "0" : "") + hex
            }
        }
        return result
    }
}
