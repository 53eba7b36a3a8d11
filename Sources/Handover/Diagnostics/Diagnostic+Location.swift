extension Diagnostic {
    /// Where a finding is: in a configuration, a source file, or an entry of a bundle. Every part is
    /// optional; ``description`` shows what is known.
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        /// The file, as the user named it: a configuration, a source's file (or a source id for
        /// sources that are not files), or a bundle's zip.
        public var file: String?
        /// The entry inside a bundle (`data.json`).
        public var entry: String?
        /// The 1-based line in the entry (or in the file, when there is no entry).
        public var line: Int?
        /// The 1-based column in that line.
        public var column: Int?
        /// The field, column or configuration key concerned.
        public var field: String?
        /// A JSON pointer to the value (`/collections/1/records/4/email`).
        public var pointer: String?

        /// Creates a location from whatever parts are known.
        public init(
            file: String? = nil, entry: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil,
            pointer: String? = nil
        ) {
            self.file = file
            self.entry = entry
            self.line = line
            self.column = column
            self.field = field
            self.pointer = pointer
        }

        /// Whether no part is known.
        public var isEmpty: Bool {
            file == nil && entry == nil && line == nil && column == nil && field == nil && pointer == nil
        }

        /// `shop.csv:14:3, field 'email'` in a file; `alice.zip: data.json:12 (/collections/0/records/3)`
        /// in a bundle.
        public var description: String {
            var text: String
            if entry == nil && pointer == nil {
                text = file ?? ""
                if let line { text += text.isEmpty ? "line \(line)" : ":\(line)" }
                if let column, line != nil { text += ":\(column)" }
            } else {
                var inner = entry ?? ""
                if let line { inner += inner.isEmpty ? "line \(line)" : ":\(line)" }
                if let pointer { inner += inner.isEmpty ? pointer : " (\(pointer))" }
                text = [file, inner].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            }
            if let field { text += text.isEmpty ? "field '\(field)'" : ", field '\(field)'" }
            return text
        }
    }
}
