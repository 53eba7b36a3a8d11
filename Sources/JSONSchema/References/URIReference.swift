/// A URI or relative reference split into the five components of RFC 3986, with reference resolution.
///
/// JSON Schema identifies schemas by URI (`$id`) and points at them with references (`$ref`, `$dynamicRef`),
/// so the validator must resolve `"definitions.json#/$defs/a"` against `"https://example.com/root.json"`
/// exactly as RFC 3986 §5.2 says. Foundation's `URL` is not used: it rejects or rewrites some references the
/// specification allows (URNs with `?+` components, empty authorities) and its behaviour differs between
/// platforms.
///
/// Components keep their text as written (percent-encoding included); only ``resolved(against:)`` changes
/// them, by merging paths and removing dot segments. Comparing two references compares that text, after
/// ``normalized`` has lower-cased the scheme and host.
struct URIReference: Hashable, Sendable, CustomStringConvertible {
    /// The scheme without its colon (`https`, `urn`), or `nil` for a relative reference.
    var scheme: String?
    /// The authority without its `//` (`example.com:8080`), or `nil` if there is none; may be empty (`file:///x`).
    var authority: String?
    /// The path, possibly empty.
    var path: String
    /// The query without its `?`, or `nil` if there is none.
    var query: String?
    /// The fragment without its `#`, or `nil` if there is none.
    var fragment: String?

    /// Splits a reference into its components with the regular expression of RFC 3986 appendix B.
    ///
    /// Every string splits: this does not check that the characters are allowed, only where the components
    /// start and end.
    ///
    /// - Parameter text: The URI or relative reference.
    init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: ":"), Self.isScheme(rest[..<colon]) {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[afterSlashes..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    /// Creates a reference from its components.
    ///
    /// No checking or normalisation is done.
    init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// Tells whether `text` is a scheme: a letter followed by letters, digits, `+`, `-` or `.`.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
        }
    }

    /// Whether this is an absolute URI (it has a scheme).
    var isAbsolute: Bool { scheme != nil }

    /// The reference recomposed as text (RFC 3986 §5.3).
    var description: String {
        var text = ""
        if let scheme {
            text += scheme + ":"
        }
        if let authority {
            text += "//" + authority
        }
        text += path
        if let query {
            text += "?" + query
        }
        if let fragment {
            text += "#" + fragment
        }
        return text
    }

    /// The same reference without its fragment.
    var withoutFragment: URIReference {
        var copy = self
        copy.fragment = nil
        return copy
    }

    /// The reference with the scheme and host in lower case and an empty fragment dropped.
    ///
    /// Used for the keys under which schema resources are found, so that `HTTP://Example.com/a#` and
    /// `http://example.com/a` name the same resource (RFC 3986 §6.2.2.1; JSON Schema §8.2.1 on empty fragments).
    var normalized: URIReference {
        var copy = self
        copy.scheme = scheme?.lowercased()
        if let authority {
            // Lower-case the host, but not the user information before an `@`.
            if let at = authority.lastIndex(of: "@") {
                copy.authority = String(authority[...at]) + authority[authority.index(after: at)...].lowercased()
            } else {
                copy.authority = authority.lowercased()
            }
        }
        if fragment == "" {
            copy.fragment = nil
        }
        return copy
    }

    /// Resolves this reference against a base URI, as RFC 3986 §5.2.2 describes (strict parser).
    ///
    /// - Parameter base: The base URI; it should be absolute, but a relative base is merged the same way.
    /// - Returns: The target URI.
    func resolved(against base: URIReference) -> URIReference {
        if scheme != nil {
            return URIReference(
                scheme: scheme, authority: authority, path: Self.removeDotSegments(path), query: query,
                fragment: fragment)
        }
        if authority != nil {
            return URIReference(
                scheme: base.scheme, authority: authority, path: Self.removeDotSegments(path), query: query,
                fragment: fragment)
        }
        if path.isEmpty {
            return URIReference(
                scheme: base.scheme, authority: base.authority, path: base.path, query: query ?? base.query,
                fragment: fragment)
        }
        let targetPath: String
        if path.hasPrefix("/") {
            targetPath = Self.removeDotSegments(path)
        } else {
            targetPath = Self.removeDotSegments(merge(base: base))
        }
        return URIReference(
            scheme: base.scheme, authority: base.authority, path: targetPath, query: query, fragment: fragment)
    }

    /// Merges this relative path with the base's path (RFC 3986 §5.2.3).
    private func merge(base: URIReference) -> String {
        if base.authority != nil && base.path.isEmpty {
            return "/" + path
        }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return base.path[...slash] + path
    }

    /// Removes `.` and `..` segments from a path (RFC 3986 §5.2.4).
    ///
    /// Works segment by segment on the path split at `/`, which gives the same result as the specification's
    /// buffer algorithm.
    static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let isAbsolute = path.hasPrefix("/")
        if isAbsolute {
            input.removeFirst()
        }
        var output: [String] = []
        for (index, segment) in input.enumerated() {
            let isLast = index == input.count - 1
            switch segment {
            case ".":
                if isLast {
                    output.append("")
                }
            case "..":
                if !output.isEmpty {
                    output.removeLast()
                }
                if isLast {
                    output.append("")
                }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return isAbsolute ? "/" + joined : joined
    }
}
