/// Checks for `ipv4`, `ipv6`, `hostname`, `idn-hostname`, `email` and `idn-email`.
enum NetworkFormats {
    /// `ipv4`: four decimal octets 0–255 without leading zeros (RFC 2673 §3.2 dotted-quad).
    static func isIPv4(_ text: String) -> Bool {
        let parts = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        for part in parts {
            guard !part.isEmpty, part.count <= 3,
                part.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                part.count == 1 || part.first != UInt8(ascii: "0")
            else { return false }
            let value = part.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            guard value <= 255 else { return false }
        }
        return true
    }

    /// `ipv6`: RFC 4291 §2.2 text forms: eight groups of one to four hex digits, at most one `::`, and an
    /// optional dotted-quad IPv4 tail. No zone index, prefix length or brackets.
    static func isIPv6(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }), !text.isEmpty else { return false }
        var groups = 0
        var body = Substring(text)
        // An IPv4 tail counts as two groups.
        if let lastColon = body.lastIndex(of: ":"), body[body.index(after: lastColon)...].contains(".") {
            guard isIPv4(String(body[body.index(after: lastColon)...])) else { return false }
            groups += 2
            body = body[...lastColon]
            // Keep a trailing `::` intact, otherwise drop the colon that preceded the IPv4 part.
            if !body.hasSuffix("::") {
                body = body.dropLast()
            }
        }
        let compressed = body.split(separator: "::", omittingEmptySubsequences: false)
        guard compressed.count <= 2 else { return false }
        for half in compressed {
            guard !half.isEmpty else { continue }
            for group in half.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), group.allSatisfy(\.isHexDigit) else { return false }
                groups += 1
            }
        }
        return compressed.count == 2 ? groups <= 7 : groups == 8
    }

    /// `hostname`: RFC 1123 host names of ASCII letters, digits and hyphens; labels of 1–63 characters that do
    /// not start or end with a hyphen, at most 253 characters in all. An `xn--` label must be a valid A-label
    /// (Punycode of a valid IDNA2008 U-label).
    static func isHostname(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 253, text.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        for label in text.split(separator: ".", omittingEmptySubsequences: false) {
            guard isASCIILabel(label) else { return false }
        }
        return true
    }

    /// One ASCII label: LDH rules, and for `xn--` labels a valid A-label.
    private static func isASCIILabel(_ label: Substring) -> Bool {
        guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-",
            label.utf8.allSatisfy({ byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            })
        else { return false }
        let lowered = label.lowercased()
        if lowered.hasPrefix("xn--") {
            return IDNA.isALabel(String(lowered.dropFirst(4)))
        }
        // Hyphens in the third and fourth position are reserved for A-labels (RFC 5891 §4.2.3.1).
        let characters = Array(lowered)
        return !(characters.count >= 4 && characters[2] == "-" && characters[3] == "-")
    }

    /// `idn-hostname`: host names whose labels are ASCII host name labels, A-labels or IDNA2008 U-labels,
    /// separated by `.` or the ideographic full stops U+3002, U+FF0E, U+FF61.
    static func isIDNHostname(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        let separators: Set<Unicode.Scalar> = [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"]
        var labels: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if separators.contains(scalar) {
                labels.append([])
            } else {
                labels[labels.count - 1].append(scalar)
            }
        }
        var total = labels.count - 1
        var uLabels: [[Unicode.Scalar]] = []
        for label in labels {
            guard !label.isEmpty else { return false }
            if label.allSatisfy({ $0.isASCII }) {
                let ascii = String(String.UnicodeScalarView(label))
                guard isASCIILabel(Substring(ascii)) else { return false }
                total += label.count
                if ascii.lowercased().hasPrefix("xn--"),
                    let decoded = Punycode.decode(String(ascii.lowercased().dropFirst(4)))
                {
                    uLabels.append(decoded)
                } else {
                    uLabels.append(label)
                }
            } else {
                guard IDNA.isULabel(label), let encoded = Punycode.encode(label), encoded.count + 4 <= 63 else {
                    return false
                }
                total += encoded.count + 4
                uLabels.append(label)
            }
        }
        guard total <= 253 else { return false }
        return IDNA.satisfiesBidiRule(uLabels)
    }

    /// `email`: an RFC 5321 `Mailbox`: a dot-atom or quoted local part of at most 64 octets, `@`, and a host
    /// name or an address literal (`[192.0.2.1]`, `[IPv6:…]`).
    static func isEmail(_ text: String) -> Bool {
        isMailbox(text, international: false)
    }

    /// `idn-email`: an RFC 6531 mailbox, which also allows non-ASCII characters in the local part and an
    /// internationalised domain.
    static func isIDNEmail(_ text: String) -> Bool {
        isMailbox(text, international: true)
    }

    /// A mailbox, ASCII-only or internationalised.
    private static func isMailbox(_ text: String, international: Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return false }
        var index = 0
        if first == "\"" {
            index = 1
            var closed = false
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\"" {
                    closed = true
                    index += 1
                    break
                }
                if scalar == "\\" {
                    guard index + 1 < scalars.count, (32...126).contains(scalars[index + 1].value) else { return false }
                    index += 2
                    continue
                }
                let value = scalar.value
                guard
                    value == 32 || value == 33 || (35...91).contains(value) || (93...126).contains(value)
                        || (international && value >= 0x80)
                else { return false }
                index += 1
            }
            guard closed else { return false }
        } else {
            var previousWasDot = true
            while index < scalars.count, scalars[index] != "@" {
                let scalar = scalars[index]
                if scalar == "." {
                    guard !previousWasDot else { return false }
                    previousWasDot = true
                } else {
                    guard isAtext(scalar) || (international && scalar.value >= 0x80) else { return false }
                    previousWasDot = false
                }
                index += 1
            }
            guard !previousWasDot else { return false }
        }
        guard index < scalars.count, scalars[index] == "@" else { return false }
        let localLength = String(String.UnicodeScalarView(scalars[0..<index])).utf8.count
        guard localLength <= 64 else { return false }
        let domain = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        if domain.hasPrefix("[") && domain.hasSuffix("]") && domain.count >= 2 {
            let literal = String(domain.dropFirst().dropLast())
            if literal.lowercased().hasPrefix("ipv6:") {
                return isIPv6(String(literal.dropFirst(5)))
            }
            return isIPv4(literal)
        }
        return international ? isIDNHostname(domain) : isHostname(domain)
    }

    /// RFC 5322 `atext`.
    private static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCIILetter || ("0"..."9").contains(scalar) {
            return true
        }
        return "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar)
    }
}
