extension String {
    /// The text with every character that could move the cursor, change colours, start a new line
    /// or reorder what follows written as `\u{…}` instead: C0 and C1 controls (newline, ESC), DEL,
    /// the line and paragraph separators and the bidirectional overrides and isolates.
    ///
    /// Messages name files, entries and fields that come from the input (a zip's entry names, a
    /// CSV header), so that a crafted name could otherwise fake a report line (`alice.zip: valid`)
    /// or hide one with ANSI escapes.
    public var escapingTerminalControls: String {
        guard unicodeScalars.contains(where: Self.isControl) else { return self }
        var escaped = ""
        escaped.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if Self.isControl(scalar) {
                escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
