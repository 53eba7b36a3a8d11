import JSONCore

/// Writes one JSON document piece by piece into a ``ByteSink``, indented two spaces.
///
/// The writer keeps only a small stack of open containers and a write buffer, so a document of
/// any size streams through it. Callers are responsible for calling the methods in a valid order
/// (a key before each object member's value); the writer adds commas, quotes and indentation.
struct JSONStreamWriter {
    private let sink: any ByteSink
    private var buffer: [UInt8] = []
    /// For each open container: whether it is an object, and how many members it has so far.
    private var stack: [(isObject: Bool, count: Int)] = []
    private var afterKey = false

    /// Creates a writer into `sink`.
    init(sink: any ByteSink) {
        self.sink = sink
        buffer.reserveCapacity(1 << 15)
    }

    /// Opens an object.
    mutating func beginObject() throws {
        try prefixValue()
        buffer.append(UInt8(ascii: "{"))
        stack.append((true, 0))
    }

    /// Closes the innermost object.
    mutating func endObject() throws { try close(UInt8(ascii: "}")) }

    /// Opens an array.
    mutating func beginArray() throws {
        try prefixValue()
        buffer.append(UInt8(ascii: "["))
        stack.append((false, 0))
    }

    /// Closes the innermost array.
    mutating func endArray() throws { try close(UInt8(ascii: "]")) }

    /// Writes a member name; the next call writes its value.
    mutating func key(_ name: String) throws {
        try prefixValue()
        JSONValue.appendQuoted(name, to: &buffer)
        buffer.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
        afterKey = true
    }

    /// Writes a string value.
    mutating func string(_ text: String) throws {
        try prefixValue()
        JSONValue.appendQuoted(text, to: &buffer)
        try flushIfFull()
    }

    /// Writes a number from its JSON text, which the caller has checked.
    mutating func number(_ text: String) throws {
        try prefixValue()
        buffer.append(contentsOf: text.utf8)
    }

    /// Writes a whole number.
    mutating func number(_ value: Int64) throws { try number(String(value)) }

    /// Writes `true` or `false`.
    mutating func bool(_ flag: Bool) throws {
        try prefixValue()
        buffer.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    /// Writes `null`.
    mutating func null() throws {
        try prefixValue()
        buffer.append(contentsOf: "null".utf8)
    }

    /// Writes `"name": "text"`, or nothing when `text` is `nil`.
    mutating func member(_ name: String, _ text: String?) throws {
        guard let text else { return }
        try key(name)
        try string(text)
    }

    /// Ends the document with a newline and hands all buffered bytes to the sink.
    mutating func finish() throws {
        buffer.append(UInt8(ascii: "\n"))
        try flush()
    }

    private mutating func prefixValue() throws {
        if afterKey {
            afterKey = false
            return
        }
        guard let top = stack.last else { return }
        if top.count > 0 { buffer.append(UInt8(ascii: ",")) }
        stack[stack.count - 1].count += 1
        newline(depth: stack.count)
    }

    private mutating func close(_ byte: UInt8) throws {
        let top = stack.removeLast()
        if top.count > 0 { newline(depth: stack.count) }
        buffer.append(byte)
        try flushIfFull()
    }

    private mutating func newline(depth: Int) {
        buffer.append(UInt8(ascii: "\n"))
        buffer.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func flushIfFull() throws {
        if buffer.count >= 1 << 15 { try flush() }
    }

    private mutating func flush() throws {
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
