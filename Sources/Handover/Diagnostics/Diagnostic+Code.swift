extension Diagnostic {
    /// A stable, machine-readable name for a kind of finding or failure. New codes may be added in
    /// minor versions; programs branch on them (the CLI maps each to its exit code).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The name, such as `entry-checksum-mismatch`.
        public let name: String

        /// Creates a code.
        public init(_ name: String) { self.name = name }

        /// The name.
        public var description: String { name }

        // MARK: Exporting

        /// The configuration file is malformed or says something inconsistent.
        public static let configurationInvalid = Code("configuration-invalid")
        /// A file that must be read does not exist or cannot be opened.
        public static let inputMissing = Code("input-missing")
        /// Data Handover refuses as it is: a source's malformed CSV or JSON, a field the configuration
        /// does not map, a value of the wrong type; or a bundle's `data.json` or `data.xml` that does
        /// not follow the bundle format.
        public static let dataInvalid = Code("data-invalid")
        /// The bundle could not be written to its target.
        public static let outputFailed = Code("output-failed")
        /// A file exists at the target, and replacing it was not allowed.
        public static let outputExists = Code("output-exists")
        /// Reading or writing failed at the operating-system level.
        public static let ioFailed = Code("io-failed")
        /// A source is locked by another process (an SQLite database in the middle of a write): a
        /// temporary failure, worth retrying.
        public static let sourceBusy = Code("source-busy")
        /// A bundle (a zip from Handover or another exporter) is damaged, unsafe or not a bundle: an
        /// entry that would escape its folder, a checksum that does not match.
        public static let bundleInvalid = Code("bundle-invalid")
        /// The request itself is unusable, such as a subject without identifiers.
        public static let usage = Code("usage")
        /// The caller cancelled the operation; nothing was written at the target.
        public static let cancelled = Code("cancelled")
        /// A warning: the export found no record of the subject. The bundle is written all the same
        /// (a valid answer: nothing is held about them), but the identifiers may be mistyped.
        public static let noRecordsFound = Code("no-records-found")
        /// A warning: the subject's identifiers, each followed on its own, lead to records that share
        /// no identifier and no key. They may belong to two people; the bundle holds all of them.
        public static let unlinkedIdentifiers = Code("unlinked-identifiers")
        /// A warning of a partial export: a source failed while it was read, and the bundle was written
        /// without its collections (the manifest's `missing` lists them, the page says so).
        public static let sourceFailed = Code("source-failed")

        // MARK: Validating

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
        /// `data.json` and `data.xml` hold different content.
        public static let dataMismatch = Code("data-mismatch")
        /// `manifest.json`, `data.json` or the configuration does not follow its JSON Schema.
        public static let jsonSchemaInvalid = Code("json-schema-invalid")
        /// `data.json` was too large to validate against its JSON Schema as a whole.
        public static let jsonSchemaSkipped = Code("json-schema-skipped")
        /// A record count differs between the manifest, `data.json` and the records themselves.
        public static let recordCountMismatch = Code("record-count-mismatch")

        // MARK: Checking live sources

        /// A field in the data that the configuration does not describe (a new column).
        public static let fieldUndescribed = Code("field-undescribed")
        /// A field the configuration describes that the data does not hold.
        public static let fieldMissing = Code("field-missing")
        /// A table or view of a database source that no collection names and `ignore` does not list.
        public static let tableUndescribed = Code("table-undescribed")
        /// A table the source's `ignore` lists that the database does not hold.
        public static let tableMissing = Code("table-missing")
        /// A field whose name says it holds a credential is exported rather than marked `secret`.
        public static let secretExported = Code("secret-exported")
    }
}
