/// One finding of a validation: what is wrong, where, how bad, and a stable code to branch on.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad a finding is.
    public enum Severity: String, Sendable, Comparable {
        /// The bundle or configuration is invalid.
        case error
        /// Suspicious, but not invalid.
        case warning

        /// Errors sort first.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs != .error }
    }

    /// A stable, machine-readable name for the kind of finding. New codes may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The name, such as `entry-checksum-mismatch`.
        public let name: String

        /// Creates a code.
        public init(_ name: String) { self.name = name }

        /// The bundle or configuration file is missing or unreadable, or the bundle is not a zip at all.
        public static let inputUnreadable = Code("input-unreadable")
        /// The zip is damaged or unsafe (zip slip, duplicates, symlinks, encryption, lying sizes).
        public static let zipInvalid = Code("zip-invalid")
        /// `manifest.json` is missing.
        public static let manifestMissing = Code("manifest-missing")
        /// `manifest.json` is not valid JSON or does not match the manifest format.
        public static let manifestInvalid = Code("manifest-invalid")
        /// The bundle declares a format or major version this Handover does not read.
        public static let formatUnsupported = Code("format-unsupported")
        /// An entry the manifest lists, or the format requires, is not in the zip.
        public static let entryMissing = Code("entry-missing")
        /// The zip holds an entry the manifest does not list.
        public static let entryUnlisted = Code("entry-unlisted")
        /// An entry's size differs from the manifest's.
        public static let entrySizeMismatch = Code("entry-size-mismatch")
        /// An entry's SHA-256 differs from the manifest's.
        public static let entryChecksumMismatch = Code("entry-checksum-mismatch")
        /// An entry cannot be extracted (damaged data, wrong CRC-32, content longer than declared).
        public static let entryDamaged = Code("entry-damaged")
        /// `data.xml` is not valid against `Schemas/v1/data.xsd` (or not well-formed, or refused).
        public static let xmlSchemaInvalid = Code("xml-schema-invalid")
        /// `data.json` or `data.xml` does not follow the bundle format.
        public static let dataInvalid = Code("data-invalid")
        /// `data.json` and `data.xml` hold different content.
        public static let dataMismatch = Code("data-mismatch")
        /// `manifest.json`, `data.json` or the configuration does not follow its JSON Schema.
        public static let jsonSchemaInvalid = Code("json-schema-invalid")
        /// `data.json` was too large to validate against its JSON Schema as a whole.
        public static let jsonSchemaSkipped = Code("json-schema-skipped")
        /// A record count differs between the manifest, `data.json` and the records themselves.
        public static let recordCountMismatch = Code("record-count-mismatch")
        /// The configuration file is invalid.
        public static let configurationInvalid = Code("configuration-invalid")

        /// The name.
        public var description: String { name }
    }

    /// Where a finding is. Every part is optional.
    public struct Location: Sendable, Equatable, CustomStringConvertible {
        /// The file examined: the bundle's zip or the configuration.
        public var file: String?
        /// The entry inside the bundle (`data.json`).
        public var entry: String?
        /// The 1-based line in the entry (or in the file, when there is no entry).
        public var line: Int?
        /// A JSON pointer to the value (`/collections/1/records/4/email`).
        public var pointer: String?

        /// Creates a location.
        public init(file: String? = nil, entry: String? = nil, line: Int? = nil, pointer: String? = nil) {
            self.file = file
            self.entry = entry
            self.line = line
            self.pointer = pointer
        }

        /// `alice.zip: data.json:12 (/collections/0/records/3)`.
        public var description: String {
            if let file, entry == nil, pointer == nil, let line { return "\(file):\(line)" }
            var parts: [String] = []
            if let file { parts.append(file) }
            var inner = entry ?? ""
            if let line { inner += inner.isEmpty ? "line \(line)" : ":\(line)" }
            if let pointer { inner += inner.isEmpty ? pointer : " (\(pointer))" }
            if !inner.isEmpty { parts.append(inner) }
            return parts.joined(separator: ": ")
        }
    }

    /// How bad it is.
    public var severity: Severity
    /// The kind of finding.
    public var code: Code
    /// What is wrong, as a sentence.
    public var message: String
    /// Where.
    public var location: Location
    /// What to do about it, when there is advice.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: Code, _ message: String, at location: Location, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// `alice.zip: data.json:12: error: message [code]`.
    public var description: String {
        let place = location.description
        return (place.isEmpty ? "" : "\(place): ") + "\(severity.rawValue): \(message) [\(code)]"
            + (hint.map { " " + $0 + ($0.hasSuffix(".") ? "" : ".") } ?? "")
    }
}
