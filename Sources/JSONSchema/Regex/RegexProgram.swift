/// The instructions of a compiled pattern and what the matcher needs to run them.
struct RegexProgram: Sendable {
    /// The instructions.
    var instructions: [RegexInstruction] = []
    /// The sets that the set-matching instructions refer to.
    var sets: [ScalarSet] = []
    /// The instruction to start with.
    var entry = 0
    /// How many capture slots the program writes (two per group, when backreferences need them).
    var slotCount = 0
    /// How many loop counters it uses.
    var counterCount = 0
    /// Whether every match must start at the beginning of the input.
    var anchoredAtStart = false
    /// A byte every match must start with, if there is one (an ASCII literal at the start).
    var firstByte: UInt8?
    /// How many matcher steps one search may take.
    var stepLimit = ECMARegex.defaultStepLimit

    /// Searches `input` for a match, trying each scalar boundary as a start.
    func search(_ input: UnsafeBufferPointer<UInt8>) -> ECMARegex.MatchOutcome {
        instructions.withUnsafeBufferPointer { code in
            sets.withUnsafeBufferPointer { sets in
                let stateSize = slotCount + 2 * counterCount
                return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(stateSize, 1)) { state in
                    state.initialize(repeating: -1)
                    var matcher = RegexMatcher(
                        code: code, sets: sets, input: input, stepLimit: stepLimit,
                        captures: UnsafeMutableBufferPointer(rebasing: state[0..<slotCount]),
                        counts: UnsafeMutableBufferPointer(rebasing: state[slotCount..<slotCount + counterCount]),
                        starts: UnsafeMutableBufferPointer(
                            rebasing: state[slotCount + counterCount..<slotCount + 2 * counterCount]))
                    var start = 0
                    while true {
                        if firstByte == nil || (start < input.count && input[start] == firstByte!) {
                            if matcher.run(entry, start) {
                                return .match
                            }
                            if matcher.aborted {
                                return .tooComplex
                            }
                        }
                        if anchoredAtStart || start >= input.count {
                            return .noMatch
                        }
                        // Step to the next scalar boundary.
                        start += 1
                        while start < input.count && input[start] & 0xC0 == 0x80 {
                            start += 1
                        }
                    }
                }
            }
        }
    }
}
