/// The outcome of validating one instance: valid, or the list of what is wrong with it.
///
/// ## Usage
/// ```swift
/// let result = validator.validate(instance)
/// for error in result.errors {
///     print(error)   // /age: expected integer, found string [/properties/age/type]
/// }
/// ```
public struct ValidationResult: Sendable, Equatable {
    /// The failures, in the order the schema's keywords found them; empty when the instance is valid.
    public var errors: [ValidationError]

    /// Whether the instance is valid against the schema.
    public var isValid: Bool { errors.isEmpty }

    /// Creates a result from a list of failures.
    ///
    /// - Parameter errors: The failures; an empty list means the instance is valid.
    public init(errors: [ValidationError]) {
        self.errors = errors
    }

    /// The result for a valid instance: no errors.
    public static let valid = ValidationResult(errors: [])
}
