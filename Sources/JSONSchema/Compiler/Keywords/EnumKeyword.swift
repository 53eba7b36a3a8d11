import JSONCore

/// `enum`: the allowed values, with the strings among them also in a ``KeyTable`` for a quick lookup.
struct EnumKeyword: Sendable {
    /// The allowed values, in schema order.
    var values: [JSONValue]
    /// The string values.
    var strings: KeyTable
    /// Whether any allowed value is not a string.
    var hasNonStrings: Bool

    /// Creates the keyword from its values.
    init(values: [JSONValue]) {
        self.values = values
        var strings: [String] = []
        hasNonStrings = false
        for value in values {
            if case .string(let text) = value {
                strings.append(text)
            } else {
                hasNonStrings = true
            }
        }
        self.strings = KeyTable(strings)
    }

    /// Tells whether a value is one of the allowed values.
    func contains(_ instance: JSONValue) -> Bool {
        if case .string(let text) = instance {
            return strings.position(of: text) != nil
        }
        guard hasNonStrings else { return false }
        return values.contains { InstanceEquality.equal($0, instance) }
    }
}
