import JSONCore
import Testing

@testable import JSONSchema

/// Numbers compare and divide as exact decimals.
struct ExactNumberTests {
    /// Parses number text that must be valid.
    private func number(_ text: String) throws -> ExactNumber {
        try #require(ExactNumber(text))
    }

    @Test func equalValuesWithDifferentSpellings() throws {
        #expect(try number("1") == number("1.0"))
        #expect(try number("1") == number("10e-1"))
        #expect(try number("-0") == number("0.000"))
        #expect(try number("1200") == number("1.2e3"))
        #expect(try number("1") != number("1.0000000000000000000001"))
    }

    @Test func comparison() throws {
        let ordered = [
            "-1e400", "-18446744073709551616", "-1.5", "-1", "-0.001", "0", "1e-400", "0.1", "0.30000000000000004", "1",
            "18446744073709551615", "18446744073709551616", "98249283749234923498293171823948729348710298301928331",
            "1e308", "1e400",
        ]
        for (index, text) in ordered.enumerated() {
            for (otherIndex, other) in ordered.enumerated() {
                let expected = index < otherIndex ? -1 : (index == otherIndex ? 0 : 1)
                #expect(try ExactNumber.compare(number(text), number(other)) == expected, "\(text) vs \(other)")
            }
        }
    }

    @Test func integers() throws {
        #expect(try number("5").isInteger)
        #expect(try number("5.0").isInteger)
        #expect(try number("1.5e1").isInteger)
        #expect(try !number("1.5").isInteger)
        #expect(try !number("1e-1").isInteger)
        #expect(try number("12345678910111213141516171819202122232425262728293031").isInteger)
        #expect(try number("-12e3").intValue == -12_000)
        #expect(try number("1e30").intValue == nil)
    }

    @Test func multiplesAreExact() throws {
        let cases: [(String, String, Bool)] = [
            ("0.3", "0.1", true), ("19.99", "0.01", true), ("0.075", "0.0001", true), ("1.005", "0.01", false),
            ("4.5", "1.5", true), ("4", "1.5", false), ("0", "7", true), ("1e308", "0.5", true), ("7.5", "2.5", true),
            ("123456789012345678901234567890", "10", true), ("123456789012345678901234567891", "10", false),
            ("1e50", "3", false), ("3e50", "3", true),
            ("100000000000000000000000000000", "100000000000000000000000000000", true),
            ("200000000000000000000000000000", "100000000000000000000000000000", true),
            ("150000000000000000000000000000", "100000000000000000000000000000", false),
            ("1e1000", "2e-1000", true),
        ]
        for (dividend, divisor, expected) in cases {
            #expect(try number(dividend).isMultiple(of: number(divisor)) == expected, "\(dividend) / \(divisor)")
        }
    }

    @Test func notNumbers() {
        for text in ["", "-", "1.", ".5", "1e", "+1", "0x10", "1 "] {
            #expect(ExactNumber(text) == nil, "\(text)")
        }
    }

    @Test func keywordsUseExactArithmetic() throws {
        let money = try validator(#"{"multipleOf": 0.01, "minimum": 0.1, "exclusiveMaximum": 18446744073709551616}"#)
        #expect(money.isValid(try json("19.99")))
        #expect(money.isValid(try json("0.10")))
        #expect(money.isValid(try json("18446744073709551615")))
        #expect(!money.isValid(try json("18446744073709551616")))
        #expect(!money.isValid(try json("0.09")))
        #expect(!money.isValid(try json("0.015")))
        let enumeration = try validator(#"{"enum": [1, {"a": [2.0]}]}"#)
        #expect(enumeration.isValid(try json("1.0")))
        #expect(enumeration.isValid(try json(#"{"a": [2]}"#)))
        #expect(!enumeration.isValid(try json(#"{"a": [2.5]}"#)))
        let unique = try validator(#"{"uniqueItems": true}"#)
        #expect(!unique.isValid(try json("[1, 1.0]")))
        #expect(!unique.isValid(try json(#"[{"a": 1, "b": 2}, {"b": 2.0, "a": 1}]"#)))
        let many = "[" + (0..<100).map(String.init).joined(separator: ",") + ",99.0]"
        #expect(!unique.isValid(try json(many)))
    }
}
