/// JSON text of values: one writer for the whole package (bundle writers, record values from nested
/// JSON, validation messages, the CLI's JSON reports).
extension JSONValue {
    /// The value as compact JSON text: no whitespace, members in source order, numbers as written.
    ///
    /// - Parameter limit: Stop appending once the text holds more than this many UTF-8 bytes, for
    ///   messages that show a short excerpt; the text may then end in the middle of a value.
    /// - Returns: The text, for example `{"a":[1,2]}`.
    public func compactText(limit: Int = .max) -> String {
        var output = ""
        write(into: &output, limit: limit)
        return output
    }

    private func write(into output: inout String, limit: Int) {
        guard output.utf8.count <= limit else { return }
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): output += Self.quoted(text)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(into: &output, limit: limit)
                if output.utf8.count > limit { return }
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                output += Self.quoted(member.key) + ":"
                member.value.write(into: &output, limit: limit)
                if output.utf8.count > limit { return }
            }
            output += "}"
        }
    }

    /// `text` as a JSON string literal.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal to `output`: quotes, `\"`, `\\`, `\n`, `\r`, `\t`, and
    /// `\u00XX` for other control characters; everything else as UTF-8. Byte-level, for writers
    /// that stream large documents.
    public static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
