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
