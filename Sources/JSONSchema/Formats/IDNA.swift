/// IDNA2008 label rules (RFC 5891, RFC 5892, RFC 5893), as far as the Swift standard library's Unicode data
/// allows.
///
/// Code points are classified by the derivation of RFC 5892 §3 (exceptions, LDH, join controls, characters
/// that change under NFKC case folding, default-ignorables, letters and digits). The contextual rules of
/// RFC 5892 appendix A are applied, with Greek, Hebrew, Hiragana, Katakana and Han told apart by block ranges
/// and Arabic joining types approximated, since the standard library has no script or joining-type property.
/// The Bidi rule (RFC 5893) uses an approximate bidirectional class for the same reason. Labels are not
/// checked for Unicode normalization form C.
enum IDNA {
    /// The IDNA2008 status of a code point.
    private enum Status {
        case valid
        case contextJ
        case contextO
        case disallowed
    }

    /// Tells whether the text after `xn--` is a valid A-label: canonical Punycode of a valid U-label that is
    /// not all ASCII.
    static func isALabel(_ punycode: String) -> Bool {
        guard let decoded = Punycode.decode(punycode), !decoded.allSatisfy(\.isASCII),
            Punycode.encode(decoded) == punycode.lowercased(), isULabel(decoded)
        else { return false }
        return satisfiesBidiRule([decoded])
    }

    /// Tells whether scalars form a valid U-label.
    static func isULabel(_ label: [Unicode.Scalar]) -> Bool {
        guard let first = label.first, label.first != "-", label.last != "-" else { return false }
        if label.count >= 4 && label[2] == "-" && label[3] == "-" {
            return false
        }
        switch first.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return false
        default:
            break
        }
        for (index, scalar) in label.enumerated() {
            switch status(scalar) {
            case .valid:
                continue
            case .disallowed:
                return false
            case .contextJ:
                guard joinerIsAllowed(at: index, in: label) else { return false }
            case .contextO:
                guard otherContextIsAllowed(at: index, in: label) else { return false }
            }
        }
        return true
    }

    /// The status of a code point by RFC 5892 §3.
    private static func status(_ scalar: Unicode.Scalar) -> Status {
        let value = scalar.value
        switch value {
        case 0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007:
            return .valid
        case 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB, 0x0660...0x0669, 0x06F0...0x06F9:
            return .contextO
        case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B:
            return .disallowed
        case 0x61...0x7A, 0x30...0x39, 0x2D:
            return .valid
        case 0x200C, 0x200D:
            return .contextJ
        default:
            break
        }
        let properties = scalar.properties
        if properties.generalCategory == .unassigned {
            return .disallowed
        }
        if properties.changesWhenNFKCCaseFolded || properties.isDefaultIgnorableCodePoint || properties.isWhitespace
            || properties.isNoncharacterCodePoint
        {
            return .disallowed
        }
        switch value {
        case 0x20D0...0x20FF, 0x1D100...0x1D1FF, 0x1D200...0x1D24F:
            return .disallowed
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF:
            // Conjoining (old) Hangul jamo.
            return .disallowed
        default:
            break
        }
        switch properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .otherLetter, .decimalNumber, .modifierLetter, .nonspacingMark,
            .spacingMark:
            return .valid
        default:
            return .disallowed
        }
    }

    /// The CONTEXTJ rules for ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER (RFC 5892 A.1, A.2).
    private static func joinerIsAllowed(at index: Int, in label: [Unicode.Scalar]) -> Bool {
        if index > 0 && label[index - 1].properties.canonicalCombiningClass.rawValue == 9 {
            return true
        }
        guard label[index] == "\u{200C}" else { return false }
        // (Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D})
        var before = index - 1
        while before >= 0 && joiningType(label[before]) == .transparent {
            before -= 1
        }
        var after = index + 1
        while after < label.count && joiningType(label[after]) == .transparent {
            after += 1
        }
        guard before >= 0, after < label.count else { return false }
        let left = joiningType(label[before])
        let right = joiningType(label[after])
        return (left == .left || left == .dual) && (right == .right || right == .dual)
    }

    /// The CONTEXTO rules (RFC 5892 A.3–A.9).
    private static func otherContextIsAllowed(at index: Int, in label: [Unicode.Scalar]) -> Bool {
        let value = label[index].value
        switch value {
        case 0x00B7:
            return index > 0 && index + 1 < label.count && label[index - 1] == "l" && label[index + 1] == "l"
        case 0x0375:
            return index + 1 < label.count && isGreek(label[index + 1].value)
        case 0x05F3, 0x05F4:
            return index > 0 && isHebrew(label[index - 1].value)
        case 0x30FB:
            return label.contains { $0.value != 0x30FB && isJapanese($0.value) }
        case 0x0660...0x0669:
            return !label.contains { (0x06F0...0x06F9).contains($0.value) }
        case 0x06F0...0x06F9:
            return !label.contains { (0x0660...0x0669).contains($0.value) }
        default:
            return false
        }
    }

    /// Whether a code point is in the Greek blocks (approximating Script=Greek).
    private static func isGreek(_ value: UInt32) -> Bool {
        ((0x0370...0x03FF).contains(value) && ![0x0374, 0x0375, 0x037E, 0x0385, 0x0387].contains(value))
            || (0x1F00...0x1FFF).contains(value)
    }

    /// Whether a code point is in the Hebrew blocks (approximating Script=Hebrew).
    private static func isHebrew(_ value: UInt32) -> Bool {
        (0x0591...0x05F4).contains(value) || (0xFB1D...0xFB4F).contains(value)
    }

    /// Whether a code point is Hiragana, Katakana or Han (by block).
    private static func isJapanese(_ value: UInt32) -> Bool {
        switch value {
        case 0x3041...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9D, 0x2E80...0x2FDF, 0x3005, 0x3007,
            0x3021...0x3029, 0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F:
            return true
        default:
            return false
        }
    }

    /// Arabic joining types, as far as the rule for ZERO WIDTH NON-JOINER needs them.
    private enum JoiningType {
        case dual
        case left
        case right
        case transparent
        case nonJoining
    }

    /// Right-joining letters of the Arabic block (the rest of its letters are dual-joining).
    private static let rightJoining: Set<UInt32> = [
        0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062F, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0672,
        0x0673, 0x0675, 0x0676, 0x0677, 0x0688, 0x0689, 0x068A, 0x068B, 0x068C, 0x068D, 0x068E, 0x068F, 0x0690,
        0x0691, 0x0692, 0x0693, 0x0694, 0x0695, 0x0696, 0x0697, 0x0698, 0x0699, 0x06C0, 0x06C3, 0x06C4, 0x06C5,
        0x06C6, 0x06C7, 0x06C8, 0x06C9, 0x06CA, 0x06CB, 0x06CD, 0x06CF, 0x06D2, 0x06D3, 0x06D5, 0x06EE, 0x06EF,
        0x0759, 0x075A, 0x075B, 0x076B, 0x076C, 0x0771, 0x0773, 0x0774, 0x0778, 0x0779,
    ]

    /// The approximate joining type of a code point.
    private static func joiningType(_ scalar: Unicode.Scalar) -> JoiningType {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return .transparent
        case .format where value != 0x200C && value != 0x200D:
            return .transparent
        case .otherLetter, .modifierLetter:
            if rightJoining.contains(value) {
                return .right
            }
            switch value {
            case 0x0620...0x06FF, 0x0710...0x074F, 0x0750...0x077F, 0x07CA...0x07EA, 0x08A0...0x08FF:
                return .dual
            default:
                return .nonJoining
            }
        default:
            return .nonJoining
        }
    }

    /// The bidirectional classes the Bidi rule distinguishes.
    private enum BidiClass {
        case leftToRight
        case rightToLeft
        case arabicLetter
        case europeanNumber
        case arabicNumber
        case nonSpacingMark
        case other
    }

    /// An approximate bidirectional class, from blocks and general categories.
    private static func bidiClass(_ scalar: Unicode.Scalar) -> BidiClass {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x06F0...0x06F9, 0xFF10...0xFF19:
            return .europeanNumber
        case 0x0600...0x0605, 0x0660...0x0669, 0x066B, 0x066C, 0x06DD, 0x08E2:
            return .arabicNumber
        default:
            break
        }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark {
            return .nonSpacingMark
        }
        switch value {
        case 0x0590...0x05FF, 0x07C0...0x085F, 0xFB1D...0xFB4F, 0x10800...0x10FFF, 0x1E800...0x1EDFF:
            return .rightToLeft
        case 0x0600...0x07BF, 0x0860...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0x1EE00...0x1EEFF:
            return .arabicLetter
        default:
            break
        }
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark:
            return .leftToRight
        default:
            return .other
        }
    }

    /// The Bidi rule of RFC 5893 §2, applied to every label when any label holds a right-to-left character.
    static func satisfiesBidiRule(_ labels: [[Unicode.Scalar]]) -> Bool {
        let isBidiDomain = labels.contains { label in
            label.contains { [.rightToLeft, .arabicLetter, .arabicNumber].contains(bidiClass($0)) }
        }
        guard isBidiDomain else { return true }
        for label in labels {
            let classes = label.map(bidiClass)
            guard let first = classes.first else { return false }
            let significant = classes.reversed().first { $0 != .nonSpacingMark } ?? first
            switch first {
            case .rightToLeft, .arabicLetter:
                let allowed: Set<BidiClass> = [
                    .rightToLeft, .arabicLetter, .arabicNumber, .europeanNumber, .other, .nonSpacingMark,
                ]
                guard classes.allSatisfy(allowed.contains),
                    [.rightToLeft, .arabicLetter, .europeanNumber, .arabicNumber].contains(significant),
                    !(classes.contains(.europeanNumber) && classes.contains(.arabicNumber))
                else { return false }
            case .leftToRight:
                let allowed: Set<BidiClass> = [.leftToRight, .europeanNumber, .other, .nonSpacingMark]
                guard classes.allSatisfy(allowed.contains), [.leftToRight, .europeanNumber].contains(significant)
                else { return false }
            default:
                return false
            }
        }
        return true
    }
}
