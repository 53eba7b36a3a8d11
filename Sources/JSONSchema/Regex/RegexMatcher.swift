/// Runs a ``RegexProgram`` over UTF-8 input by recursive backtracking.
///
/// Straight-line instructions run in a loop; only choice points (alternatives, quantifiers, captures and
/// assertions) recurse, and each restores the state it changed when its choice fails. Steps and recursion
/// depth are budgeted; when a budget runs out, ``aborted`` is set and every run fails.
struct RegexMatcher {
    /// The instructions.
    let code: UnsafeBufferPointer<RegexInstruction>
    /// The sets.
    let sets: UnsafeBufferPointer<ScalarSet>
    /// The UTF-8 input (always well-formed: it comes from a Swift string).
    let input: UnsafeBufferPointer<UInt8>
    /// Capture slots: the start and end offsets of each group, -1 when unset.
    var captures: UnsafeMutableBufferPointer<Int>
    /// Per loop: how many iterations the current run has done.
    var counts: UnsafeMutableBufferPointer<Int>
    /// Per loop: where the current iteration started.
    var starts: UnsafeMutableBufferPointer<Int>
    /// How many steps may be taken.
    private let stepLimit: Int
    /// Steps taken so far.
    private var steps = 0
    /// The current recursion depth.
    private var depth = 0
    /// Where the thread's stack ends, read once the recursion is ``StackGuard/checkedDepth`` levels deep.
    private var stack: StackGuard?
    /// Whether a budget ran out.
    private(set) var aborted = false

    /// Creates a matcher over state storage prepared by the caller.
    init(
        code: UnsafeBufferPointer<RegexInstruction>, sets: UnsafeBufferPointer<ScalarSet>,
        input: UnsafeBufferPointer<UInt8>, stepLimit: Int, captures: UnsafeMutableBufferPointer<Int>,
        counts: UnsafeMutableBufferPointer<Int>, starts: UnsafeMutableBufferPointer<Int>
    ) {
        self.stepLimit = stepLimit
        self.code = code
        self.sets = sets
        self.input = input
        self.captures = captures
        self.counts = counts
        self.starts = starts
    }

    /// The scalar that starts at `position` and the offset after it, or `nil` at the end.
    @inline(__always)
    private func scalar(at position: Int) -> (UInt32, Int)? {
        guard position < input.count else { return nil }
        let lead = UInt32(input[position])
        if lead < 0x80 {
            return (lead, position + 1)
        }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(input[position + 1] & 0x3F), position + 2)
        }
        if lead < 0xF0 {
            let value =
                (lead & 0x0F) << 12 | UInt32(input[position + 1] & 0x3F) << 6 | UInt32(input[position + 2] & 0x3F)
            return (value, position + 3)
        }
        let value =
            (lead & 0x07) << 18 | UInt32(input[position + 1] & 0x3F) << 12 | UInt32(input[position + 2] & 0x3F) << 6
            | UInt32(input[position + 3] & 0x3F)
        return (value, position + 4)
    }

    /// The scalar that ends at `position` and the offset where it starts, or `nil` at the start.
    @inline(__always)
    private func scalar(before position: Int) -> (UInt32, Int)? {
        guard position > 0 else { return nil }
        var start = position - 1
        while input[start] & 0xC0 == 0x80 {
            start -= 1
        }
        return (scalar(at: start)!.0, start)
    }

    /// The next scalar in a direction.
    @inline(__always)
    private func step(_ position: Int, backward: Bool) -> (UInt32, Int)? {
        backward ? scalar(before: position) : scalar(at: position)
    }

    /// Whether set `index` holds `value`, using the ASCII map from the instruction.
    @inline(__always)
    private func setContains(_ index: Int, _ value: UInt32, low: UInt64, high: UInt64) -> Bool {
        if value < 64 {
            return low & (1 << UInt64(value)) != 0
        }
        if value < 128 {
            return high & (1 << UInt64(value - 64)) != 0
        }
        return sets[index].contains(value)
    }

    /// Whether the scalar next to `position` (before it when `before`) is a word character.
    private func isWord(at position: Int, before: Bool) -> Bool {
        if before {
            guard position > 0 else { return false }
            return ScalarSet.isWordScalar(UInt32(input[position - 1]))
        }
        guard position < input.count else { return false }
        return ScalarSet.isWordScalar(UInt32(input[position]))
    }

    /// Runs the program from instruction `startPC` at offset `startPosition`.
    ///
    /// - Returns: Whether an ``RegexInstruction/accept`` was reached.
    mutating func run(_ startPC: Int, _ startPosition: Int) -> Bool {
        if aborted {
            return false
        }
        depth += 1
        defer { depth -= 1 }
        if depth > ECMARegex.depthLimit {
            aborted = true
            return false
        }
        if depth > StackGuard.checkedDepth {
            if stack == nil { stack = StackGuard() }
            if !stack!.hasRoom() {
                aborted = true
                return false
            }
        }
        var pc = startPC
        var position = startPosition
        while true {
            steps += 1
            if steps > stepLimit {
                aborted = true
                return false
            }
            switch code[pc] {
            case .scalar(let expected, let backward, let next):
                guard let (value, after) = step(position, backward: backward), value == expected else { return false }
                position = after
                pc = next
            case .set(let index, let low, let high, let backward, let next):
                guard let (value, after) = step(position, backward: backward),
                    setContains(index, value, low: low, high: high)
                else { return false }
                position = after
                pc = next
            case .assertStart(let next):
                guard position == 0 else { return false }
                pc = next
            case .assertEnd(let next):
                guard position == input.count else { return false }
                pc = next
            case .wordBoundary(let negated, let next):
                let boundary = isWord(at: position, before: true) != isWord(at: position, before: false)
                guard boundary != negated else { return false }
                pc = next
            case .split(let first, let second):
                if run(first, position) {
                    return true
                }
                if aborted {
                    return false
                }
                pc = second
            case .save(let slot, let next):
                let old = captures[slot]
                captures[slot] = position
                if run(next, position) {
                    return true
                }
                captures[slot] = old
                return false
            case .backreference(let group, let backward, let next):
                let start = captures[2 * group]
                let end = captures[2 * group + 1]
                if start >= 0 && end >= start {
                    let length = end - start
                    let from = backward ? position - length : position
                    guard from >= 0, from + length <= input.count else { return false }
                    for offset in 0..<length where input[start + offset] != input[from + offset] {
                        return false
                    }
                    position = backward ? from : from + length
                }
                pc = next
            case .look(let body, let negated, let next, let firstSlot, let slotCount):
                if negated {
                    // A negative assertion never keeps captures.
                    let matched = withSavedCaptures(firstSlot, slotCount) { matcher in
                        (matcher.run(body, position), true)
                    }
                    if aborted || matched {
                        return false
                    }
                    pc = next
                } else {
                    // A positive one keeps them for what follows, but never backtracks into its body.
                    return withSavedCaptures(firstSlot, slotCount) { matcher in
                        guard matcher.run(body, position) else { return (false, true) }
                        let followed = matcher.run(next, position)
                        return (followed, !followed)
                    }
                }
            case .repeatSet(let index, let low, let high, let minimum, let maximum, let greedy, let backward, let next):
                var count = 0
                var current = position
                if greedy {
                    while count < maximum, let (value, after) = step(current, backward: backward),
                        setContains(index, value, low: low, high: high)
                    {
                        current = after
                        count += 1
                    }
                    guard count >= minimum else { return false }
                    // When a literal follows (`[a-z]+@`), only positions before that literal can succeed.
                    var literal: UInt32?
                    if case .scalar(let value, let literalBackward, _) = code[next], literalBackward == backward {
                        literal = value
                    }
                    while count > minimum {
                        if literal == nil || step(current, backward: backward)?.0 == literal {
                            if run(next, current) {
                                return true
                            }
                            if aborted {
                                return false
                            }
                        }
                        current = step(current, backward: !backward)!.1
                        count -= 1
                    }
                } else {
                    while count < minimum {
                        guard let (value, after) = step(current, backward: backward),
                            setContains(index, value, low: low, high: high)
                        else {
                            return false
                        }
                        current = after
                        count += 1
                    }
                    while count < maximum {
                        if run(next, current) {
                            return true
                        }
                        if aborted {
                            return false
                        }
                        guard let (value, after) = step(current, backward: backward),
                            setContains(index, value, low: low, high: high)
                        else {
                            return false
                        }
                        current = after
                        count += 1
                    }
                }
                position = current
                pc = next
            case .loopInit(let counter, let loop):
                let savedCount = counts[counter]
                let savedStart = starts[counter]
                counts[counter] = 0
                starts[counter] = -1
                let result = run(loop, position)
                counts[counter] = savedCount
                starts[counter] = savedStart
                return result
            case .loop(
                let body, let minimum, let maximum, let greedy, let counter, let next, let firstSlot, let slotCount):
                let count = counts[counter]
                // An optional iteration that matched the empty string ends the loop as a failure (ECMA-262
                // RepeatMatcher step 2.b), which stops `(a*)*` from looping forever.
                if count > minimum && position == starts[counter] {
                    return false
                }
                if count < minimum {
                    return iterate(body, counter, count, position, firstSlot, slotCount)
                }
                if greedy {
                    if count < maximum && iterate(body, counter, count, position, firstSlot, slotCount) {
                        return true
                    }
                    if aborted {
                        return false
                    }
                    pc = next
                } else {
                    if run(next, position) {
                        return true
                    }
                    if aborted || count >= maximum {
                        return false
                    }
                    return iterate(body, counter, count, position, firstSlot, slotCount)
                }
            case .accept:
                return true
            }
        }
    }

    /// Runs one more iteration of a loop body, clearing the captures inside it first.
    private mutating func iterate(
        _ body: Int, _ counter: Int, _ count: Int, _ position: Int, _ firstSlot: Int, _ slotCount: Int
    ) -> Bool {
        let savedStart = starts[counter]
        counts[counter] = count + 1
        starts[counter] = position
        let result = withSavedCaptures(firstSlot, slotCount) { matcher in
            for slot in firstSlot..<firstSlot + slotCount {
                matcher.captures[slot] = -1
            }
            let result = matcher.run(body, position)
            return (result, !result)
        }
        if !result {
            counts[counter] = count
            starts[counter] = savedStart
        }
        return result
    }

    /// Saves capture slots, runs `body`, and puts the saved values back if `body` asks for it.
    ///
    /// `body` returns its result and whether to restore.
    private mutating func withSavedCaptures(
        _ firstSlot: Int, _ slotCount: Int, _ body: (inout RegexMatcher) -> (Bool, Bool)
    ) -> Bool {
        guard slotCount > 0 else { return body(&self).0 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: slotCount) { saved in
            for offset in 0..<slotCount {
                saved[offset] = captures[firstSlot + offset]
            }
            let (result, restore) = body(&self)
            if restore {
                for offset in 0..<slotCount {
                    captures[firstSlot + offset] = saved[offset]
                }
            }
            return result
        }
    }
}
