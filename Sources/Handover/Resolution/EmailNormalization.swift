import Foundation

/// The rule that makes two spellings of one e-mail address equal.
///
/// By default: surrounding whitespace is trimmed, the text is put in Unicode canonical composition
/// (NFC), and the whole address is case-folded (lowercased), domain and local part. Per domain the
/// configuration can keep the local part's case, drop dots from it (`j.doe@gmail.com` =
/// `jdoe@gmail.com`) or drop a `+tag` suffix. Nothing else is changed: `bob@example.com` and
/// `jimbob@example.com` stay different, and so do `bob@example.com` and `bob@example.co`.
public struct EmailNormalization: Sendable, Equatable {
    /// Rules for the addresses of one domain.
    public struct DomainRules: Sendable, Equatable {
        /// Keep the case of the local part (RFC 5321 allows case-sensitive mailboxes).
        public var caseSensitiveLocalPart: Bool
        /// Remove dots from the local part.
        public var ignoreDots: Bool
        /// Remove a `+tag` suffix from the local part.
        public var stripPlusSuffix: Bool

        /// Creates domain rules; all off by default.
        public init(caseSensitiveLocalPart: Bool = false, ignoreDots: Bool = false, stripPlusSuffix: Bool = false) {
            self.caseSensitiveLocalPart = caseSensitiveLocalPart
            self.ignoreDots = ignoreDots
            self.stripPlusSuffix = stripPlusSuffix
        }
    }

    /// Rules by lowercased domain; domains not listed use the defaults.
    public var domains: [String: DomainRules]

    /// Creates the e-mail rule.
    public init(domains: [String: DomainRules] = [:]) {
        self.domains = Dictionary(uniqueKeysWithValues: domains.map { ($0.key.lowercased(), $0.value) })
    }

    /// The canonical address, or `nil` when `text` is not an address (no `@`, or an empty part).
    public func normalize(_ text: String) -> String? {
        let trimmed = text.trimmingUnicodeWhitespace().precomposedStringWithCanonicalMapping
        guard let at = trimmed.lastIndex(of: "@") else { return nil }
        var local = String(trimmed[..<at])
        var domain = String(trimmed[trimmed.index(after: at)...]).lowercased()
        if domain.hasSuffix(".") { domain.removeLast() }
        guard !local.isEmpty, !domain.isEmpty, !domain.contains(where: \.isWhitespace),
            !local.contains(where: \.isWhitespace)
        else { return nil }
        let rules = domains[domain] ?? DomainRules()
        if rules.stripPlusSuffix, let plus = local.firstIndex(of: "+"), plus != local.startIndex {
            local = String(local[..<plus])
        }
        if rules.ignoreDots { local.removeAll { $0 == "." } }
        if !rules.caseSensitiveLocalPart { local = local.lowercased() }
        guard !local.isEmpty else { return nil }
        return local + "@" + domain
    }
}

extension String {
    /// The string without leading and trailing Unicode whitespace (spaces, tabs, newlines, NBSP…).
    func trimmingUnicodeWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
