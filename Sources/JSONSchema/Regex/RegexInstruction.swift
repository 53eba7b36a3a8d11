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
