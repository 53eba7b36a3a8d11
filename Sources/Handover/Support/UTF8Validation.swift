/// Tells whether `bytes` are well-formed UTF-8 (Unicode table 3-7: no overlongs, surrogates or values above
/// U+10FFFF).
///
/// Runs of ASCII are skipped eight bytes at a time.
func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
        if index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
        }
        let lead = base[index]
        if lead < 0x80 {
            index += 1
            continue
        }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xED: length = 3; high = 0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; low = 0x90
        case 0xF4: length = 4; high = 0x8F
        case 0xF1...0xF3: length = 4
        default: return false
        }
        guard index + length <= count else { return false }
        let second = base[index + 1]
        guard second >= low && second <= high else { return false }
        for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 {
            return false
        }
        index += length
    }
    return true
}
