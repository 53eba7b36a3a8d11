/// A compiled ECMA-262 regular expression (Unicode mode), matched against strings without Foundation.
///
/// The pattern is parsed by ``RegexParser`` and compiled into instructions for a backtracking matcher that
/// walks the string's UTF-8 bytes scalar by scalar, so matching needs no conversion to UTF-16 and no
/// allocation for most patterns. Semantics follow ECMA-262: `\d`, `\w` and `\b` are ASCII-only, `\s` is the
/// ECMA set, `.` excludes line terminators, `$` matches only at the very end, lookbehind may have any width,
/// empty iterations of a quantifier stop the loop, and captures reset at each iteration.
///
/// Matching is a search (``matches(_:)`` is true if the pattern matches anywhere), as JSON Schema's `pattern`
/// requires. A pattern that backtracks catastrophically is stopped after a fixed budget of steps and reported
/// as ``MatchOutcome/tooComplex`` rather than hanging the validator.
///
/// A class, so that passing a compiled pattern around costs one reference count, not one per array inside.
final class ECMARegex: Sendable {
    /// The result of a search.
    enum MatchOutcome: Sendable {
        /// The pattern matches somewhere in the string.
        case match
        /// It does not match anywhere.
        case noMatch
        /// The search exceeded the step or depth budget, so it was stopped without an answer.
        case tooComplex
    }

    /// The pattern's source text.
    let pattern: String
    /// The compiled program.
    private let program: RegexProgram

    /// How many matcher steps one search may take unless told otherwise.
    static let defaultStepLimit = 10_000_000
    /// How deeply the matcher may nest its backtracking points.
    static let depthLimit = 4_000

    /// Compiles a pattern.
    ///
    /// - Parameters:
    ///   - pattern: The regular expression, without delimiters or flags.
    ///   - stepLimit: How many matcher steps one search may take before it gives up as too complex.
    /// - Throws: ``RegexSyntaxError`` if it is not a valid ECMA-262 Unicode-mode pattern.
    init(_ pattern: String, stepLimit: Int = defaultStepLimit) throws(RegexSyntaxError) {
        self.pattern = pattern
        let (node, groupCount) = try RegexParser.parse(pattern)
        var program = RegexCompiler.compile(node, groupCount: groupCount)
        program.stepLimit = stepLimit
        self.program = program
    }

    /// Searches a string for the pattern.
    ///
    /// - Parameter string: The string to search.
    /// - Returns: Whether the pattern matches anywhere, or ``MatchOutcome/tooComplex``.
    func matches(_ string: String) -> MatchOutcome {
        if let outcome = string.utf8.withContiguousStorageIfAvailable({ program.search($0) }) {
            return outcome
        }
        return Array(string.utf8).withUnsafeBufferPointer { program.search($0) }
    }
}

/// One step of a compiled pattern; `next` fields are indices of the instruction to continue with.
enum RegexInstruction: Sendable {
    /// Match one scalar, forwards or (inside a lookbehind) backwards.
    case scalar(UInt32, backward: Bool, next: Int)
    /// Match one scalar of set `set`; `low` and `high` are its ASCII map for a quick test.
    case set(Int, low: UInt64, high: UInt64, backward: Bool, next: Int)
    /// Succeed only at the start of the input.
    case assertStart(next: Int)
    /// Succeed only at the end of the input.
    case assertEnd(next: Int)
    /// Succeed only at a word boundary (or only elsewhere, when negated).
    case wordBoundary(negated: Bool, next: Int)
    /// Try `first`; if that fails, continue with `second`.
    case split(Int, Int)
    /// Record the position in capture slot `slot`.
    case save(slot: Int, next: Int)
    /// Match the text that group `group` captured.
    case backreference(group: Int, backward: Bool, next: Int)
    /// Run `body` as an assertion (it ends with ``accept``); its captures are slots `firstSlot..<firstSlot+slotCount`.
    case look(body: Int, negated: Bool, next: Int, firstSlot: Int, slotCount: Int)
    /// Match scalars of set `set` between `min` and `max` times, greedily or lazily, without recursion per scalar.
    case repeatSet(Int, low: UInt64, high: UInt64, min: Int, max: Int, greedy: Bool, backward: Bool, next: Int)
    /// Start a fresh run of the loop at `loop`, whose state is in counter `counter`.
    case loopInit(counter: Int, loop: Int)
    /// Decide whether to run `body` once more or continue with `next`.
    case loop(body: Int, min: Int, max: Int, greedy: Bool, counter: Int, next: Int, firstSlot: Int, slotCount: Int)
    /// The end of the pattern (or of an assertion's body): success.
    case accept
}

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

/// Turns a syntax tree into a ``RegexProgram``.
///
/// Each node is compiled with the index of the instruction that follows it, from the end of the pattern to
/// the start, so every instruction knows its continuation. Inside a lookbehind the direction flips: the
/// parts of a sequence are matched right to left and each scalar is read backwards.
struct RegexCompiler {
    /// The program being built.
    private var program = RegexProgram()
    /// Whether the pattern has backreferences; only then are captures recorded.
    private let recordsCaptures: Bool

    /// Compiles a syntax tree.
    ///
    /// - Parameters:
    ///   - node: The tree from ``RegexParser``.
    ///   - groupCount: How many capturing groups the pattern has.
    /// - Returns: The program.
    static func compile(_ node: RegexNode, groupCount: Int) -> RegexProgram {
        var compiler = RegexCompiler(recordsCaptures: hasBackreference(node))
        if compiler.recordsCaptures {
            compiler.program.slotCount = 2 * (groupCount + 1)
        }
        let accept = compiler.emit(.accept)
        compiler.program.entry = compiler.compile(node, next: accept, backward: false)
        compiler.program.anchoredAtStart = isAnchoredAtStart(node)
        if case .scalar(let value, false, _) = compiler.program.instructions[compiler.program.entry], value < 0x80 {
            compiler.program.firstByte = UInt8(value)
        }
        return compiler.program
    }

    /// Creates a compiler.
    private init(recordsCaptures: Bool) {
        self.recordsCaptures = recordsCaptures
    }

    /// Appends an instruction and returns its index.
    private mutating func emit(_ instruction: RegexInstruction) -> Int {
        program.instructions.append(instruction)
        return program.instructions.count - 1
    }

    /// Adds a set and returns the instruction that matches one scalar of it.
    private mutating func emitSet(_ set: ScalarSet, backward: Bool, next: Int) -> Int {
        program.sets.append(set)
        let (low, high) = set.asciiMap
        return emit(.set(program.sets.count - 1, low: low, high: high, backward: backward, next: next))
    }

    /// Compiles `node` so that it continues with `next`, and returns its first instruction.
    private mutating func compile(_ node: RegexNode, next: Int, backward: Bool) -> Int {
        switch node {
        case .empty:
            return next
        case .scalar(let value):
            return emit(.scalar(value, backward: backward, next: next))
        case .set(let set):
            return emitSet(set, backward: backward, next: next)
        case .sequence(let parts):
            var continuation = next
            for part in backward ? parts : parts.reversed() {
                continuation = compile(part, next: continuation, backward: backward)
            }
            return continuation
        case .alternation(let alternatives):
            if !recordsCaptures, let set = Self.singleScalarSet(node) {
                return emitSet(set, backward: backward, next: next)
            }
            let entries = alternatives.map { compile($0, next: next, backward: backward) }
            var entry = entries[entries.count - 1]
            for alternative in entries.dropLast().reversed() {
                entry = emit(.split(alternative, entry))
            }
            return entry
        case .capture(let body, let index):
            guard recordsCaptures else { return compile(body, next: next, backward: backward) }
            // Forwards the start is recorded first; backwards, the end.
            let (firstSlot, secondSlot) = backward ? (2 * index + 1, 2 * index) : (2 * index, 2 * index + 1)
            let close = emit(.save(slot: secondSlot, next: next))
            let body = compile(body, next: close, backward: backward)
            return emit(.save(slot: firstSlot, next: body))
        case .quantified(let body, let minimum, let maximum, let greedy):
            if maximum == 0 {
                return next
            }
            if minimum == 1 && maximum == 1 {
                return compile(body, next: next, backward: backward)
            }
            if !recordsCaptures, maximum <= 4, Self.size(of: body) <= 16 {
                // Small counted repetitions are unrolled: `x{2,3}` is `x x x?`, and `x?` is a choice, so no
                // loop counter is needed. Without captures the empty-iteration rule cannot change the outcome.
                var entry = next
                for _ in minimum..<maximum {
                    let body = compile(body, next: entry, backward: backward)
                    entry = greedy ? emit(.split(body, next)) : emit(.split(next, body))
                }
                for _ in 0..<minimum {
                    entry = compile(body, next: entry, backward: backward)
                }
                return entry
            }
            if !recordsCaptures || !Self.hasCapture(body), let set = Self.singleScalarSet(body) {
                program.sets.append(set)
                let (low, high) = set.asciiMap
                return emit(
                    .repeatSet(
                        program.sets.count - 1, low: low, high: high, min: minimum, max: maximum, greedy: greedy,
                        backward: backward, next: next))
            }
            let counter = program.counterCount
            program.counterCount += 1
            let loop = emit(.accept)
            let bodyEntry = compile(body, next: loop, backward: backward)
            let (firstSlot, slotCount) = recordsCaptures ? Self.slotRange(of: body) : (0, 0)
            program.instructions[loop] = .loop(
                body: bodyEntry, min: minimum, max: maximum, greedy: greedy, counter: counter, next: next,
                firstSlot: firstSlot, slotCount: slotCount)
            return emit(.loopInit(counter: counter, loop: loop))
        case .inputStart:
            return emit(.assertStart(next: next))
        case .inputEnd:
            return emit(.assertEnd(next: next))
        case .wordBoundary(let negated):
            return emit(.wordBoundary(negated: negated, next: next))
        case .look(let body, let ahead, let negated):
            let accept = emit(.accept)
            let bodyEntry = compile(body, next: accept, backward: !ahead)
            let (firstSlot, slotCount) = recordsCaptures ? Self.slotRange(of: body) : (0, 0)
            return emit(
                .look(body: bodyEntry, negated: negated, next: next, firstSlot: firstSlot, slotCount: slotCount))
        case .backreference(let group):
            return emit(.backreference(group: group, backward: backward, next: next))
        }
    }

    /// The set a node matches if it always matches exactly one scalar (a scalar, a set, or alternatives of those).
    private static func singleScalarSet(_ node: RegexNode) -> ScalarSet? {
        var parts: [ScalarSet.Part] = []
        var sets: [ScalarSet] = []
        func collect(_ node: RegexNode) -> Bool {
            switch node {
            case .scalar(let value):
                parts.append(.ranges([value...value]))
                return true
            case .set(let set):
                sets.append(set)
                return true
            case .alternation(let alternatives):
                return alternatives.allSatisfy(collect)
            case .capture(let body, _):
                return collect(body)
            default:
                return false
            }
        }
        guard collect(node) else { return nil }
        if sets.count == 1 && parts.isEmpty {
            return sets[0]
        }
        for set in sets {
            parts.append(.member(set))
        }
        return ScalarSet(parts)
    }

    /// The number of nodes in a tree (quantified subtrees count by their body), to bound unrolling.
    private static func size(of node: RegexNode) -> Int {
        switch node {
        case .sequence(let parts), .alternation(let parts): return 1 + parts.reduce(0) { $0 + size(of: $1) }
        case .capture(let body, _), .quantified(let body, _, _, _), .look(let body, _, _): return 1 + size(of: body)
        default: return 1
        }
    }

    /// Whether a tree holds a backreference.
    private static func hasBackreference(_ node: RegexNode) -> Bool {
        switch node {
        case .backreference: return true
        case .sequence(let parts), .alternation(let parts): return parts.contains(where: hasBackreference)
        case .capture(let body, _), .quantified(let body, _, _, _), .look(let body, _, _): return hasBackreference(body)
        default: return false
        }
    }

    /// Whether a tree holds a capturing group.
    private static func hasCapture(_ node: RegexNode) -> Bool {
        switch node {
        case .capture: return true
        case .sequence(let parts), .alternation(let parts): return parts.contains(where: hasCapture)
        case .quantified(let body, _, _, _), .look(let body, _, _): return hasCapture(body)
        default: return false
        }
    }

    /// The capture slots of the groups inside a tree, as a first slot and a count (group numbers are consecutive).
    private static func slotRange(of node: RegexNode) -> (Int, Int) {
        var lowest = Int.max
        var highest = 0
        func visit(_ node: RegexNode) {
            switch node {
            case .capture(let body, let index):
                lowest = min(lowest, index)
                highest = max(highest, index)
                visit(body)
            case .sequence(let parts), .alternation(let parts):
                parts.forEach(visit)
            case .quantified(let body, _, _, _), .look(let body, _, _):
                visit(body)
            default:
                break
            }
        }
        visit(node)
        guard lowest <= highest else { return (0, 0) }
        return (2 * lowest, 2 * (highest - lowest + 1))
    }

    /// Whether every match must start at the beginning of the input.
    private static func isAnchoredAtStart(_ node: RegexNode) -> Bool {
        switch node {
        case .inputStart: return true
        case .sequence(let parts): return parts.first.map(isAnchoredAtStart) ?? false
        case .alternation(let alternatives): return alternatives.allSatisfy(isAnchoredAtStart)
        case .capture(let body, _): return isAnchoredAtStart(body)
        default: return false
        }
    }
}

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
