/// The members of one object as a reader found them, for a ``ContentShape`` to make its value
/// from: typed access by name, with errors that carry the member's JSON pointer.
struct ContentObjectReader {
    /// The members present, by name.
    let values: [String: ContentNode]
    /// Where the object is.
    let pointer: String

    /// The pointer of the member `name`.
    func pointer(_ name: String) -> String { ContentError.pointer(pointer, name) }

    /// An error about the member `name`, or about the object itself when `name` is `nil`.
    func failure(_ message: String, _ name: String? = nil) -> ContentError {
        ContentError(message, at: name.map(pointer) ?? pointer)
    }

    /// Required text.
    func string(_ name: String) throws(ContentError) -> String {
        guard let text = try optionalString(name) else { throw failure("the member '\(name)' is missing") }
        return text
    }

    /// Text, or `nil` when absent.
    func optionalString(_ name: String) throws(ContentError) -> String? {
        guard let node = values[name] else { return nil }
        guard case .string(let text) = node else { throw failure("a string is expected here", name) }
        return text
    }

    /// A required flag.
    func bool(_ name: String) throws(ContentError) -> Bool {
        guard case .bool(let flag) = values[name] else { throw failure("true or false is expected here", name) }
        return flag
    }

    /// Required text naming a case of `Value`; `what` says what it should be (`a provenance`).
    func value<Value: RawRepresentable<String>>(_ name: String, _ what: String) throws(ContentError) -> Value {
        let text = try string(name)
        guard let value = Value(rawValue: text) else { throw failure("'\(text)' is not \(what)", name) }
        return value
    }

    /// As ``value(_:_:)``, or `nil` when absent.
    func optionalValue<Value: RawRepresentable<String>>(_ name: String, _ what: String) throws(ContentError)
        -> Value?
    {
        guard values[name] != nil else { return nil }
        return try value(name, what) as Value
    }

    /// A required object.
    func object<Value>(_ name: String, _ shape: ContentShape<Value>) throws(ContentError) -> Value {
        guard let node = values[name] else { throw failure("the member '\(name)' is missing") }
        return try shape.decode(node, at: pointer(name))
    }

    /// An object, or `nil` when absent.
    func optionalObject<Value>(_ name: String, _ shape: ContentShape<Value>) throws(ContentError) -> Value? {
        guard let node = values[name] else { return nil }
        return try shape.decode(node, at: pointer(name))
    }

    /// A list of text; empty when absent.
    func strings(_ name: String) throws(ContentError) -> [String] {
        var result: [String] = []
        for (index, item) in try list(name).enumerated() {
            guard case .string(let text) = item else {
                throw ContentError("a string is expected here", at: ContentError.pointer(pointer(name), "\(index)"))
            }
            result.append(text)
        }
        return result
    }

    /// A list of objects; empty when absent.
    func objects<Value>(_ name: String, _ shape: ContentShape<Value>) throws(ContentError) -> [Value] {
        var result: [Value] = []
        for (index, item) in try list(name).enumerated() {
            result.append(try shape.decode(item, at: ContentError.pointer(pointer(name), "\(index)")))
        }
        return result
    }

    private func list(_ name: String) throws(ContentError) -> [ContentNode] {
        guard let node = values[name] else { return [] }
        guard case .list(let items) = node else { throw failure("an array is expected here", name) }
        return items
    }
}
