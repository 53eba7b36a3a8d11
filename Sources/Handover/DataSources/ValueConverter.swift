/// Converts a source value to the type a field declares, or explains why it cannot.
enum ValueConverter {
    /// Converts `value` to `type`.
    ///
    /// Text is trimmed of surrounding spaces before conversion to a non-string type, and empty text
    /// becomes ``Value/null``. Values that already have the type pass through.
    ///
    /// - Returns: The converted value, or `nil` when `value` cannot be read as `type`.
    static func convert(_ value: Value, to type: ValueType) -> Value? {
        if case .null = value { return .null }
        switch type {
        case .string:
            return value.text.map(Value.string)
        case .integer:
            if case .integer = value { return value }
            guard let text = trimmedText(value) else { return .null }
            return Int64(text).map(Value.integer)
        case .decimal:
            if case .decimal = value { return value }
            if case .integer(let number) = value { return .decimal(String(number)) }
            guard let text = trimmedText(value) else { return .null }
            return isDecimal(text) ? .decimal(text) : nil
        case .boolean:
            if case .boolean = value { return value }
            if case .integer(let number) = value, number == 0 || number == 1 { return .boolean(number == 1) }
            guard let text = trimmedText(value) else { return .null }
            switch text.lowercased() {
            case "true", "1", "yes", "y", "t": return .boolean(true)
            case "false", "0", "no", "n", "f": return .boolean(false)
            default: return nil
            }
        case .date:
            guard let text = trimmedText(value) else { return .null }
            return isDate(Array(text.utf8)) ? .date(text) : nil
        case .dateTime:
            guard let text = trimmedText(value) else { return .null }
            return normalisedDateTime(text).map(Value.dateTime)
        }
    }

    private static func trimmedText(_ value: Value) -> String? {
        guard let text = value.text else { return nil }
        let trimmed = text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        return trimmed.isEmpty ? nil : String(trimmed)
    }

    /// Whether `text` is a JSON-style decimal number: `-12`, `12.50`, `1e-3`.
    static func isDecimal(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }

    /// Whether `bytes` is a valid calendar date `YYYY-MM-DD`.
    static func isDate(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
            (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }

    /// The RFC 3339 form of a date-time, accepting SQLite's space separator, or `nil`.
    ///
    /// `2024-05-01 10:30:00` becomes `2024-05-01T10:30:00`; an offset or `Z` is kept, fractional
    /// seconds are kept.
    static func normalisedDateTime(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        guard bytes.count >= 19, isDate(Array(bytes[0..<10])),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") || bytes[10] == UInt8(ascii: "t"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]), let second = number(bytes[17..<19]),
            hour < 24, minute < 60, second < 61
        else { return nil }
        bytes[10] = UInt8(ascii: "T")
        var index = 19
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > start else { return nil }
        }
        if index < bytes.count {
            if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
                bytes[index] = UInt8(ascii: "Z")
                index += 1
            } else if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                guard bytes.count - index == 6, bytes[index + 3] == UInt8(ascii: ":"),
                    let offsetHour = number(bytes[(index + 1)..<(index + 3)]),
                    let offsetMinute = number(bytes[(index + 4)..<(index + 6)]), offsetHour < 24, offsetMinute < 60
                else { return nil }
                index += 6
            }
        }
        guard index == bytes.count else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var result = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            result = result * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return result
    }
}
