/// Checks for `date-time`, `date`, `time` (RFC 3339 §5.6) and `duration` (RFC 3339 appendix A).
///
/// Only the RFC 3339 profile is accepted, not the rest of ISO 8601: four-digit years, two-digit fields, a
/// mandatory time offset, `T`/`Z` in either case. Dates are checked against the Gregorian calendar
/// (leap years included) and a leap second (`:60`) only where it can occur, at 23:59:60 UTC.
enum DateTimeFormats {
    /// `date-time`: `full-date "T" full-time`.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 11, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else { return false }
        return isDate(bytes[0..<10]) && isTime(bytes[11...])
    }

    /// `date`: `full-date`, such as `2024-02-29`.
    static func isDate(_ text: String) -> Bool {
        isDate(Array(text.utf8)[...])
    }

    /// `time`: `full-time`, such as `23:20:50.52Z` or `08:30:06-08:00`.
    static func isTime(_ text: String) -> Bool {
        isTime(Array(text.utf8)[...])
    }

    /// Reads a fixed number of ASCII digits at an offset.
    private static func number(_ bytes: ArraySlice<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        let start = bytes.startIndex + offset
        guard start + count <= bytes.endIndex else { return nil }
        var value = 0
        for byte in bytes[start..<start + count] {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `YYYY-MM-DD` with a day that exists in that month.
    private static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count == 10, bytes[bytes.startIndex + 4] == UInt8(ascii: "-"),
            bytes[bytes.startIndex + 7] == UInt8(ascii: "-"), let year = number(bytes, 0, 4),
            let month = number(bytes, 5, 2), let day = number(bytes, 8, 2), (1...12).contains(month), day >= 1
        else { return false }
        let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `HH:MM:SS[.frac](Z|±HH:MM)`, allowing second 60 only at 23:59 UTC.
    private static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 9, bytes[bytes.startIndex + 2] == UInt8(ascii: ":"),
            bytes[bytes.startIndex + 5] == UInt8(ascii: ":"), let hour = number(bytes, 0, 2),
            let minute = number(bytes, 3, 2), let second = number(bytes, 6, 2), hour <= 23, minute <= 59, second <= 60
        else { return false }
        var index = bytes.startIndex + 8
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let digitsStart = index
            while index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            guard index > digitsStart else { return false }
        }
        guard index < bytes.endIndex else { return false }
        var offsetMinutes = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.endIndex else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let offset = bytes[index...]
            guard offset.count == 6, offset[offset.startIndex + 3] == UInt8(ascii: ":"),
                let offsetHour = number(offset, 1, 2), let offsetMinute = number(offset, 4, 2), offsetHour <= 23,
                offsetMinute <= 59
            else { return false }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return false
        }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    /// `duration`: `P` then date parts (`Y`, `M`, `D`, each only after the previous), an optional `T` with
    /// time parts (`H`, `M`, `S`), or weeks alone (`P2W`); integers only.
    static func isDuration(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.first == UInt8(ascii: "P"), bytes.count > 1 else { return false }
        var index = 1
        /// Reads `digits unit` and returns the unit, or `nil` (position unchanged) if there is none.
        func component() -> UInt8? {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                index += 1
            }
            guard index > start, index < bytes.count else {
                index = start
                return nil
            }
            index += 1
            return bytes[index - 1]
        }
        /// Reads components whose units must follow `order`, each unit after the previous one, without gaps
        /// (RFC 3339: `Y [M [D]]`, `M [D]`, `D`; `H [M [S]]`, `M [S]`, `S`).
        func sequence(_ order: [UInt8]) -> Bool? {
            var expected: Int?
            var count = 0
            while index < bytes.count, bytes[index] != UInt8(ascii: "T") {
                let start = index
                guard let unit = component(), let position = order.firstIndex(of: unit) else {
                    index = start
                    return count > 0 ? true : nil
                }
                if let expected, position != expected {
                    return false
                }
                expected = position + 1
                count += 1
            }
            return count > 0 ? true : nil
        }
        if bytes.count >= 3, bytes.last == UInt8(ascii: "W") {
            index = 1
            return component() == UInt8(ascii: "W") && index == bytes.count
        }
        let date = sequence([UInt8(ascii: "Y"), UInt8(ascii: "M"), UInt8(ascii: "D")])
        if date == false {
            return false
        }
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "T") else { return false }
            index += 1
            guard sequence([UInt8(ascii: "H"), UInt8(ascii: "M"), UInt8(ascii: "S")]) == true else { return false }
        } else if date == nil {
            return false
        }
        return index == bytes.count
    }
}
