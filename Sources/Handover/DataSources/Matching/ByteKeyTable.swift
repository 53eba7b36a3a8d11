#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An immutable set of byte strings, looked up without creating a `String` or an array.
///
/// Sources build one per condition when a scan starts, from the condition's in-memory ``KeySet``,
/// and ask it about raw field bytes. Membership is byte equality, as in ``KeySet``.
struct ByteKeyTable {
    /// Every key's bytes, one after the other.
    private var storage: [UInt8] = []
    /// Each key's offset and length in `storage`.
    private var keys: [(offset: Int, count: Int)] = []
    /// Open addressing: an index into `keys`, or -1 for an empty slot.
    private var slots: [Int32]
    private let mask: Int

    /// Creates the table of `values`.
    init(_ values: some Collection<String>) {
        var capacity = 16
        while capacity < values.count * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for value in values {
            var text = value
            text.withUTF8 { insert(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The number of keys.
    var count: Int { keys.count }

    private mutating func insert(_ bytes: UnsafeRawBufferPointer) {
        guard !contains(bytes) else { return }
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(keys.count)
        keys.append((storage.count, bytes.count))
        storage.append(contentsOf: bytes)
    }

    /// Whether `bytes` is one of the keys.
    func contains(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
        return storage.withUnsafeBytes { stored in
            while true {
                let index = Int(slots[slot])
                if index < 0 { return false }
                let key = keys[index]
                if key.count == bytes.count
                    && (key.count == 0 || memcmp(stored.baseAddress! + key.offset, bytes.baseAddress!, key.count) == 0)
                {
                    return true
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// A 64-bit hash of `bytes`, eight bytes at a time.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        while index < bytes.count {
            tail = tail << 8 | UInt64(bytes[index])
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }
}
