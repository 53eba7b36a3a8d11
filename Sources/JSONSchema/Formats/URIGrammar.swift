/// A recursive-descent reader for RFC 3986 `URI-reference` (and RFC 3987 `IRI-reference`).
struct URIGrammar {
    /// The scalars.
    private let scalars: [Unicode.Scalar]
    /// Whether IRI characters are allowed.
    private let international: Bool

    /// Creates a reader, or `nil` for text with non-ASCII characters when `international` is off.
    init?(_ text: String, international: Bool) {
        scalars = Array(text.unicodeScalars)
        self.international = international
        if !international && !scalars.allSatisfy(\.isASCII) {
            return nil
        }
    }

    /// RFC 3987 `ucschar`.
    static func isUCSChar(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF:
            return true
        case 0x10000...0xEFFFD:
            // Each plane except its last two code points (non-characters).
            return value & 0xFFFF <= 0xFFFD
        default:
            return false
        }
    }

    /// RFC 3987 `iprivate` (allowed in queries only).
    static func isPrivate(_ value: UInt32) -> Bool {
        (0xE000...0xF8FF).contains(value) || (0xF0000...0xFFFFD).contains(value)
            || (0x100000...0x10FFFD).contains(value)
    }

    /// `unreserved` (plus `ucschar` for IRIs).
    private func isUnreserved(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCIILetter || ("0"..."9").contains(scalar) || "-._~".unicodeScalars.contains(scalar) {
            return true
        }
        return international && Self.isUCSChar(scalar.value)
    }

    /// `sub-delims`.
    private func isSubDelimiter(_ scalar: Unicode.Scalar) -> Bool {
        "!$&'()*+,;=".unicodeScalars.contains(scalar)
    }

    /// Checks that a run consists of allowed characters and well-formed percent-escapes.
    ///
    /// - Parameters:
    ///   - run: The scalars.
    ///   - extra: Characters allowed beyond `unreserved`, `pct-encoded` and `sub-delims`.
    ///   - allowsPrivate: Whether `iprivate` characters are allowed (IRI queries).
    private func isRun(_ run: ArraySlice<Unicode.Scalar>, extra: String, allowsPrivate: Bool = false) -> Bool {
        var index = run.startIndex
        while index < run.endIndex {
            let scalar = run[index]
            if scalar == "%" {
                guard index + 2 < run.endIndex, run[index + 1].properties.isASCIIHexDigit,
                    run[index + 2].properties.isASCIIHexDigit
                else { return false }
                index += 3
                continue
            }
            guard
                isUnreserved(scalar) || isSubDelimiter(scalar) || extra.unicodeScalars.contains(scalar)
                    || (allowsPrivate && international && Self.isPrivate(scalar.value))
            else { return false }
            index += 1
        }
        return true
    }

    /// Reads the whole text as a URI (with scheme) or, if allowed, a relative reference.
    func parseReference(requireScheme: Bool) -> Bool {
        var rest = scalars[...]
        var fragment: ArraySlice<Unicode.Scalar>?
        var query: ArraySlice<Unicode.Scalar>?
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[(hash + 1)...]
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = rest[(question + 1)...]
            rest = rest[..<question]
        }
        var hasScheme = false
        if let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("/") {
            let scheme = rest[..<colon]
            if let first = scheme.first, first.isASCIILetter,
                scheme.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
            {
                hasScheme = true
                rest = rest[(colon + 1)...]
            } else if requireScheme {
                return false
            }
        }
        if requireScheme && !hasScheme {
            return false
        }
        if let fragment, !isRun(fragment, extra: ":@/?") {
            return false
        }
        if let query, !isRun(query, extra: ":@/?", allowsPrivate: true) {
            return false
        }
        var path = rest
        if rest.count >= 2 && rest[rest.startIndex] == "/" && rest[rest.startIndex + 1] == "/" {
            let afterSlashes = rest.dropFirst(2)
            let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
            guard isAuthority(afterSlashes[..<end]) else { return false }
            path = afterSlashes[end...]
        } else if !hasScheme, path[..<(path.firstIndex(of: "/") ?? path.endIndex)].contains(":") {
            // path-noscheme: no colon in the first segment of a relative path.
            return false
        }
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            guard isRun(segment, extra: ":@") else { return false }
        }
        return true
    }

    /// `authority = [ userinfo "@" ] host [ ":" port ]`.
    private func isAuthority(_ authority: ArraySlice<Unicode.Scalar>) -> Bool {
        var hostAndPort = authority
        if let at = authority.firstIndex(of: "@") {
            guard isRun(authority[..<at], extra: ":") else { return false }
            hostAndPort = authority[(at + 1)...]
        }
        var host = hostAndPort
        if hostAndPort.first == "[" {
            guard let close = hostAndPort.firstIndex(of: "]") else { return false }
            let literal = String(String.UnicodeScalarView(hostAndPort[(hostAndPort.startIndex + 1)..<close]))
            guard isIPLiteral(literal) else { return false }
            host = hostAndPort[..<hostAndPort.index(after: close)]
            let afterHost = hostAndPort[hostAndPort.index(after: close)...]
            if !afterHost.isEmpty {
                guard afterHost.first == ":", afterHost.dropFirst().allSatisfy({ ("0"..."9").contains($0) }) else {
                    return false
                }
            }
            return true
        }
        if let colon = hostAndPort.firstIndex(of: ":") {
            guard hostAndPort[(colon + 1)...].allSatisfy({ ("0"..."9").contains($0) }) else { return false }
            host = hostAndPort[..<colon]
        }
        return isRun(host, extra: "")
    }

    /// The inside of `[…]`: an IPv6 address or `IPvFuture` (`v` hex `.` characters).
    private func isIPLiteral(_ literal: String) -> Bool {
        if let first = literal.first, first == "v" || first == "V" {
            let rest = literal.dropFirst()
            guard let dot = rest.firstIndex(of: "."), dot > rest.startIndex,
                rest[..<dot].allSatisfy(\.isHexDigit)
            else { return false }
            let tail = rest[rest.index(after: dot)...]
            return !tail.isEmpty
                && tail.unicodeScalars.allSatisfy { scalar in
                    scalar.isASCIILetter || ("0"..."9").contains(scalar)
                        || "-._~!$&'()*+,;=:".unicodeScalars.contains(scalar)
                }
        }
        return NetworkFormats.isIPv6(literal)
    }
}
