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
    @exclusivity(unchecked) private var normalized = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    /// For an e-mail rule without per-domain rules: which lengths the values have (a normalised
    /// ASCII address is as long as the trimmed text, less a trailing dot), to turn most other
    /// addresses away before normalising them.
    private let emailLengths: [Bool]?

    /// Prepares `condition`.
    ///
    /// - Throws: ``HandoverError`` when a spilled key set cannot be read.
    init(_ condition: MatchCriteria.Condition) throws {
        self.condition = condition
        var values: [String]?
        if !condition.values.isSpilled {
            var all: [String] = []
            try condition.values.forEachBatch(size: 4096) { all += $0 }
            values = all
        }
        table = values.map(ByteKeyTable.init)
        if case .email(let rules) = condition.normalization {
            email = EmailNormalization.ASCIIRule(rules)
            if rules.domains.isEmpty, let values, values.allSatisfy({ $0.utf8.count < 256 }) {
                var lengths = [Bool](repeating: false, count: 256)
                for value in values { lengths[value.utf8.count] = true }
                emailLengths = lengths
            } else {
                emailLengths = nil
            }
        } else {
            email = nil
            emailLengths = nil
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
            if let emailLengths, Self.hasNoFittingLength(bytes, emailLengths) { return false }
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

    /// Whether `bytes` is ASCII and, trimmed, has none of the `lengths` (with or without a trailing
    /// dot): then its normalised form has none of them either and cannot be a value.
    private static func hasNoFittingLength(_ bytes: UnsafeRawBufferPointer, _ lengths: [Bool]) -> Bool {
        var start = 0
        var end = bytes.count
        while start < end && EmailNormalization.ASCIIRule.isWhitespace(bytes[start]) { start += 1 }
        while end > start && EmailNormalization.ASCIIRule.isWhitespace(bytes[end - 1]) { end -= 1 }
        let length = end - start
        if length < 256 && lengths[length] { return false }
        if length > 0 && length <= 256 && bytes[end - 1] == UInt8(ascii: ".") && lengths[length - 1] { return false }
        // Only ASCII keeps its length through NFC and lowercasing.
        var high: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            high |= bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    private func contains(_ bytes: UnsafeRawBufferPointer) throws -> Bool {
        if let table { return table.contains(bytes) }
        return try condition.values.contains(String(decoding: bytes, as: UTF8.self))
    }
}
