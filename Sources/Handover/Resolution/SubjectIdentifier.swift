/// One way the subject is known: an identity type and a value, as the request gives it.
///
/// On the command line: `--subject email=alice@example.com`.
public struct SubjectIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// The identity type (`email`, `phone`, `customer_id`), as named in collections' `identities`.
    public var type: String
    /// The value.
    public var value: String

    /// Creates an identifier.
    public init(type: String, value: String) {
        self.type = type
        self.value = value
    }

    /// Parses `type=value`.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/usage`` when `text` has no `=`,
    ///   or its type or value is empty.
    public init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "="),
            case let type = String(text[..<equals]), !type.isEmpty, !type.contains(" "),
            case let value = String(text[text.index(after: equals)...]), !value.isEmpty
        else {
            throw HandoverError(
                .usage, "a subject identifier (\(Value.withheld(text))) is not of the form TYPE=VALUE",
                hint: "Write TYPE=VALUE, for example email=alice@example.com")
        }
        self.init(type: type, value: value)
    }

    /// The text shown to users.
    public var description: String { "\(type)=\(value)" }
}
