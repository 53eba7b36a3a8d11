internal import Foundation

/// Counts of the shapes sampled values of one field had: e-mail addresses, phone numbers, dates,
/// numbers. It never keeps a value.
public struct ValueProfile: Sendable, Equatable {
    /// Non-null values seen.
    public private(set) var sampled = 0
    /// Values that look like an e-mail address (`local@domain.tld`, no spaces).
    public private(set) var emails = 0
    /// Values that look like a phone number (`+`, digits, spaces, dashes, dots, parentheses; 7–15 digits).
    public private(set) var phones = 0
    /// Values that are ISO 8601 date-times, or typed as such by the source.
    public private(set) var dateTimes = 0
    /// Values that are ISO 8601 calendar dates, or typed as such by the source.
    public private(set) var dates = 0
    /// Text values that are ISO 8601 date-times (`2024-05-01T10:00:00Z`, `2024-05-01 10:00`).
    public private(set) var textDateTimes = 0
    /// Text values that are ISO 8601 calendar dates.
    public private(set) var textDates = 0
    /// Values that are whole numbers.
    public private(set) var integers = 0
    /// Values longer than 200 characters: free text.
    public private(set) var longTexts = 0
    /// Hashes of the values seen (never the values), to tell a key whose values are unique from one
    /// that repeats across records (a visitor's cookie on each of their visits).
    private var hashes: Set<Int> = []

    /// The number of different values seen.
    public var distinct: Int { hashes.count }

    /// Whether every sampled value was different (and at least one was sampled).
    public var isUnique: Bool { sampled > 0 && distinct == sampled }

    /// Whether at least two values were sampled and all were different: a key, as far as the
    /// sample can tell (`false` for a single value, which tells nothing).
    var isKeyLike: Bool { sampled > 1 && isUnique }

    /// Whether at least two values were sampled and some repeat.
    var repeats: Bool { sampled > 1 && !isUnique }

    /// Hashes of the e-mail addresses (trimmed, lowercased) and phone numbers (their last eight
    /// digits) seen, and how many there were.
    private var contactKeys: Set<Int> = []
    private var contacts = 0

    /// Whether two sampled e-mail addresses or phone numbers may be the same one written
    /// differently (`+4586123456` and `8612 3456`): the same address once trimmed and lowercased,
    /// or numbers ending in the same eight digits. Errs towards "shared".
    public var contactsRepeat: Bool { contactKeys.count < contacts }

    /// An empty profile.
    public init() {}

    /// Adds one value.
    public mutating func note(_ value: Value) {
        switch value {
        case .null, .redacted: return
        default: hashes.insert(value.hashValue)
        }
        switch value {
        case .null, .redacted: return
        case .integer: integers += 1
        case .dateTime: dateTimes += 1
        case .date: dates += 1
        case .decimal, .boolean, .binary: break
        case .string(let text):
            if let key = Self.contactKey(text) {
                contacts += 1
                contactKeys.insert(key.hashValue)
            }
            if Self.isEmail(text) {
                emails += 1
            } else if Self.isDateTime(text) {
                dateTimes += 1
                textDateTimes += 1
            } else if Self.isDate(text) {
                dates += 1
                textDates += 1
            } else if Self.isPhone(text) {
                phones += 1
            } else if Int64(text) != nil {
                integers += 1
            }
            if text.utf8.count > 200 { longTexts += 1 }
        }
        sampled += 1
    }

    /// Whether at least nine in ten sampled values have the shape counted by `count` (and one was sampled).
    public func mostly(_ count: KeyPath<ValueProfile, Int>) -> Bool {
        sampled > 0 && self[keyPath: count] * 10 >= sampled * 9
    }

    /// Whether some sampled values have the shape counted by `count`.
    public func some(_ count: KeyPath<ValueProfile, Int>) -> Bool {
        self[keyPath: count] > 0
    }

    static func isEmail(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.contains(" "), let at = trimmed.firstIndex(of: "@") else { return false }
        let local = trimmed[..<at]
        let domain = trimmed[trimmed.index(after: at)...]
        return !local.isEmpty && !domain.contains("@") && domain.contains(".") && !domain.hasPrefix(".")
            && !domain.hasSuffix(".")
    }

    /// An e-mail address trimmed and lowercased, or a phone number's last eight digits.
    static func contactKey(_ text: String) -> String? {
        if isEmail(text) { return text.trimmingCharacters(in: .whitespaces).lowercased() }
        guard isPhone(text) else { return nil }
        return String(text.filter(\.isASCII).filter(\.isNumber).suffix(8))
    }

    static func isPhone(_ text: String) -> Bool {
        // A bare run of digits is more often a number than a phone; a phone has `+`, a trunk `0`
        // or separators.
        guard let first = text.utf8.first, !isDate(text),
            first == UInt8(ascii: "+") || first == UInt8(ascii: "0")
                || text.utf8.contains(where: { !(0x30...0x39).contains($0) })
        else { return false }
        var digits = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "+") where index == 0: continue
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"): continue
            default: return false
            }
        }
        return (7...15).contains(digits)
    }

    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16, isDate(String(decoding: bytes[0..<10], as: UTF8.self)),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":")
        else { return false }
        return bytes[11...12].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
