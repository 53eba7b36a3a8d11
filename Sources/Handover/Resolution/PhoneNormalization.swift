/// The rule that brings telephone numbers to E.164 (`+31612345678`).
///
/// Spaces, dots, dashes, slashes and parentheses are removed. A number starting with `+` or the
/// international prefix `00` keeps its country code, and a `(0)` in it (`+32 (0)470 12 34 56`, the
/// trunk prefix that only national callers dial) is dropped. A national number (starting with the
/// trunk prefix, `0` in most of Europe) gets the default country's code in place of the trunk prefix;
/// in countries without a trunk prefix (Denmark, Norway, Italy, Luxembourg, …) the country code is
/// put in front. The result must hold 8 to 15 digits; anything else (letters, an extension, too
/// few digits) is not a phone number and matches nothing.
public struct PhoneNormalization: Sendable, Equatable {
    /// The country whose national numbers are expected (ISO 3166-1 alpha-2), or `nil` to accept
    /// international numbers only.
    public var defaultCountry: String?

    /// Creates the phone rule.
    ///
    /// - Parameter defaultCountry: An ISO 3166-1 alpha-2 code from ``PhoneNormalization/countries``.
    public init(defaultCountry: String? = nil) {
        self.defaultCountry = defaultCountry?.uppercased()
    }

    /// Calling code and trunk prefix per country, for the countries Handover knows.
    public static let countries: [String: (callingCode: String, trunkPrefix: String)] = [
        "AT": ("43", "0"), "BE": ("32", "0"), "BG": ("359", "0"), "CH": ("41", "0"), "CY": ("357", ""),
        "CZ": ("420", ""), "DE": ("49", "0"), "DK": ("45", ""), "EE": ("372", ""), "ES": ("34", ""),
        "FI": ("358", "0"), "FR": ("33", "0"), "GB": ("44", "0"), "GR": ("30", ""), "HR": ("385", "0"),
        "HU": ("36", "06"), "IE": ("353", "0"), "IS": ("354", ""), "IT": ("39", ""), "LI": ("423", ""),
        "LT": ("370", "8"), "LU": ("352", ""), "LV": ("371", ""), "MT": ("356", ""), "NL": ("31", "0"),
        "NO": ("47", ""), "PL": ("48", ""), "PT": ("351", ""), "RO": ("40", "0"), "SE": ("46", "0"),
        "SI": ("386", "0"), "SK": ("421", "0"), "US": ("1", "1"), "CA": ("1", "1"),
    ]

    /// The E.164 form of `text`, or `nil` when it is not a phone number.
    public func normalize(_ text: String) -> String? {
        var digits = ""
        var international = false
        var sawSomething = false
        var text = text.trimmingUnicodeWhitespace()
        if text.hasPrefix("+") || text.hasPrefix("00") {
            text = text.replacing("(0)", with: "")
        }
        for character in text {
            switch character {
            case "0"..."9":
                digits.append(character)
                sawSomething = true
            case "+" where !sawSomething:
                international = true
                sawSomething = true
            case " ", ".", "-", "/", "(", ")", "\u{00A0}":
                continue
            default:
                return nil
            }
        }
        if !international && digits.hasPrefix("00") {
            international = true
            digits.removeFirst(2)
        }
        if !international {
            guard let country = defaultCountry, let (code, trunk) = Self.countries[country] else { return nil }
            if !trunk.isEmpty && digits.hasPrefix(trunk) {
                digits.removeFirst(trunk.count)
            } else if !trunk.isEmpty && trunk != "1" {
                return nil
            }
            digits = code + digits
        }
        guard (8...15).contains(digits.count), digits.first != "0" else { return nil }
        return "+" + digits
    }
}
