import Foundation

/// Reads the bytes of an XML document up to its root element and refuses what Handover never
/// accepts there: a document type declaration, an encoding other than UTF-8, or anything that is not
/// an XML declaration, comment, processing instruction or whitespace.
///
/// A DOCTYPE is where entity expansion attacks (billion laughs, quadratic blow-up) and external
/// entities live, and bundle XML never needs one, so it is refused before any parser sees it. The
/// scanner is fed the document chunk by chunk, as it is read, and holds only a few bytes of state
/// (plus the XML declaration, at most ``maxDeclarationLength`` bytes).
struct XMLPrologScanner {
    /// Why a prolog is refused.
    enum Refusal: Equatable, Sendable {
        /// The document has a `<!DOCTYPE …>`.
        case documentType
        /// The document is not UTF-8 (a UTF-16 or UTF-32 byte order mark, NUL bytes, or a declared
        /// encoding other than UTF-8); the payload describes what was found.
        case notUTF8(String)
        /// Something other than markup or whitespace stands before the root element.
        case unexpectedContent
        /// The XML declaration is longer than ``maxDeclarationLength``.
        case declarationTooLong
    }

    /// What the scanner knows after a chunk.
    enum Verdict: Equatable, Sendable {
        /// The prolog goes on; feed more bytes.
        case needMore
        /// The root element starts; the rest of the document is the parser's business.
        case accepted
        /// The document must not be parsed.
        case refused(Refusal)
    }

    /// The longest XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`) accepted.
    static let maxDeclarationLength = 1024

    private enum State {
        case start, betweenMarkup, afterLessThan, afterBang, commentOpening
        case inComment(dashes: Int)
        case inProcessingInstruction(sawQuestionMark: Bool)
        case finished(Verdict)
    }

    private var state = State.start
    private var byteOrderMarkBytes = 0
    /// The text of the first processing instruction while it is read, when it may be the XML declaration.
    private var declaration: [UInt8]? = nil
    private var isFirstMarkup = true
    /// The 1-based line the scanner has reached.
    private(set) var line = 1

    /// Scans the next chunk of the document.
    ///
    /// - Parameter bytes: The chunk; chunks must be given in order.
    /// - Returns: ``Verdict/needMore`` while the prolog goes on, else the final verdict (repeated for
    ///   any later chunk).
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Verdict {
        for byte in bytes {
            if case .finished(let verdict) = state { return verdict }
            if byte == 0x0A { line += 1 }
            step(byte)
        }
        if case .finished(let verdict) = state { return verdict }
        return .needMore
    }

    /// Reports the end of the document: a document that ends inside its prolog has no root element,
    /// which the parser reports better, so the scanner lets it through.
    var verdictAtEnd: Verdict {
        if case .finished(let verdict) = state { return verdict }
        return .accepted
    }

    private mutating func step(_ byte: UInt8) {
        switch state {
        case .start:
            if byteOrderMarkBytes < 3 && byte == [0xEF, 0xBB, 0xBF][byteOrderMarkBytes] {
                byteOrderMarkBytes += 1
                return
            }
            if byteOrderMarkBytes > 0 && byteOrderMarkBytes < 3 {
                return refuse(.notUTF8("a broken UTF-8 byte order mark"))
            }
            if byte == 0xFE || byte == 0xFF {
                return refuse(.notUTF8("a UTF-16 byte order mark"))
            }
            state = .betweenMarkup
            step(byte)
        case .betweenMarkup:
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: return
            case UInt8(ascii: "<"): state = .afterLessThan
            case 0: refuse(.notUTF8("NUL bytes, as UTF-16 or UTF-32 text has"))
            default: refuse(.unexpectedContent)
            }
        case .afterLessThan:
            switch byte {
            case UInt8(ascii: "?"):
                declaration = isFirstMarkup ? [] : nil
                isFirstMarkup = false
                state = .inProcessingInstruction(sawQuestionMark: false)
            case UInt8(ascii: "!"):
                isFirstMarkup = false
                state = .afterBang
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"),
                UInt8(ascii: ":"), 0x80...0xFF:
                state = .finished(.accepted)
            case 0: refuse(.notUTF8("NUL bytes, as UTF-16 or UTF-32 text has"))
            default: refuse(.unexpectedContent)
            }
        case .afterBang:
            switch byte {
            case UInt8(ascii: "-"): state = .commentOpening
            case UInt8(ascii: "D"), UInt8(ascii: "d"): refuse(.documentType)
            default: refuse(.unexpectedContent)
            }
        case .commentOpening:
            if byte == UInt8(ascii: "-") {
                state = .inComment(dashes: 0)
            } else {
                refuse(.unexpectedContent)
            }
        case .inComment(let dashes):
            if byte == UInt8(ascii: "-") {
                state = .inComment(dashes: min(dashes + 1, 2))
            } else if byte == UInt8(ascii: ">") && dashes >= 2 {
                state = .betweenMarkup
            } else {
                state = .inComment(dashes: 0)
            }
        case .inProcessingInstruction(let sawQuestionMark):
            if sawQuestionMark && byte == UInt8(ascii: ">") {
                if let text = declaration {
                    declaration = nil
                    if let refusal = Self.checkDeclaration(text.dropLast()) { return refuse(refusal) }
                }
                state = .betweenMarkup
                return
            }
            if declaration != nil {
                guard declaration!.count < Self.maxDeclarationLength else { return refuse(.declarationTooLong) }
                declaration!.append(byte)
            }
            state = .inProcessingInstruction(sawQuestionMark: byte == UInt8(ascii: "?"))
        case .finished:
            return
        }
    }

    private mutating func refuse(_ refusal: Refusal) {
        state = .finished(.refused(refusal))
    }

    /// Checks the body of the first processing instruction (between `<?` and `?>`): when it is the
    /// XML declaration, a declared encoding must be UTF-8.
    private static func checkDeclaration(_ body: ArraySlice<UInt8>) -> Refusal? {
        let text = String(decoding: body, as: UTF8.self)
        guard text.hasPrefix("xml"), text.count == 3 || text.dropFirst(3).first?.isWhitespace == true else {
            return nil
        }
        guard let range = text.range(of: "encoding") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let name = rest.dropFirst().prefix { $0 != quote }
        return name.lowercased() == "utf-8" ? nil : .notUTF8("the declared encoding '\(name)'")
    }
}
