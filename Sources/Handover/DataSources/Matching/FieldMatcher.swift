/// One ``MatchCriteria/Condition`` made ready to judge raw field bytes during a scan.
///
/// The work per value is the least the rule allows: exact keys are looked up as bytes; ASCII
/// e-mail addresses are normalised byte by byte (``EmailNormalization/ASCIIRule``); only other
/// input (non-ASCII text, phone numbers) becomes a `String` and goes through the rule itself.
/// Either way the answer is exactly ``MatchCriteria/Condition/accepts(_:)``'s.
///
/// A matcher takes a snapshot of the condition's values when it is made: make it when a scan
/// starts. It is not `Sendable`; each scan makes its own.
final class FieldMatcher {
    /// The condition judged.
    let condition: MatchCriteria.Condition
    /// The condition's values as bytes, or `nil` when the key set has spilled to disk.
    private let table: ByteKeyTable?
    private let email: EmailNormalization.ASCIIRule?
    /// Room for a normalised value (never longer than the raw one).
    private var normalized = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)

    /// Prepares `condition`.
    ///
    /// - Throws: ``HandoverError`` when a spilled key set cannot be read.
    init(_ condition: MatchCriteria.Condition) throws {
        self.condition = condition
        if condition.values.isSpilled {
            table = nil
        } else {
            var values: [String] = []
            try condition.values.forEachBatch(size: 4096) { values += $0 }
            table = ByteKeyTable(values)
        }
        if case .email(let rules) = condition.normalization {
            email = EmailNormalization.ASCIIRule(rules)
        } else {
            email = nil
        }
    }

    deinit { normalized.deallocate() }

    /// Whether the field whose UTF-8 text is `bytes` satisfies the condition.
    ///
    /// - Throws: ``HandoverError`` when a spilled key set cannot be read.
    func accepts(_ bytes: UnsafeRawBufferPointer) throws -> Bool {
        switch condition.normalization {
        case .exact:
            return try contains(bytes)
        case .email:
            if let email {
                if bytes.count > normalized.count {
                    normalized.deallocate()
                    normalized = .allocate(capacity: bytes.count)
                }
                if let count = email.normalize(bytes, into: normalized.baseAddress!) {
                    guard count > 0 else { return false }
                    return try contains(UnsafeRawBufferPointer(start: normalized.baseAddress!, count: count))
                }
            }
        case .phone:
            break
        }
        return try condition.accepts(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether `text` satisfies the condition.
    func accepts(_ text: String) throws -> Bool {
        var text = text
        return try text.withUTF8 { try accepts(UnsafeRawBufferPointer($0)) }
    }

    private func contains(_ bytes: UnsafeRawBufferPointer) throws -> Bool {
        if let table { return table.contains(bytes) }
        return try condition.values.contains(String(decoding: bytes, as: UTF8.self))
    }
}
