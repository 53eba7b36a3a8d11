/// An immutable value shared by reference, so that reading a large keyword group costs one retain instead of
/// copying every field.
final class Shared<Value: Sendable>: Sendable {
    /// The value.
    let value: Value

    /// Wraps a value.
    init(_ value: Value) {
        self.value = value
    }
}
