/// A small lookup table of strings compared by their UTF-8 bytes, for property names and string `enum` values.
///
/// `Dictionary<String, …>` hashes every key with SipHash and compares with Unicode canonical equivalence;
/// both cost more than the lookup itself for the handful of names a schema declares, and the equivalence is
/// not what JSON Schema wants. This table first compares a cheap signature (byte length and first byte) and
/// only then the bytes. A hint, usually the member's position in its object, is tried first, since
/// data tends to list properties in the order the schema declares them. Large tables fall back to a
/// dictionary. A class, so that a table stored in a keyword group is used without copying its arrays.
final class KeyTable: Sendable {
    /// The keys, in order.
    let keys: [String]
    /// Each key's signature.
    private let signatures: [UInt64]
    /// The first position of each key, for tables too large to scan.
    private let positions: [String: Int]?

    /// The size from which lookups go through a dictionary.
    private static let scanLimit = 24

    /// Creates a table.
    ///
    /// - Parameter keys: The keys; for duplicates, the first position wins.
    init(_ keys: [String]) {
        self.keys = keys
        signatures = keys.map(Self.signature)
        if keys.count > Self.scanLimit {
            var positions: [String: Int] = [:]
            for (position, key) in keys.enumerated() where positions[key] == nil {
                positions[key] = position
            }
            self.positions = positions
        } else {
            positions = nil
        }
    }

    /// Whether the table is empty.
    var isEmpty: Bool { keys.isEmpty }

    /// The signature of a key: its UTF-8 length and its first byte.
    @inline(__always)
    private static func signature(_ key: String) -> UInt64 {
        let bytes = key.utf8
        guard let first = bytes.first else { return 0 }
        return UInt64(bytes.count) | UInt64(first) << 56
    }

    /// The position of a key, compared byte by byte.
    ///
    /// - Parameters:
    ///   - key: The key to find.
    ///   - hint: A position to try first.
    /// - Returns: The position, or `nil`.
    @inline(__always)
    func position(of key: String, hint: Int = 0) -> Int? {
        if let positions {
            guard let position = positions[key], Self.sameBytes(keys[position], key) else {
                // A canonically equivalent but different key may hide a byte-identical later one.
                return keys.firstIndex { Self.sameBytes($0, key) }
            }
            return position
        }
        let signature = Self.signature(key)
        if hint < signatures.count && signatures[hint] == signature && Self.sameBytes(keys[hint], key) {
            return hint
        }
        for position in signatures.indices
        where signatures[position] == signature && Self.sameBytes(keys[position], key) {
            return position
        }
        return nil
    }

    /// Whether two strings have the same UTF-8 bytes.
    @inline(__always)
    static func sameBytes(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                leftBytes.count == rightBytes.count && leftBytes.elementsEqual(rightBytes)
            }
        }
    }
}
