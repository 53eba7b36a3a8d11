/// The keywords for numbers.
struct NumberKeywords: Sendable {
    /// `minimum`.
    var minimum: SchemaNumber?
    /// `maximum`.
    var maximum: SchemaNumber?
    /// `exclusiveMinimum`.
    var exclusiveMinimum: SchemaNumber?
    /// `exclusiveMaximum`.
    var exclusiveMaximum: SchemaNumber?
    /// `multipleOf`.
    var multipleOf: SchemaNumber?
}
