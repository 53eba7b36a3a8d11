public import Foundation

/// Reads one CSV file (RFC 4180) as one collection, one record at a time.
///
/// The first record names the columns unless the source says `header: false` and lists
/// `columns`. Every value is text; a field's configured `type` converts it. A record whose number
/// of fields differs from the header's is an error naming its line.
public struct CSVSource: DataSource {
    /// The source's configuration.
    public let configuration: SourceConfiguration
    /// The CSV file.
    public let file: URL
    /// How the file is laid out.
    public let settings: CSVSourceKind.Settings
    private let delimiter: UInt8

    /// Creates a source for the CSV file at `file`.
    ///
    /// - Parameters:
    ///   - configuration: The source's configuration.
    ///   - settings: The delimiter and header; by default `,` and a header line.
    ///   - file: The CSV file.
    /// - Throws: ``HandoverError`` when the configured delimiter is not one ASCII character.
    public init(_ configuration: SourceConfiguration, settings: CSVSourceKind.Settings = .init(), file: URL) throws {
        self.configuration = configuration
        self.settings = settings
        self.file = file
        guard let byte = settings.delimiterByte else {
            throw HandoverError(
                .configurationInvalid, "source '\(configuration.id)' has an unusable delimiter",
                hint: "Write ',' ';' '|' or '\\t'")
        }
        delimiter = byte
    }

    /// The file's name, used in messages.
    public var sourceName: String { file.lastPathComponent }

    /// See ``DataSource/fieldNames(of:)``.
    public func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? {
        var reader = try openReader()
        return try header(from: &reader)
    }

    /// See ``DataSource/scan(_:matching:_:)``.
    ///
    /// A file of at least `splitThreshold` (64 MiB) bytes is read by two threads when the machine has two
    /// cores: see `AheadScan`.
    public func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria,
        _ body: (Record) throws -> Void
    ) async throws {
        try Task.checkCancellation()
        guard !criteria.isEmpty else { return }
        let progress = ScanProgress.current
        if let progress, let size = AheadScan.size(of: file) { progress.expect(bytes: size) }
        var reader = try openReader()
        let names = try header(from: &reader)
        progress?.advance(by: Int64(reader.offset))
        guard let split = AheadScan.splitPoint(of: file, threshold: splitThreshold) else {
            try scanRecords(&reader, names: names, criteria: criteria, progress: progress) { record in
                try body(record)
                return true
            }
            return
        }
        let ahead = AheadScan { ahead in
            var second = try self.openReader(at: split)
            try self.scanRecords(
                &second, names: names, criteria: criteria, progress: progress, isCancelled: { ahead.isCancelled }
            ) { ahead.emit($0) }
        }
        defer {
            ahead.cancel()
            _ = ahead.wait()
        }
        reader.stopOffset = split
        try scanRecords(&reader, names: names, criteria: criteria, progress: progress) { record in
            try body(record)
            return true
        }
        // Only when a record starts exactly at the split did the ahead scan read the rest of the file.
        if reader.stoppedAt == split, try ahead.handOver(startingAtLine: reader.line, to: body) { return }
        ahead.cancel()
        reader.stopOffset = .max
        try scanRecords(&reader, names: names, criteria: criteria, progress: progress) { record in
            try body(record)
            return true
        }
    }

    /// Files smaller than this are read by one thread.
    var splitThreshold = 64 << 20

    /// Reads records from `reader` to its end (or its stop offset), handing each matching one to
    /// `emit`, which answers whether to go on.
    private func scanRecords(
        _ reader: inout CSVReader, names: [String], criteria: MatchCriteria, progress: ScanProgress?,
        isCancelled: () -> Bool = { Task.isCancelled },
        _ emit: (Record) throws -> Bool
    ) throws {
        var tracker = ScanProgress.Tracker(progress, from: reader.offset)
        defer { tracker.update(to: reader.offset) }
        // Records are split into fields in place; only the match columns of each record are read,
        // and only a matching record becomes strings.
        let matchColumns: [(index: Int, matcher: FieldMatcher)] = try criteria.conditions.compactMap { condition in
            guard let index = names.firstIndex(of: condition.field) else { return nil }
            return (index, try FieldMatcher(condition))
        }
        var count = 0
        while try advance(&reader) {
            count += 1
            if count & 0xFFF == 0 {
                if isCancelled() { throw CancellationError() }
                tracker.update(to: reader.offset)
            }
            guard reader.fieldCount == names.count else {
                throw HandoverError(
                    .dataInvalid,
                    "this record has \(reader.fieldCount) fields but the header names \(names.count)",
                    at: .init(file: file.path, line: reader.recordLine),
                    hint: "Quote fields that contain the delimiter, or fix the record")
            }
            var matches = false
            for column in matchColumns {
                matches = try reader.withField(column.index) { try column.matcher.accepts($0) }
                if matches { break }
            }
            guard matches else { continue }
            let fields = names.indices.map { Record.Field(name: names[$0], value: .string(reader.string(at: $0))) }
            guard try emit(Record(fields: fields, location: .init(file: file.path, line: reader.recordLine))) else {
                return
            }
        }
    }

    func openReader(at offset: Int = 0) throws -> CSVReader {
        do {
            return try CSVReader(path: file.path, delimiter: delimiter, startingAt: offset)
        } catch {
            throw HandoverError(
                .inputMissing, "cannot open the CSV file (\(error))", at: .init(file: file.path),
                hint: "Check source '\(configuration.id)' 'path' (relative paths start at the configuration file)",
                underlying: error)
        }
    }

    func header(from reader: inout CSVReader) throws -> [String] {
        if settings.header == false {
            return settings.columns ?? []
        }
        guard let first = try next(from: &reader) else {
            throw HandoverError(
                .dataInvalid, "the CSV file is empty, so it has no header", at: .init(file: file.path),
                hint: "Add a header line, or set 'header: false' and list 'columns'")
        }
        var seen: Set<String> = []
        for name in first.fields where !seen.insert(name).inserted {
            throw HandoverError(
                .dataInvalid, "the header names the column '\(name)' twice",
                at: .init(file: file.path, line: first.line, field: name), hint: "Give every column its own name")
        }
        return first.fields
    }

    private func next(from reader: inout CSVReader) throws -> CSVRecord? {
        do {
            return try reader.next()
        } catch {
            throw malformed(error)
        }
    }

    func advance(_ reader: inout CSVReader) throws -> Bool {
        do {
            return try reader.advance()
        } catch {
            throw malformed(error)
        }
    }

    private func malformed(_ error: CSVSyntaxError) -> HandoverError {
        HandoverError(
            .dataInvalid, "malformed CSV: \(error.problem)",
            at: .init(file: file.path, line: error.line, column: error.column))
    }
}
