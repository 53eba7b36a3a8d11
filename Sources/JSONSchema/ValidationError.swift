/// One way in which an instance fails its schema: where in the instance, which keyword, and why.
///
/// Locations follow the JSON Schema output format (§12.4 of the core specification): ``instanceLocation`` is a
/// JSON Pointer into the instance, ``keywordLocation`` is the path of keywords that evaluation followed from the
/// root schema (through `$ref` too), and ``absoluteKeywordLocation`` is the keyword's own URI.
///
/// Assertions that combine subschemas report one error for the combination: a failed `anyOf` or `oneOf`
/// carries the errors of each alternative as ``causes``.
public struct ValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the failing value is in the instance, as a JSON Pointer (`""` is the whole instance, `/items/0/id`
    /// a nested value).
    public var instanceLocation: String
    /// The path of keywords from the root schema to the failing keyword, as a JSON Pointer
    /// (`/properties/name/type`, or `/properties/owner/$ref/required` through a reference).
    public var keywordLocation: String
    /// The failing keyword's absolute URI (`https://example.com/person#/properties/name/type`), when the schema
    /// it belongs to has an absolute URI; `nil` for a schema without `$id` that was not registered under a URI.
    public var absoluteKeywordLocation: String?
    /// The failing keyword (`type`, `required`, `additionalProperties`, …), or `false` for a `false` schema.
    public var keyword: String
    /// What is wrong, as a clause such as `expected string, found integer` or
    /// `required property 'id' is missing`.
    public var message: String
    /// For `anyOf`, `oneOf` and similar keywords: the errors of the alternatives that failed.
    public var causes: [ValidationError]

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - instanceLocation: The JSON Pointer of the failing value in the instance.
    ///   - keywordLocation: The path of keywords from the root schema to the failing keyword.
    ///   - absoluteKeywordLocation: The keyword's absolute URI, if known.
    ///   - keyword: The failing keyword.
    ///   - message: What is wrong.
    ///   - causes: The errors of failed alternatives, for combining keywords.
    public init(
        instanceLocation: String, keywordLocation: String, absoluteKeywordLocation: String?, keyword: String,
        message: String, causes: [ValidationError] = []
    ) {
        self.instanceLocation = instanceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.keyword = keyword
        self.message = message
        self.causes = causes
    }

    /// The error on one line: the instance location (or `(root)`), the message and the keyword location.
    ///
    /// For example `/age: expected integer, found string [/properties/age/type]`.
    public var description: String {
        let location = instanceLocation.isEmpty ? "(root)" : instanceLocation
        return "\(location): \(message) [\(keywordLocation.isEmpty ? "/" : keywordLocation)]"
    }
}
