extension EmailNormalization {
    /// The e-mail rule on raw ASCII bytes: the same result as ``normalize(_:)``, without creating a
    /// string.
    ///
    /// For ASCII input every step of the rule is a byte operation: whitespace is tab, LF, VT, FF,
    /// CR and space; NFC changes nothing; lowercasing is ASCII lowercasing. Input with any other
    /// byte is not handled here: ``normalize(_:into:)`` answers `nil` and the caller uses
    /// ``normalize(_:)``. A differential test runs both on random input.
    struct ASCIIRule {
        private let domains: [(name: [UInt8], rules: DomainRules)]

        init(_ normalization: EmailNormalization) {
            domains = normalization.domains.map { (Array($0.key.utf8), $0.value) }
        }

        /// Writes the canonical form of `input` into `output`, which must hold at least `input.count` bytes.
        ///
        /// - Returns: The length of the canonical form; 0 when `input` is not an address (it matches
        ///   nothing); `nil` when `input` is not all ASCII.
        func normalize(_ input: UnsafeRawBufferPointer, into output: UnsafeMutablePointer<UInt8>) -> Int? {
            guard let bytes = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
            var start = 0
            var end = input.count
            while start < end && Self.isWhitespace(bytes[start]) { start += 1 }
            while end > start && Self.isWhitespace(bytes[end - 1]) { end -= 1 }
            // The domain, from the last `@`: lowercased, one trailing dot dropped.
            var at = end - 1
            var high: UInt8 = 0
            var space = false
            while at >= start {
                let byte = bytes[at]
                if byte == UInt8(ascii: "@") { break }
                high |= byte
                space = space || Self.isWhitespace(byte)
                at -= 1
            }
            var domainEnd = end
            if domainEnd > at + 1 && bytes[domainEnd - 1] == UInt8(ascii: ".") { domainEnd -= 1 }
            for index in start..<max(start, at) { high |= bytes[index] }
            guard high < 0x80 else { return nil }
            guard at > start, domainEnd > at + 1, !space else { return 0 }
            let domainStart = at + 1
            var rules = DomainRules()
            if !domains.isEmpty {
                for entry in domains where entry.name.count == domainEnd - domainStart {
                    var same = true
                    for (offset, byte) in entry.name.enumerated()
                    where byte != Self.lowercased(bytes[domainStart + offset]) {
                        same = false
                        break
                    }
                    if same {
                        rules = entry.rules
                        break
                    }
                }
            }
            var localEnd = at
            if rules.stripPlusSuffix {
                // From the first `+`, unless the local part starts with it.
                var index = start
                while index < at && bytes[index] != UInt8(ascii: "+") { index += 1 }
                if index > start { localEnd = index }
            }
            var count = 0
            for index in start..<at {
                let byte = bytes[index]
                if Self.isWhitespace(byte) { return 0 }
                if index >= localEnd || (rules.ignoreDots && byte == UInt8(ascii: ".")) { continue }
                output[count] = rules.caseSensitiveLocalPart ? byte : Self.lowercased(byte)
                count += 1
            }
            guard count > 0 else { return 0 }
            output[count] = UInt8(ascii: "@")
            count += 1
            for index in domainStart..<domainEnd {
                output[count] = Self.lowercased(bytes[index])
                count += 1
            }
            return count
        }

        /// Whether an ASCII byte is Unicode whitespace (`Character.isWhitespace`).
        @inline(__always)
        static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
        }

        @inline(__always)
        static func lowercased(_ byte: UInt8) -> UInt8 {
            byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
    }
}
