/// A Unicode property that `\p{…}` can name.
///
/// General categories (`L`, `Letter`, `Lu`, `General_Category=Nd`, …) and the binary properties that the Swift
/// standard library exposes. Script properties (`Script=Greek`) are not available and are refused when the
/// pattern is compiled.
enum UnicodeProperty: Sendable, Equatable {
    /// Scalars whose general category is in the mask (bit positions from ``categoryBit(_:)``).
    case categories(UInt32)
    /// Every scalar.
    case any
    /// U+0000–U+007F.
    case ascii
    /// Scalars that are assigned (not category Cn).
    case assigned
    /// A binary property from `Unicode.Scalar.Properties`.
    case binary(BinaryProperty)

    /// The binary properties supported by name.
    enum BinaryProperty: String, Sendable, CaseIterable {
        case alphabetic = "Alphabetic"
        case asciiHexDigit = "ASCII_Hex_Digit"
        case bidiControl = "Bidi_Control"
        case bidiMirrored = "Bidi_Mirrored"
        case cased = "Cased"
        case caseIgnorable = "Case_Ignorable"
        case dash = "Dash"
        case defaultIgnorableCodePoint = "Default_Ignorable_Code_Point"
        case deprecated = "Deprecated"
        case diacritic = "Diacritic"
        case emoji = "Emoji"
        case emojiComponent = "Emoji_Component"
        case emojiModifier = "Emoji_Modifier"
        case emojiModifierBase = "Emoji_Modifier_Base"
        case emojiPresentation = "Emoji_Presentation"
        case extender = "Extender"
        case hexDigit = "Hex_Digit"
        case idContinue = "ID_Continue"
        case idStart = "ID_Start"
        case ideographic = "Ideographic"
        case idsBinaryOperator = "IDS_Binary_Operator"
        case idsTrinaryOperator = "IDS_Trinary_Operator"
        case joinControl = "Join_Control"
        case logicalOrderException = "Logical_Order_Exception"
        case lowercase = "Lowercase"
        case math = "Math"
        case noncharacterCodePoint = "Noncharacter_Code_Point"
        case patternSyntax = "Pattern_Syntax"
        case patternWhiteSpace = "Pattern_White_Space"
        case quotationMark = "Quotation_Mark"
        case radical = "Radical"
        case sentenceTerminal = "Sentence_Terminal"
        case softDotted = "Soft_Dotted"
        case terminalPunctuation = "Terminal_Punctuation"
        case unifiedIdeograph = "Unified_Ideograph"
        case uppercase = "Uppercase"
        case variationSelector = "Variation_Selector"
        case whiteSpace = "White_Space"
        case xidContinue = "XID_Continue"
        case xidStart = "XID_Start"
    }

    /// Tells whether a scalar has the property.
    func contains(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else {
            // Surrogate code points never occur in Swift strings.
            if case .categories(let mask) = self {
                return mask & (1 << 28) != 0
            }
            return self == .any
        }
        switch self {
        case .categories(let mask):
            return mask & (1 << Self.categoryBit(scalar.properties.generalCategory)) != 0
        case .any:
            return true
        case .ascii:
            return value < 0x80
        case .assigned:
            return scalar.properties.generalCategory != .unassigned
        case .binary(let property):
            let properties = scalar.properties
            switch property {
            case .alphabetic: return properties.isAlphabetic
            case .asciiHexDigit: return properties.isASCIIHexDigit
            case .bidiControl: return properties.isBidiControl
            case .bidiMirrored: return properties.isBidiMirrored
            case .cased: return properties.isCased
            case .caseIgnorable: return properties.isCaseIgnorable
            case .dash: return properties.isDash
            case .defaultIgnorableCodePoint: return properties.isDefaultIgnorableCodePoint
            case .deprecated: return properties.isDeprecated
            case .diacritic: return properties.isDiacritic
            case .emoji: return properties.isEmoji
            case .emojiComponent:
                // Not in the standard library; the list of Unicode 15's emoji-data.txt.
                switch value {
                case 0x23, 0x2A, 0x30...0x39, 0x200D, 0x20E3, 0xFE0F, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF,
                    0x1F9B0...0x1F9B3, 0xE0020...0xE007F:
                    return true
                default:
                    return false
                }
            case .emojiModifier: return properties.isEmojiModifier
            case .emojiModifierBase: return properties.isEmojiModifierBase
            case .emojiPresentation: return properties.isEmojiPresentation
            case .extender: return properties.isExtender
            case .hexDigit: return properties.isHexDigit
            case .idContinue: return properties.isIDContinue
            case .idStart: return properties.isIDStart
            case .ideographic: return properties.isIdeographic
            case .idsBinaryOperator: return properties.isIDSBinaryOperator
            case .idsTrinaryOperator: return properties.isIDSTrinaryOperator
            case .joinControl: return properties.isJoinControl
            case .logicalOrderException: return properties.isLogicalOrderException
            case .lowercase: return properties.isLowercase
            case .math: return properties.isMath
            case .noncharacterCodePoint: return properties.isNoncharacterCodePoint
            case .patternSyntax: return properties.isPatternSyntax
            case .patternWhiteSpace: return properties.isPatternWhitespace
            case .quotationMark: return properties.isQuotationMark
            case .radical: return properties.isRadical
            case .sentenceTerminal: return properties.isSentenceTerminal
            case .softDotted: return properties.isSoftDotted
            case .terminalPunctuation: return properties.isTerminalPunctuation
            case .unifiedIdeograph: return properties.isUnifiedIdeograph
            case .uppercase: return properties.isUppercase
            case .variationSelector: return properties.isVariationSelector
            case .whiteSpace: return properties.isWhitespace
            case .xidContinue: return properties.isXIDContinue
            case .xidStart: return properties.isXIDStart
            }
        }
    }

    /// The bit of a general category in a ``categories(_:)`` mask.
    static func categoryBit(_ category: Unicode.GeneralCategory) -> UInt32 {
        switch category {
        case .uppercaseLetter: return 0
        case .lowercaseLetter: return 1
        case .titlecaseLetter: return 2
        case .modifierLetter: return 3
        case .otherLetter: return 4
        case .nonspacingMark: return 5
        case .spacingMark: return 6
        case .enclosingMark: return 7
        case .decimalNumber: return 8
        case .letterNumber: return 9
        case .otherNumber: return 10
        case .connectorPunctuation: return 11
        case .dashPunctuation: return 12
        case .openPunctuation: return 13
        case .closePunctuation: return 14
        case .initialPunctuation: return 15
        case .finalPunctuation: return 16
        case .otherPunctuation: return 17
        case .mathSymbol: return 18
        case .currencySymbol: return 19
        case .modifierSymbol: return 20
        case .otherSymbol: return 21
        case .spaceSeparator: return 22
        case .lineSeparator: return 23
        case .paragraphSeparator: return 24
        case .control: return 25
        case .format: return 26
        case .privateUse: return 27
        case .surrogate: return 28
        case .unassigned: return 29
        @unknown default: return 29
        }
    }

    /// The general category values by their short and long names, with their masks.
    private static let categoryNames: [String: UInt32] = {
        let single: [(String, String, UInt32)] = [
            ("Lu", "Uppercase_Letter", 0), ("Ll", "Lowercase_Letter", 1), ("Lt", "Titlecase_Letter", 2),
            ("Lm", "Modifier_Letter", 3), ("Lo", "Other_Letter", 4), ("Mn", "Nonspacing_Mark", 5),
            ("Mc", "Spacing_Mark", 6), ("Me", "Enclosing_Mark", 7), ("Nd", "Decimal_Number", 8),
            ("Nl", "Letter_Number", 9), ("No", "Other_Number", 10), ("Pc", "Connector_Punctuation", 11),
            ("Pd", "Dash_Punctuation", 12), ("Ps", "Open_Punctuation", 13), ("Pe", "Close_Punctuation", 14),
            ("Pi", "Initial_Punctuation", 15), ("Pf", "Final_Punctuation", 16), ("Po", "Other_Punctuation", 17),
            ("Sm", "Math_Symbol", 18), ("Sc", "Currency_Symbol", 19), ("Sk", "Modifier_Symbol", 20),
            ("So", "Other_Symbol", 21), ("Zs", "Space_Separator", 22), ("Zl", "Line_Separator", 23),
            ("Zp", "Paragraph_Separator", 24), ("Cc", "Control", 25), ("Cf", "Format", 26),
            ("Co", "Private_Use", 27), ("Cs", "Surrogate", 28), ("Cn", "Unassigned", 29),
        ]
        var names: [String: UInt32] = [:]
        for (short, long, bit) in single {
            names[short] = 1 << bit
            names[long] = 1 << bit
        }
        let groups: [(String, String, [UInt32])] = [
            ("L", "Letter", [0, 1, 2, 3, 4]), ("LC", "Cased_Letter", [0, 1, 2]), ("M", "Mark", [5, 6, 7]),
            ("N", "Number", [8, 9, 10]), ("P", "Punctuation", [11, 12, 13, 14, 15, 16, 17]),
            ("S", "Symbol", [18, 19, 20, 21]), ("Z", "Separator", [22, 23, 24]),
            ("C", "Other", [25, 26, 27, 28, 29]),
        ]
        for (short, long, bits) in groups {
            let mask = bits.reduce(UInt32(0)) { $0 | 1 << $1 }
            names[short] = mask
            names[long] = mask
        }
        // Aliases that ECMA-262 also accepts, and `digit`, which other regex dialects use for Nd.
        names["Combining_Mark"] = names["M"]
        names["punct"] = names["P"]
        names["digit"] = names["Nd"]
        return names
    }()

    /// Looks a property up by the text between the braces of `\p{…}`.
    ///
    /// - Parameter text: `Name`, `Name=Value` (only `General_Category`/`gc`) or a lone value.
    /// - Returns: The property, or `nil` if it is unknown or unsupported (scripts).
    static func named(_ text: String) -> UnicodeProperty? {
        if let equals = text.firstIndex(of: "=") {
            let name = text[..<equals]
            let value = String(text[text.index(after: equals)...])
            guard name == "General_Category" || name == "gc" else { return nil }
            return categoryNames[value].map { .categories($0) }
        }
        if let mask = categoryNames[text] {
            return .categories(mask)
        }
        switch text {
        case "Any": return .any
        case "ASCII": return .ascii
        case "Assigned": return .assigned
        case "Alpha": return .binary(.alphabetic)
        case "Upper": return .binary(.uppercase)
        case "Lower": return .binary(.lowercase)
        case "space": return .binary(.whiteSpace)
        case "AHex": return .binary(.asciiHexDigit)
        case "Hex": return .binary(.hexDigit)
        case "IDS": return .binary(.idStart)
        case "IDC": return .binary(.idContinue)
        case "Ideo": return .binary(.ideographic)
        case "EPres": return .binary(.emojiPresentation)
        case "EBase": return .binary(.emojiModifierBase)
        case "EMod": return .binary(.emojiModifier)
        case "EComp": return .binary(.emojiComponent)
        default: return BinaryProperty(rawValue: text).map { .binary($0) }
        }
    }
}
