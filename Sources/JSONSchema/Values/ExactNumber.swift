/// A JSON number as an exact decimal: a sign, a significand without leading or trailing zeros, and a power of ten.
///
/// JSON Schema compares numbers by their mathematical value: `1`, `1.0` and `10e-1` are the same number,
/// `18446744073709551616` is larger than `18446744073709551615`, and `0.3` is a multiple of `0.1`. Binary
/// floating point gets all three wrong in places, so numbers are kept as decimals, read straight from the
/// number's source text.
///
/// The value is `significand × 10^exponent`. A significand of up to 19 digits is held in a `UInt64`, so the
/// numbers of ordinary data need no allocation; longer ones keep their digits in an array. Zero has no
/// digits, exponent 0 and is never negative (`-0` equals `0`), so the synthesised `==` and `hash(into:)`
/// compare values, not spellings.
///
/// Exponents are clamped to ±10^15, far beyond anything a real document holds; two numbers whose exponents
/// both exceed that compare by their significands only.
struct ExactNumber: Hashable, Sendable {
    /// Whether the number is below zero (never set for zero).
    private(set) var isNegative: Bool
    /// The power of ten the significand is multiplied by.
    private(set) var exponent: Int
    /// How many digits the significand has; 0 for zero.
    private(set) var digitCount: Int
    /// The significand, if it has at most 19 digits.
    private var small: UInt64
    /// The significand's digits (0–9), most significant first, if it has more than 19; otherwise empty.
    private var large: [UInt8]

    /// The largest number of significand digits kept in ``small``.
    private static let smallDigitLimit = 19
    /// How far exponents are clamped.
    private static let exponentLimit = 1_000_000_000_000_000

    /// Zero.
    static let zero = ExactNumber(isNegative: false, exponent: 0, digitCount: 0, small: 0, large: [])

    /// Creates a number from normalised parts.
    private init(isNegative: Bool, exponent: Int, digitCount: Int, small: UInt64, large: [UInt8]) {
        self.isNegative = isNegative
        self.exponent = exponent
        self.digitCount = digitCount
        self.small = small
        self.large = large
    }

    /// Reads the number that `text` spells in JSON's number grammar.
    ///
    /// - Parameter text: Number text such as `-12.50e3`, as ``JSONValue/number(_:)`` holds it.
    /// - Returns: The number, or `nil` if the text is not a JSON number.
    init?(_ text: String) {
        let parsed = text.utf8.withContiguousStorageIfAvailable { ExactNumber.parse($0) }
        if let parsed {
            guard let parsed else { return nil }
            self = parsed
        } else {
            guard let parsed = Array(text.utf8).withUnsafeBufferPointer({ ExactNumber.parse($0) }) else {
                return nil
            }
            self = parsed
        }
    }

    /// Creates the number equal to an integer.
    ///
    /// - Parameter value: The integer.
    init(_ value: Int) {
        self = ExactNumber(String(value))!
    }

    /// Parses JSON number text.
    ///
    /// - Parameter bytes: The UTF-8 text.
    /// - Returns: The number, or `nil` if the text does not follow `-? digits (. digits)? ([eE] [+-]? digits)?`.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ExactNumber? {
        let count = bytes.count
        var index = 0
        let isNegative = count > 0 && bytes[0] == UInt8(ascii: "-")
        if isNegative {
            index += 1
        }
        let integerStart = index
        while index < count, isDigit(bytes[index]) {
            index += 1
        }
        let integerEnd = index
        guard integerEnd > integerStart else { return nil }
        var fractionStart = index
        var fractionEnd = index
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionStart = index
            while index < count, isDigit(bytes[index]) {
                index += 1
            }
            fractionEnd = index
            guard fractionEnd > fractionStart else { return nil }
        }
        var writtenExponent = 0
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentIsNegative = false
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentIsNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            while index < count, isDigit(bytes[index]) {
                if writtenExponent < exponentLimit {
                    writtenExponent = writtenExponent * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                }
                index += 1
            }
            guard index > exponentStart else { return nil }
            writtenExponent = min(writtenExponent, exponentLimit)
            if exponentIsNegative {
                writtenExponent = -writtenExponent
            }
        }
        guard index == count else { return nil }

        // The digits of the integer part and the fraction form one virtual sequence.
        let integerLength = integerEnd - integerStart
        let fractionLength = fractionEnd - fractionStart
        let total = integerLength + fractionLength
        func digit(_ position: Int) -> UInt8 {
            let byte =
                position < integerLength
                ? bytes[integerStart + position] : bytes[fractionStart + position - integerLength]
            return byte - UInt8(ascii: "0")
        }
        var first = 0
        while first < total, digit(first) == 0 {
            first += 1
        }
        guard first < total else { return .zero }
        var last = total - 1
        while digit(last) == 0 {
            last -= 1
        }
        let digitCount = last - first + 1
        let exponent = writtenExponent - fractionLength + (total - 1 - last)
        if digitCount <= smallDigitLimit {
            var significand: UInt64 = 0
            for position in first...last {
                significand = significand * 10 + UInt64(digit(position))
            }
            return ExactNumber(
                isNegative: isNegative, exponent: exponent, digitCount: digitCount, small: significand, large: [])
        }
        return ExactNumber(
            isNegative: isNegative, exponent: exponent, digitCount: digitCount, small: 0,
            large: (first...last).map(digit))
    }

    /// Whether `byte` is an ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Whether the number is zero.
    var isZero: Bool { digitCount == 0 }

    /// Whether the number is an integer (it has no non-zero digits after the decimal point).
    var isInteger: Bool { digitCount == 0 || exponent >= 0 }

    /// The number as an `Int`, if it is an integer that fits.
    var intValue: Int? {
        guard isInteger else { return nil }
        guard digitCount > 0 else { return 0 }
        guard digitCount + exponent <= 18 else { return nil }
        var value = Int(small)
        for _ in 0..<exponent {
            value *= 10
        }
        return isNegative ? -value : value
    }

    /// The significand's digits, most significant first.
    private var digits: [UInt8] {
        if digitCount > Self.smallDigitLimit {
            return large
        }
        var result = [UInt8](repeating: 0, count: digitCount)
        var rest = small
        for position in stride(from: digitCount - 1, through: 0, by: -1) {
            result[position] = UInt8(rest % 10)
            rest /= 10
        }
        return result
    }

    /// Compares the absolute values of two numbers: -1, 0 or 1.
    private static func compareMagnitudes(_ left: ExactNumber, _ right: ExactNumber) -> Int {
        if left.digitCount == 0 || right.digitCount == 0 {
            return left.digitCount == right.digitCount ? 0 : (left.digitCount == 0 ? -1 : 1)
        }
        // The position of the leading digit decides first.
        let leftLead = left.digitCount + left.exponent
        let rightLead = right.digitCount + right.exponent
        if leftLead != rightLead {
            return leftLead < rightLead ? -1 : 1
        }
        if left.digitCount <= smallDigitLimit && right.digitCount <= smallDigitLimit {
            // Pad the shorter significand with zeros; both then have at most 19 digits and fit.
            let width = max(left.digitCount, right.digitCount)
            let leftValue = left.small * power(of: width - left.digitCount)
            let rightValue = right.small * power(of: width - right.digitCount)
            return leftValue == rightValue ? 0 : (leftValue < rightValue ? -1 : 1)
        }
        let leftDigits = left.digits
        let rightDigits = right.digits
        for (leftDigit, rightDigit) in zip(leftDigits, rightDigits) where leftDigit != rightDigit {
            return leftDigit < rightDigit ? -1 : 1
        }
        return leftDigits.count == rightDigits.count ? 0 : (leftDigits.count < rightDigits.count ? -1 : 1)
    }

    /// 10 to the power `exponent`, for exponents up to 19.
    private static func power(of exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent {
            result *= 10
        }
        return result
    }

    /// Compares two numbers by value: -1 if `left` is smaller, 0 if they are equal, 1 if it is larger.
    ///
    /// - Parameters:
    ///   - left: The first number.
    ///   - right: The second number.
    /// - Returns: -1, 0 or 1.
    static func compare(_ left: ExactNumber, _ right: ExactNumber) -> Int {
        let leftSign = left.isZero ? 0 : (left.isNegative ? -1 : 1)
        let rightSign = right.isZero ? 0 : (right.isNegative ? -1 : 1)
        if leftSign != rightSign {
            return leftSign < rightSign ? -1 : 1
        }
        let magnitudes = compareMagnitudes(left, right)
        return leftSign < 0 ? -magnitudes : magnitudes
    }

    /// Tells whether this number divided by `divisor` is an integer.
    ///
    /// With `self = A × 10^a` and `divisor = B × 10^b` (significands without trailing zeros), the quotient is
    /// `(A / B) × 10^(a−b)`. If `a < b` it is not an integer, since `A` would need a trailing zero; otherwise
    /// it is one exactly when `B` divides `A × 10^(a−b)`, which is computed with modular arithmetic.
    ///
    /// - Parameter divisor: A number greater than zero.
    /// - Returns: Whether `self` is an integer multiple of `divisor`.
    func isMultiple(of divisor: ExactNumber) -> Bool {
        if isZero {
            return true
        }
        guard !divisor.isZero else { return false }
        let shift = exponent - divisor.exponent
        guard shift >= 0 else { return false }
        if divisor.digitCount <= Self.smallDigitLimit {
            let modulus = divisor.small
            var remainder: UInt64
            if digitCount <= Self.smallDigitLimit {
                remainder = small % modulus
            } else {
                remainder = 0
                for digit in large {
                    remainder = Self.multiplyAdd(remainder, 10, UInt64(digit), modulo: modulus)
                }
            }
            if remainder == 0 {
                return true
            }
            // remainder × 10^shift mod B, by square-and-multiply.
            var base: UInt64 = 10 % modulus
            var power = shift
            var factor: UInt64 = 1 % modulus
            while power > 0 {
                if power & 1 == 1 {
                    factor = Self.multiplyAdd(factor, base, 0, modulo: modulus)
                }
                base = Self.multiplyAdd(base, base, 0, modulo: modulus)
                power >>= 1
            }
            return Self.multiplyAdd(remainder, factor, 0, modulo: modulus) == 0
        }
        // A divisor of more than 19 digits: long division with arbitrary-precision remainders. Appending more
        // zeros than 4 × (digits of B) no longer changes whether B divides, since B's factors of 2 and 5 are
        // then all covered.
        let modulus = BigUnsigned(digits: divisor.digits)
        var remainder = BigUnsigned.zero
        for digit in digits {
            remainder.appendDecimalDigit(digit, modulo: modulus)
        }
        for _ in 0..<min(shift, 4 * divisor.digitCount + 4) {
            remainder.appendDecimalDigit(0, modulo: modulus)
        }
        return remainder.isZero
    }

    /// `(a × b + c) mod m` without overflow, for `a, b, c < m`.
    ///
    /// The full-width product's high word is below `m` because both factors are, so the division cannot trap.
    private static func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, modulo m: UInt64) -> UInt64 {
        var (high, low) = a.multipliedFullWidth(by: b)
        let (sum, overflow) = low.addingReportingOverflow(c)
        low = sum
        if overflow {
            high += 1
        }
        if high >= m {
            high %= m
        }
        return m.dividingFullWidth((high, low)).remainder
    }
}

/// A non-negative integer of any size, with just what ``ExactNumber/isMultiple(of:)`` needs.
///
/// Stored as 32-bit limbs, least significant first, without leading zero limbs.
private struct BigUnsigned {
    /// The limbs, least significant first.
    var limbs: [UInt32]

    /// Zero.
    static let zero = BigUnsigned(limbs: [])

    /// Creates a number from its limbs.
    init(limbs: [UInt32]) {
        self.limbs = limbs
    }

    /// Creates the number that decimal `digits` spell.
    init(digits: [UInt8]) {
        var value = BigUnsigned.zero
        for digit in digits {
            value.multiplyAdd(10, UInt32(digit))
        }
        self = value
    }

    /// Whether the number is zero.
    var isZero: Bool { limbs.isEmpty }

    /// Replaces the number by `self × factor + addend`.
    mutating func multiplyAdd(_ factor: UInt32, _ addend: UInt32) {
        var carry = UInt64(addend)
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * UInt64(factor) + carry
            limbs[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry > 0 {
            limbs.append(UInt32(carry))
        }
    }

    /// Replaces the remainder `self` (below `modulus`) by `(self × 10 + digit) mod modulus`.
    mutating func appendDecimalDigit(_ digit: UInt8, modulo modulus: BigUnsigned) {
        multiplyAdd(10, UInt32(digit))
        // The value is below 10 × modulus, so at most nine subtractions are needed.
        while Self.compare(self, modulus) >= 0 {
            subtract(modulus)
        }
    }

    /// Compares two numbers: -1, 0 or 1.
    static func compare(_ left: BigUnsigned, _ right: BigUnsigned) -> Int {
        if left.limbs.count != right.limbs.count {
            return left.limbs.count < right.limbs.count ? -1 : 1
        }
        for index in stride(from: left.limbs.count - 1, through: 0, by: -1)
        where left.limbs[index] != right.limbs[index] {
            return left.limbs[index] < right.limbs[index] ? -1 : 1
        }
        return 0
    }

    /// Subtracts a number that is not larger than this one.
    mutating func subtract(_ other: BigUnsigned) {
        var borrow: Int64 = 0
        for index in limbs.indices {
            var difference = Int64(limbs[index]) - borrow - (index < other.limbs.count ? Int64(other.limbs[index]) : 0)
            if difference < 0 {
                difference += 1 << 32
                borrow = 1
            } else {
                borrow = 0
            }
            limbs[index] = UInt32(difference)
        }
        while limbs.last == 0 {
            limbs.removeLast()
        }
    }
}
