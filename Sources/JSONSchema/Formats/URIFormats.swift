/// Checks for `uri`, `uri-reference`, `iri`, `iri-reference` (RFC 3986, RFC 3987) and `uri-template`
/// (RFC 6570), by the ABNF of each.
enum URIFormats {
    /// `uri`: an absolute URI (with a scheme), ASCII only.
    static func isURI(_ text: String) -> Bool {
        URIGrammar(text, international: false)?.parseReference(requireScheme: true) ?? false
    }

    /// `uri-reference`: a URI or a relative reference, ASCII only.
    static func isURIReference(_ text: String) -> Bool {
        URIGrammar(text, international: false)?.parseReference(requireScheme: false) ?? false
    }

    /// `iri`: an absolute IRI (non-ASCII characters allowed where RFC 3987 allows them).
    static func isIRI(_ text: String) -> Bool {
        URIGrammar(text, international: true)?.parseReference(requireScheme: true) ?? false
    }

    /// `iri-reference`: an IRI or a relative IRI reference.
    static func isIRIReference(_ text: String) -> Bool {
        URIGrammar(text, international: true)?.parseReference(requireScheme: false) ?? false
    }

    /// `uri-template`: literals and `{…}` expressions of RFC 6570 level 4.
    static func isURITemplate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{" {
                guard let end = scalars[index...].firstIndex(of: "}") else { return false }
                guard isExpression(Array(scalars[(index + 1)..<end])) else { return false }
                index = end + 1
                continue
            }
            if scalar == "%" {
                guard index + 2 < scalars.count, scalars[index + 1].properties.isASCIIHexDigit,
                    scalars[index + 2].properties.isASCIIHexDigit
                else { return false }
                index += 3
                continue
            }
            let value = scalar.value
            // Any character but CTL, SP, DQUOTE, %, <, >, \, ^, `, {, |, } (the apostrophe is allowed).
            if value <= 0x20 || value == 0x7F || "\"<>\\^`{|}".unicodeScalars.contains(scalar) {
                return false
            }
            if value >= 0x80 && !URIGrammar.isUCSChar(value) && !URIGrammar.isPrivate(value) {
                return false
            }
            index += 1
        }
        return true
    }

    /// The inside of a template expression: `[operator] varspec *("," varspec)`.
    private static func isExpression(_ scalars: [Unicode.Scalar]) -> Bool {
        var body = scalars[...]
        if let first = body.first, "+#./;?&=,!@|".unicodeScalars.contains(first) {
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return false }
        for varspec in body.split(separator: ",", omittingEmptySubsequences: false) {
            guard isVarspec(varspec) else { return false }
        }
        return true
    }

    /// `varname [ ":" max-length / "*" ]`.
    private static func isVarspec(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var name = scalars
        if name.last == "*" {
            name = name.dropLast()
        } else if let colon = name.firstIndex(of: ":") {
            let length = name[(colon + 1)...]
            guard (1...4).contains(length.count), let first = length.first, ("1"..."9").contains(first),
                length.allSatisfy({ ("0"..."9").contains($0) })
            else { return false }
            name = name[..<colon]
        }
        // varname = varchar *( ["."] varchar ), varchar = ALPHA / DIGIT / "_" / pct-encoded
        guard !name.isEmpty, name.first != ".", name.last != "." else { return false }
        var index = name.startIndex
        var previousWasDot = false
        while index < name.endIndex {
            let scalar = name[index]
            if scalar == "." {
                guard !previousWasDot else { return false }
                previousWasDot = true
                index += 1
                continue
            }
            previousWasDot = false
            if scalar == "%" {
                guard index + 2 < name.endIndex, name[index + 1].properties.isASCIIHexDigit,
                    name[index + 2].properties.isASCIIHexDigit
                else { return false }
                index += 3
                continue
            }
            guard scalar.isASCIILetter || ("0"..."9").contains(scalar) || scalar == "_" else { return false }
            index += 1
        }
        return true
    }
}
