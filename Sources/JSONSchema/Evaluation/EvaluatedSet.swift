/// The object members or array items that keywords have evaluated, for `unevaluatedProperties` and
/// `unevaluatedItems`.
///
/// Positions are indices into the instance's members or elements: every subschema applied in place sees the
/// same instance value, so an index names the same member everywhere. The first 64 positions live in one word,
/// so the annotations for ordinary objects and arrays need no allocation.
struct EvaluatedSet {
    /// Whether every position is evaluated (`items`, `additionalProperties`, an `unevaluated…` keyword).
    private(set) var containsAll = false
    /// Positions 0–63.
    private var low: UInt64 = 0
    /// Positions from 64 on, 64 per word.
    private var high: [UInt64] = []

    /// An empty set.
    init() {}

    /// Marks one position as evaluated.
    @inline(__always)
    mutating func insert(_ position: Int) {
        if position < 64 {
            low |= 1 << UInt64(position)
            return
        }
        let word = position / 64 - 1
        while high.count <= word {
            high.append(0)
        }
        high[word] |= 1 << UInt64(position % 64)
    }

    /// Marks positions `0..<count` as evaluated.
    mutating func insert(upTo count: Int) {
        for position in 0..<count {
            insert(position)
        }
    }

    /// Marks every position as evaluated.
    mutating func insertAll() {
        containsAll = true
    }

    /// Tells whether a position is evaluated.
    @inline(__always)
    func contains(_ position: Int) -> Bool {
        if containsAll {
            return true
        }
        if position < 64 {
            return low & (1 << UInt64(position)) != 0
        }
        let word = position / 64 - 1
        return word < high.count && high[word] & (1 << UInt64(position % 64)) != 0
    }

    /// Adds the positions of another set.
    mutating func formUnion(_ other: EvaluatedSet) {
        containsAll = containsAll || other.containsAll
        low |= other.low
        if !other.high.isEmpty {
            while high.count < other.high.count {
                high.append(0)
            }
            for word in other.high.indices {
                high[word] |= other.high[word]
            }
        }
    }
}
