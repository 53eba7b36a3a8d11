public import Foundation
import JSONCore

/// Reads a JSON file holding an array of objects, or a JSON Lines file holding one object per line,
/// as one collection, one record at a time.
///
/// The file is tokenised as it is read, so a large file never sits in memory whole. Each object's
/// members become the record's fields, in file order: strings stay text, numbers become integers or
/// decimals (keeping their exact text), `true`/`false` become booleans, and nested arrays or objects
/// are carried as their compact JSON text; an array's scalars are also listed
/// (``Record/Field/listed``), so that an identity or reference matches each of them. An object in
/// a compared field is an error naming its line and field.
public struct JSONSource: DataSource {
    /// How the file holds its objects.
    public enum Format: Sendable {
        /// One JSON array of objects (`kind: json`).
        case array
        /// One JSON object per line (`kind: jsonl`).
        case lines
    }

    /// The source's configuration.
    public let configuration: SourceConfiguration
    /// The file.
    public let file: URL
    /// How the file holds its objects.
    public let format: Format

    /// Creates a source for the file at `file`.
    public init(_ configuration: SourceConfiguration, file: URL, format: Format) {
        self.configuration = configuration
        self.file = file
        self.format = format
    }

    /// The file's name, used in messages.
    public var sourceName: String { file.lastPathComponent }

    /// See ``DataSource/fieldNames(of:)``.
    public func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? {
        guard FileManager.default.isReadableFile(atPath: file.path) else { throw missingFile() }
        return nil
    }

    /// Every key of every object, in the order first seen: the file is read to its end.
    public func surveyFieldNames(of collection: CollectionConfiguration) async throws -> [String]? {
        var names: [String] = []
        var seen: Set<String> = []
        func note(_ object: JSONValue) {
            guard case .object(let members) = object else { return }
            for member in members where seen.insert(member.key).inserted { names.append(member.key) }
        }
        switch format {
        case .array:
            var reader: JSONArrayStreamReader
            do { reader = try JSONArrayStreamReader(path: file.path) } catch { throw missingFile(error) }
            while let (object, _) = try next(from: &reader) {
                try Task.checkCancellation()
                note(object)
            }
        case .lines:
            var reader = try openLines(at: 0)
            while let (object, _) = try next(from: &reader) {
                try Task.checkCancellation()
                note(object)
            }
        }
        return names
    }

    /// See ``DataSource/scan(_:matching:_:)``.
    public func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria,
        _ body: (Record) throws -> Void
    ) async throws {
        try Task.checkCancellation()
        guard !criteria.isEmpty else { return }
        let progress = ScanProgress.current
        if let progress, let size = AheadScan.size(of: file) { progress.expect(bytes: size) }
        switch format {
        case .array:
            var reader: JSONArrayStreamReader
            do { reader = try JSONArrayStreamReader(path: file.path) } catch { throw missingFile(error) }
            try scanObjects(&reader, criteria, progress: progress) { record in
                try body(record)
                return true
            }
        case .lines:
            try scanLines(criteria, progress: progress, body)
        }
    }

    /// Files of JSON Lines smaller than this are read by one thread.
    var splitThreshold = 64 << 20

    /// Reads a JSON Lines file, by two threads when it is large: a line feed always ends a line
    /// (JSON strings cannot hold one), so the part after the first line feed past the middle is
    /// read ahead (``AheadScan``) and its records follow the first part's, lines shifted.
    private func scanLines(
        _ criteria: MatchCriteria, progress: ScanProgress?, _ body: (Record) throws -> Void
    ) throws {
        let filter = try CandidateFilter(criteria, syntax: .json)
        var reader = try openLines(at: 0)
        guard let split = AheadScan.splitPoint(of: file, threshold: splitThreshold) else {
            try scanLines(&reader, filter, criteria, progress: progress) { record in
                try body(record)
                return true
            }
            return
        }
        let ahead = AheadScan { ahead in
            var second = try self.openLines(at: split)
            try self.scanLines(&second, filter, criteria, progress: progress, isCancelled: { ahead.isCancelled }) {
                ahead.emit($0)
            }
        }
        defer {
            ahead.cancel()
            _ = ahead.wait()
        }
        reader.stopOffset = split
        try scanLines(&reader, filter, criteria, progress: progress) { record in
            try body(record)
            return true
        }
        if try ahead.handOver(startingAtLine: reader.currentLine, to: body) { return }
        reader.stopOffset = .max
        try scanLines(&reader, filter, criteria, progress: progress) { record in
            try body(record)
            return true
        }
    }

    func openLines(at offset: Int) throws -> JSONLinesReader {
        do {
            return try JSONLinesReader(path: file.path, bufferSize: 1 << 20, startingAt: offset)
        } catch {
            throw missingFile(error)
        }
    }

    /// Reads lines (those `filter` lets through, when there is one) and hands matching records to `emit`.
    private func scanLines(
        _ reader: inout JSONLinesReader, _ filter: CandidateFilter?, _ criteria: MatchCriteria,
        progress: ScanProgress?, isCancelled: () -> Bool = { Task.isCancelled }, _ emit: (Record) throws -> Bool
    ) throws {
        if let filter {
            // A line that cannot hold an identifier in play is skipped without being parsed.
            var filtered = FilteredLines(reader: reader, filter: filter)
            defer { reader = filtered.reader }
            try scanObjects(&filtered, criteria, progress: progress, isCancelled: isCancelled, emit)
        } else {
            try scanObjects(&reader, criteria, progress: progress, isCancelled: isCancelled, emit)
        }
    }

    /// Reads objects, checking for cancellation and reporting progress every 16 objects (a filtered
    /// reader returns at least every ``FilteredLines/returnEvery`` lines, so that a long run of
    /// skipped lines is not a run without checks).
    private func scanObjects(
        _ reader: inout some JSONObjectReader, _ criteria: MatchCriteria, progress: ScanProgress?,
        isCancelled: () -> Bool = { Task.isCancelled },
        _ emit: (Record) throws -> Bool
    ) throws {
        var tracker = ScanProgress.Tracker(progress, from: reader.offset)
        defer { tracker.update(to: reader.offset) }
        // The byte-level matchers the CSV source uses: exact keys and ASCII e-mail addresses are
        // compared without creating strings or taking a key set's lock.
        let matchersByField = Dictionary(
            grouping: try criteria.conditions.map(FieldMatcher.init), by: \.condition.field)
        var count = 0
        while let (object, line) = try next(from: &reader) {
            count += 1
            if count & 0xF == 0 {
                if isCancelled() { throw CancellationError() }
                tracker.update(to: reader.offset)
            }
            guard case .object(let members) = object else { continue }
            let matches = try members.contains { member in
                guard let matchers = matchersByField[member.key] else { return false }
                if let text = member.value.scalarText { return try matchers.contains { try $0.accepts(text) } }
                guard let texts = member.value.listedTexts else {
                    if case .null = member.value { return false }
                    throw HandoverError(
                        .dataInvalid,
                        "the field '\(member.key)' holds an object, which an identity or reference cannot be "
                            + "compared with", at: .init(file: file.path, line: line, field: member.key),
                        hint: "Compare a field that holds text, a number or a list of them (name a nested "
                            + "value's own field), or mark this one 'ignore'")
                }
                return try texts.contains { text in try matchers.contains { try $0.accepts(text) } }
            }
            guard matches else { continue }
            let fields = members.map {
                Record.Field(name: $0.key, value: $0.value.recordValue, listed: $0.value.listedTexts)
            }
            guard try emit(Record(fields: fields, location: .init(file: file.path, line: line))) else { return }
        }
    }

    func next(from reader: inout some JSONObjectReader) throws -> (JSONValue, Int)? {
        do {
            return try reader.next().map { ($0.value, $0.line) }
        } catch {
            let location = Diagnostic.Location(file: file.path, line: error.line, column: error.column)
            switch error.reason {
            case .readFailed, .nestingTooDeep, .valueTooLarge, .openFailed:
                throw HandoverError(.dataInvalid, error.description, at: .init(file: file.path))
            default:
                throw HandoverError(
                    .dataInvalid, "invalid JSON: \(error.explanation)", at: location,
                    hint: "Fix the data at that position (Handover reads strict JSON, RFC 8259)")
            }
        }
    }

    /// The error for a file that cannot be opened; `error`, the reader's, says why.
    func missingFile(_ error: JSONSyntaxError? = nil) -> HandoverError {
        var reason = ""
        var code = Diagnostic.Code.inputMissing
        if case .openFailed(let number) = error?.reason {
            reason = ": " + RegularFile.describe(number)
            if number != ENOENT { code = .inputUnreadable }
        }
        return HandoverError(
            code, "cannot open the \(format == .array ? "JSON" : "JSON Lines") file\(reason)",
            at: .init(file: file.path),
            hint: "Check source '\(configuration.id)' 'path' (relative paths start at the configuration file)")
    }
}

/// A reader that yields one JSON object at a time with the line it starts on.
protocol JSONObjectReader {
    /// The next object, or `nil` at the end of the input.
    mutating func next() throws(JSONSyntaxError) -> (value: JSONValue, line: Int)?
    /// How far into the input the reader has read, in bytes.
    var offset: Int { get }
}

extension JSONArrayStreamReader: JSONObjectReader {}
extension JSONLinesReader: JSONObjectReader {}

/// JSON Lines read through a ``CandidateFilter``: only lines that may hold a value in play are parsed.
private struct FilteredLines: JSONObjectReader {
    /// After this many skipped lines in a row the reader hands back a `null`, so that the caller
    /// checks for cancellation and reports progress.
    static let returnEvery = 4096

    var reader: JSONLinesReader
    /// The filter's test, made once rather than per line.
    let mayHold: (UnsafeRawBufferPointer) -> Bool

    init(reader: JSONLinesReader, filter: CandidateFilter) {
        self.reader = reader
        mayHold = filter.mayHold
    }

    var offset: Int { reader.offset }

    /// The next line that may hold a value in play, or — after ``returnEvery`` skipped lines — a
    /// `null` that the caller passes over, having checked for cancellation.
    mutating func next() throws(JSONSyntaxError) -> (value: JSONValue, line: Int)? {
        if let line = try reader.next(where: mayHold, pausingAfter: Self.returnEvery) { return line }
        return reader.isPaused ? (.null, reader.currentLine) : nil
    }
}

extension JSONValue {
    /// The text identity matching compares: strings and numbers as written, booleans as words.
    var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null, .array, .object: nil
        }
    }

    /// For an array: the text of each of its scalars, nested arrays flattened (objects in it are
    /// left out); `nil` for anything else.
    var listedTexts: [String]? {
        guard case .array(let elements) = self else { return nil }
        var texts: [String] = []
        for element in elements {
            if let text = element.scalarText {
                texts.append(text)
            } else if let nested = element.listedTexts {
                texts += nested
            }
        }
        return texts
    }

    /// The value as a record value.
    var recordValue: Value {
        switch self {
        case .null: return .null
        case .bool(let flag): return .boolean(flag)
        case .string(let text): return .string(text)
        case .number(let text):
            if text != "-0", let integer = Int64(text) { return .integer(integer) }
            return .decimal(text)
        case .array, .object: return .string(compactText())
        }
    }
}
