/// A set of Unicode scalars, as a character class (`[a-z\d]`), a class escape (`\w`) or `.` denotes.
///
/// Membership of ASCII scalars is a lookup in a 128-bit map computed when the set is built, so the common case
/// costs one shift. Other scalars are tested against sorted ranges and, for `\p{…}`, Unicode properties.
struct ScalarSet: Sendable {
    /// One part of a set's definition; a scalar is in the set if it is in any part (before ``isNegated``).
    enum Part: Sendable {
        /// Scalars within sorted, non-overlapping ranges.
        case ranges([ClosedRange<UInt32>])
        /// Scalars outside the ranges (for `\D`, `\W`, `\S` inside a class).
        case rangesComplement([ClosedRange<UInt32>])
        /// Scalars with a Unicode property (`\p{…}`), or without it when `negated` (`\P{…}`).
        case property(UnicodeProperty, negated: Bool)
        /// The scalars of another set (for alternatives of single scalars merged into one set).
        indirect case member(ScalarSet)
    }

    /// The low 64 bits of the ASCII map (scalars 0–63).
    private var asciiLow: UInt64 = 0
    /// The high 64 bits of the ASCII map (scalars 64–127).
    private var asciiHigh: UInt64 = 0
    /// Ranges of non-ASCII scalars from the plain parts, merged and sorted, for binary search.
    private var ranges: [ClosedRange<UInt32>] = []
    /// The parts that are not plain ranges.
    private var otherParts: [Part] = []
    /// Whether the set is the complement of its parts (`[^…]`).
    private var isNegated: Bool

    /// Builds a set from its parts.
    ///
    /// - Parameters:
    ///   - parts: The parts whose union the set is.
    ///   - negated: Whether the set is the complement of that union.
    init(_ parts: [Part], negated: Bool = false) {
        isNegated = negated
        var plain: [ClosedRange<UInt32>] = []
        for part in parts {
            if case .ranges(let partRanges) = part {
                plain.append(contentsOf: partRanges)
            } else {
                otherParts.append(part)
            }
        }
        ranges = Self.merge(plain)
        for scalar in UInt32(0)..<128 where slowContains(scalar) != negated {
            if scalar < 64 {
                asciiLow |= 1 << UInt64(scalar)
            } else {
                asciiHigh |= 1 << UInt64(scalar - 64)
            }
        }
    }

    /// The ASCII part of the set as a 128-bit map: bit `n` of (`low`, `high`) tells whether scalar `n` is in it.
    var asciiMap: (low: UInt64, high: UInt64) { (asciiLow, asciiHigh) }

    /// Sorts ranges and merges those that overlap or touch.
    static func merge(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var merged: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound &+ 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Tells whether the set holds a scalar.
    ///
    /// - Parameter scalar: The scalar's value.
    /// - Returns: Whether it is in the set.
    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        if scalar < 64 {
            return asciiLow & (1 << UInt64(scalar)) != 0
        }
        if scalar < 128 {
            return asciiHigh & (1 << UInt64(scalar - 64)) != 0
        }
        return slowContains(scalar) != isNegated
    }

    /// Membership in the union of the parts, ignoring ``isNegated``.
    private func slowContains(_ scalar: UInt32) -> Bool {
        if Self.rangesContain(ranges, scalar) {
            return true
        }
        for part in otherParts {
            switch part {
            case .ranges(let partRanges):
                if Self.rangesContain(partRanges, scalar) {
                    return true
                }
            case .rangesComplement(let partRanges):
                if !Self.rangesContain(partRanges, scalar) {
                    return true
                }
            case .property(let property, let negated):
                if property.contains(scalar) != negated {
                    return true
                }
            case .member(let set):
                if set.contains(scalar) {
                    return true
                }
            }
        }
        return false
    }

    /// Binary search in sorted, non-overlapping ranges.
    private static func rangesContain(_ ranges: [ClosedRange<UInt32>], _ scalar: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if scalar < range.lowerBound {
                high = middle
            } else if scalar > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    // MARK: - The sets of ECMA-262 class escapes

    /// `\d`: the ASCII digits.
    static let digitRanges: [ClosedRange<UInt32>] = [0x30...0x39]
    /// `\w`: ASCII letters, digits and `_` (without the `i` flag, `u` mode adds nothing).
    static let wordRanges: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    /// `\s`: ECMA-262 WhiteSpace and LineTerminator.
    static let spaceRanges: [ClosedRange<UInt32>] = merge([
        0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ])
    /// The line terminators, which `.` does not match.
    static let lineTerminatorRanges: [ClosedRange<UInt32>] = [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029]

    /// `.` without the `s` flag: every scalar except the line terminators.
    static let dot = ScalarSet([.ranges(lineTerminatorRanges)], negated: true)

    /// Tells whether a scalar is a word character for `\b` and `\B`.
    @inline(__always)
    static func isWordScalar(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x30...0x39, 0x41...0x5A, 0x5F, 0x61...0x7A: return true
        default: return false
        }
    }
}
