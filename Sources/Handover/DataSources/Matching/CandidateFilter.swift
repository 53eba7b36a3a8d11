#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells from a record's raw bytes whether it could hold one of the identifiers or keys in play,
/// so that a source parses and compares only those records.
///
/// For each value it keeps a **needle**: a piece of the normalised value that every spelling of
/// that value must contain, compared without regard to ASCII case. A record without any needle
/// cannot match and is skipped; a record with one is parsed and compared exactly as usual, so the
/// filter only ever lets more through, never fewer. Why a needle must be in every spelling:
///
/// - e-mail addresses are trimmed, put in NFC and lowercased. An ASCII character of the canonical
///   form comes from the same ASCII character in the raw text, in either case — except `k`, which
///   U+212A KELVIN SIGN becomes, `;` (U+037E), `` ` `` (U+1FEF) and an `i` before U+0307 (from
///   U+0130); needles avoid those characters, and non-ASCII ones (which NFD spells differently).
///   Composition never turns ASCII into ASCII, and no character is removed inside the text.
/// - For a domain with `ignore_dots` or `strip_plus` the local part can be spelled many ways:
///   the needle is taken from `@domain` only.
/// - Exact keys are the text itself; ASCII runs of it serve as needles.
/// - In JSON any character may be written `\uXXXX`; a line with such an escape of an ASCII
///   character is always a candidate, and needles avoid the characters JSON escapes otherwise
///   (`"`, `\`, `/`, control characters).
/// - Phone numbers can be split by separators anywhere, so a condition on a phone number (or
///   with more than ``maxValues`` values, or a value without a usable needle) disables the filter:
///   ``init(_:syntax:)`` returns `nil` and every record is parsed.
struct CandidateFilter {
    /// Where the bytes come from, which decides how else a character can be written.
    enum Syntax {
        /// JSON text: `\u` escapes.
        case json
        /// The text of an SQL value, as compared with SQLite's ASCII `lower()`.
        case sql
    }

    /// The most values a condition may have for the filter to be used.
    static let maxValues = 64
    /// The shortest useful needle, in bytes.
    static let minimumNeedle = 4

    /// The needles (lowercased ASCII) one after the other, with where each lies, so that a line is
    /// checked without touching any reference count.
    private let needleBytes: [UInt8]
    private let needleRanges: [(start: Int, count: Int, pivot: Int)]
    private let syntax: Syntax

    /// The filter for `criteria`, or `nil` when some condition cannot be filtered on raw bytes.
    init?(_ criteria: MatchCriteria, syntax: Syntax) throws {
        var needles: [[UInt8]] = []
        for condition in criteria.conditions {
            guard let some = try Self.needles(for: condition, syntax: syntax) else { return nil }
            needles += some
        }
        guard !needles.isEmpty else { return nil }
        var bytes: [UInt8] = []
        var ranges: [(Int, Int, Int)] = []
        for needle in Set(needles).sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            ranges.append((bytes.count, needle.count, Self.pivot(of: needle)))
            bytes += needle
        }
        needleBytes = bytes
        needleRanges = ranges
        self.syntax = syntax
    }

    /// The needles of one condition, or `nil` when it cannot be filtered.
    static func needles(for condition: MatchCriteria.Condition, syntax: Syntax) throws -> [[UInt8]]? {
        guard !condition.values.isSpilled, condition.values.count <= maxValues else { return nil }
        var values: [String] = []
        try condition.values.forEachBatch { values += $0 }
        var needles: [[UInt8]] = []
        for value in values {
            let scalars = Array(value.unicodeScalars)
            var from = 0
            switch condition.normalization {
            case .phone:
                return nil
            case .exact:
                break
            case .email(let rules):
                guard let at = scalars.lastIndex(of: "@") else { return nil }
                if Self.localPartIsRewritten(scalars, at: at, by: rules) { from = at }
            }
            guard let needle = longestRun(in: scalars, from: from, syntax: syntax), needle.count >= minimumNeedle
            else { return nil }
            needles.append(needle)
        }
        return needles
    }

    /// The byte prefixes that every spelling of the condition's e-mail addresses starts with,
    /// unless it starts with whitespace or a non-ASCII character — so that a database can narrow
    /// an index in byte order to a few ranges — or `nil` when no useful prefix exists.
    ///
    /// Why every spelling starts with one: a spelling is leading whitespace, then text whose NFC
    /// form, lowercased, is the address. The address's first characters, up to the first that
    /// ``isKept(_:before:syntax:)`` rejects (`k`, `;`, `` ` ``, `i` before U+0307, non-ASCII),
    /// each come from the same ASCII character in either case at the same place (composition
    /// and lowercasing never make one of them out of anything else, nor remove a character), so
    /// the text starts with one of the case variants of that run. Text with leading whitespace
    /// starts with a byte below `!` or with a non-ASCII character: the caller adds those two ranges.
    ///
    /// The run is cut after as many letters as keep the variants (two per letter) within
    /// `limit` for all values together; it must keep at least ``minimumPrefix`` bytes. Domains
    /// that ignore dots or `+tags` in the local part (which may then start with a dot) and phone
    /// numbers have no prefix.
    static func prefixes(for condition: MatchCriteria.Condition, limit: Int = 256) throws -> [[UInt8]]? {
        guard case .email(let rules) = condition.normalization, !condition.values.isSpilled,
            (1...maxValues).contains(condition.values.count)
        else { return nil }
        var values: [String] = []
        try condition.values.forEachBatch { values += $0 }
        var letterBudget = 0
        while values.count << (letterBudget + 1) <= limit { letterBudget += 1 }
        var prefixes: [[UInt8]] = []
        for value in values {
            let scalars = Array(value.unicodeScalars)
            if let at = scalars.lastIndex(of: "@"), Self.localPartIsRewritten(scalars, at: at, by: rules) {
                return nil
            }
            var run: [UInt8] = []
            var letters = 0
            for (index, scalar) in scalars.enumerated() {
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                guard isKept(scalar, before: next, syntax: .sql) else { break }
                let byte = UInt8(scalar.value)
                if Self.isASCIILetter(byte) {
                    guard letters < letterBudget else { break }
                    letters += 1
                }
                run.append(byte)
            }
            guard run.count >= minimumPrefix else { return nil }
            var variants: [[UInt8]] = [[]]
            for byte in run {
                if Self.isASCIILetter(byte) {
                    variants = variants.flatMap { [$0 + [byte | 0x20], $0 + [byte & ~0x20]] }
                } else {
                    variants = variants.map { $0 + [byte] }
                }
            }
            prefixes += variants
        }
        return Array(Set(prefixes)).sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The shortest useful prefix, in bytes.
    static let minimumPrefix = 3

    /// Whether the address's domain (after `at`) has rules that drop dots or a `+tag` from the
    /// local part, so that the local part can be spelled in ways no piece of it survives.
    private static func localPartIsRewritten(_ scalars: [Unicode.Scalar], at: Int, by rules: EmailNormalization)
        -> Bool
    {
        guard let domain = rules.domains[String(String.UnicodeScalarView(scalars[(at + 1)...]))] else { return false }
        return domain.ignoreDots || domain.stripPlusSuffix
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// The longest run of characters that every spelling keeps as they are, lowercased.
    private static func longestRun(in scalars: [Unicode.Scalar], from start: Int, syntax: Syntax) -> [UInt8]? {
        var best: [UInt8] = []
        var current: [UInt8] = []
        for index in start..<scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if isKept(scalar, before: next, syntax: syntax) {
                current.append(UInt8(scalar.value) | (scalar.value >= 0x41 && scalar.value <= 0x5A ? 0x20 : 0))
                if current.count > best.count { best = current }
            } else {
                current.removeAll()
            }
        }
        return best.isEmpty ? nil : best
    }

    private static func isKept(_ scalar: Unicode.Scalar, before next: Unicode.Scalar?, syntax: Syntax) -> Bool {
        guard scalar.isASCII, scalar.value >= 0x20, scalar.value != 0x7F else { return false }
        switch scalar {
        case "k", "K", ";", "`": return false
        case "i", "I": if next == "\u{0307}" { return false }
        default: break
        }
        if syntax == .json && (scalar == "\"" || scalar == "\\" || scalar == "/") { return false }
        return true
    }

    /// Whether `bytes` could hold one of the values.
    func mayHold(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return false }
        let found = needleBytes.withUnsafeBufferPointer { stored in
            needleRanges.withUnsafeBufferPointer { ranges in
                for range in ranges {
                    let needle = UnsafeBufferPointer(rebasing: stored[range.start..<(range.start + range.count)])
                    if Self.contains(needle, pivot: range.pivot, in: base, count: bytes.count) { return true }
                }
                return false
            }
        }
        if found { return true }
        return syntax == .json && Self.hasASCIIEscape(base, count: bytes.count)
    }

    /// Whether `needle` (lowercase) occurs in `bytes` without regard to ASCII case.
    ///
    /// One byte of the needle is looked for with `memchr` — a byte that is not a letter when
    /// there is one (`@` first), since it has one case only and is rarer in text — then the
    /// whole needle is compared around each hit.
    /// The byte of `needle` to look for first.
    static func pivot(of needle: [UInt8]) -> Int {
        needle.firstIndex(of: UInt8(ascii: "@")) ?? needle.firstIndex { !($0 >= 0x61 && $0 <= 0x7A) } ?? 0
    }

    static func contains(
        _ needle: UnsafeBufferPointer<UInt8>, pivot: Int, in bytes: UnsafePointer<UInt8>, count: Int
    ) -> Bool {
        guard needle.count <= count else { return false }
        let pivotByte = needle[pivot]
        let isLetter = pivotByte >= 0x61 && pivotByte <= 0x7A
        for pass in 0..<(isLetter ? 2 : 1) {
            let variant = pass == 0 ? pivotByte : pivotByte & ~0x20
            // Hits of the pivot at `pivot ... count - needle.count + pivot`.
            var offset = pivot
            let last = count - needle.count + pivot
            while offset <= last {
                guard let hit = memchr(bytes + offset, Int32(variant), last - offset + 1) else { break }
                let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - bytes
                let start = position - pivot
                var same = true
                for index in 0..<needle.count where index != pivot {
                    let byte = bytes[start + index]
                    if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != needle[index] {
                        same = false
                        break
                    }
                }
                if same { return true }
                offset = position + 1
            }
        }
        return false
    }

    /// Whether the JSON text holds a `\uXXXX` escape of an ASCII character (or one that is not
    /// well formed, which the parser then reports).
    static func hasASCIIEscape(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        var offset = 0
        while offset < count {
            guard let hit = memchr(bytes + offset, Int32(UInt8(ascii: "\\")), count - offset) else { return false }
            let position = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - bytes
            guard position + 1 < count else { return true }
            if bytes[position + 1] == UInt8(ascii: "u") {
                guard position + 6 <= count else { return true }
                var code: UInt32 = 0
                for index in (position + 2)..<(position + 6) {
                    guard let digit = hexValue(bytes[index]) else { return true }
                    code = code << 4 | digit
                }
                if code < 0x80 { return true }
            }
            // Step over the escaped character, so `\\u0040` is not read as an escape.
            offset = position + 2
        }
        return false
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}
