import JSONCore

extension Evaluator {
    // MARK: - Numbers and strings

    /// Whether a type mask admits a value.
    @inline(__always)
    static func matches(_ types: TypeMask, _ instance: JSONValue) -> Bool {
        switch instance {
        case .null: return types.contains(.null)
        case .bool: return types.contains(.boolean)
        case .string: return types.contains(.string)
        case .array: return types.contains(.array)
        case .object: return types.contains(.object)
        case .number(let text): return types.contains(.number) || (types.contains(.integer) && isInteger(text))
        }
    }

    /// Whether number text has an integer value (`1`, `1.0`, `1e2`, not `1.5` or `1e-1`).
    static func isInteger(_ text: String) -> Bool {
        var plain = true
        for byte in text.utf8 where byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        {
            plain = false
            break
        }
        return plain || (ExactNumber(text)?.isInteger ?? false)
    }

    /// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, `multipleOf`.
    mutating func checkNumber(_ node: SchemaNode, _ box: Shared<NumberKeywords>, _ text: String) -> Bool {
        guard let number = ExactNumber(text) else { return true }
        var valid = true
        if let minimum = box.value.minimum, ExactNumber.compare(number, minimum.value) < 0 {
            guard collectsErrors else { return false }
            valid = false
            report(node, "minimum", "\(text) is less than the minimum of \(minimum.text)")
        }
        if let minimum = box.value.exclusiveMinimum, ExactNumber.compare(number, minimum.value) <= 0 {
            guard collectsErrors else { return false }
            valid = false
            report(node, "exclusiveMinimum", "\(text) must be greater than \(minimum.text)")
        }
        if let maximum = box.value.maximum, ExactNumber.compare(number, maximum.value) > 0 {
            guard collectsErrors else { return false }
            valid = false
            report(node, "maximum", "\(text) is greater than the maximum of \(maximum.text)")
        }
        if let maximum = box.value.exclusiveMaximum, ExactNumber.compare(number, maximum.value) >= 0 {
            guard collectsErrors else { return false }
            valid = false
            report(node, "exclusiveMaximum", "\(text) must be less than \(maximum.text)")
        }
        if let divisor = box.value.multipleOf, !number.isMultiple(of: divisor.value) {
            guard collectsErrors else { return false }
            valid = false
            report(node, "multipleOf", "\(text) is not a multiple of \(divisor.text)")
        }
        return valid
    }

    /// The number of Unicode code points in a string (its UTF-8 bytes that do not continue a sequence).
    private static func codePointCount(_ text: String) -> Int {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 {
                count += 1
            }
            return count
        }
        return counted ?? text.unicodeScalars.count
    }

    /// `minLength`, `maxLength`, `pattern` and an asserted `format`.
    mutating func checkString(_ node: SchemaNode, _ box: Shared<StringKeywords>, _ text: String) -> Bool {
        var valid = true
        if box.value.minLength != nil || box.value.maxLength != nil {
            // A code point takes one to four UTF-8 bytes; count them only when the byte count cannot decide.
            let bytes = text.utf8.count
            var length: Int?
            if let maximum = box.value.maxLength, bytes > maximum {
                length = Self.codePointCount(text)
                if length! > maximum {
                    guard collectsErrors else { return false }
                    valid = false
                    report(node, "maxLength", "is longer than \(maximum) characters (\(length!))")
                }
            }
            if let minimum = box.value.minLength, minimum > 0, bytes < minimum * 4 {
                let count = length ?? Self.codePointCount(text)
                if count < minimum {
                    guard collectsErrors else { return false }
                    valid = false
                    report(
                        node, "minLength", "is shorter than \(minimum) character\(minimum == 1 ? "" : "s") (\(count))")
                }
            }
        }
        if let regex = box.value.pattern {
            switch regex.matches(text) {
            case .match:
                break
            case .noMatch:
                guard collectsErrors else { return false }
                valid = false
                let value = shown(.string(text))
                report(node, "pattern", "\(value) does not match the pattern '\(regex.pattern)'")
            case .tooComplex:
                guard collectsErrors else { return false }
                valid = false
                report(node, "pattern", "the pattern '\(regex.pattern)' is too complex to check against this value")
            }
        }
        if let format = box.value.format, !format.check(text) {
            guard collectsErrors else { return false }
            valid = false
            let value = shown(.string(text))
            report(node, "format", "\(value) is not a valid \(format.name)")
        }
        return valid
    }
}
