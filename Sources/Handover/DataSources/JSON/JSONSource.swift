public import Foundation
import JSONCore

/// Reads a JSON file holding an array of objects, or a JSON Lines file holding one object per line,
/// as one collection, one record at a time.
///
/// The file is tokenised as it is read, so a large file never sits in memory whole. Each object's
/// members become the record's fields, in file order: strings stay text, numbers become integers or
/// decimals (keeping their exact text), `true`/`false` become booleans, and nested arrays or objects
/// are carried as their compact JSON text.
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

    /// See ``DataSource/scan(_:matching:_:)``.
    public func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria,
        _ body: (Record) throws -> Void
    ) async throws {
        guard !criteria.isEmpty else { return }
        switch format {
        case .array:
            var reader: JSONArrayStreamReader
            do { reader = try JSONArrayStreamReader(path: file.path) } catch { throw missingFile() }
            try scanObjects(&reader, criteria, body)
        case .lines:
            var reader: JSONLinesReader
            do { reader = try JSONLinesReader(path: file.path, bufferSize: 1 << 20) } catch { throw missingFile() }
            // A line that cannot hold an identifier in play is skipped without being parsed.
            if let filter = try CandidateFilter(criteria, syntax: .json) {
                var filtered = FilteredLines(reader: reader, filter: filter)
                try scanObjects(&filtered, criteria, body)
            } else {
                try scanObjects(&reader, criteria, body)
            }
        }
    }

    private func scanObjects(
        _ reader: inout some JSONObjectReader, _ criteria: MatchCriteria, _ body: (Record) throws -> Void
    ) throws {
        let conditionsByField = Dictionary(grouping: criteria.conditions, by: \.field)
        while let (object, line) = try next(from: &reader) {
            guard case .object(let members) = object else { continue }
            let matches = try members.contains { member in
                guard let conditions = conditionsByField[member.key], let text = member.value.scalarText else {
                    return false
                }
                return try conditions.contains { try $0.accepts(text) }
            }
            guard matches else { continue }
            let fields = members.map { Record.Field(name: $0.key, value: $0.value.recordValue) }
            try body(Record(fields: fields, location: .init(file: file.path, line: line)))
        }
    }

    private func next(from reader: inout some JSONObjectReader) throws -> (JSONValue, Int)? {
        do {
            return try reader.next().map { ($0.value, $0.line) }
        } catch {
            let location = HandoverError.Location(file: file.path, line: error.line, column: error.column)
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

    private func missingFile() -> HandoverError {
        HandoverError(
            .inputMissing, "cannot open the \(format == .array ? "JSON" : "JSON Lines") file",
            at: .init(file: file.path),
            hint: "Check source '\(configuration.id)' 'path' (relative paths start at the configuration file)")
    }
}

/// A reader that yields one JSON object at a time with the line it starts on.
protocol JSONObjectReader {
    /// The next object, or `nil` at the end of the input.
    mutating func next() throws(JSONSyntaxError) -> (value: JSONValue, line: Int)?
}

extension JSONArrayStreamReader: JSONObjectReader {}
extension JSONLinesReader: JSONObjectReader {}

/// JSON Lines read through a ``CandidateFilter``: only lines that may hold a value in play are parsed.
private struct FilteredLines: JSONObjectReader {
    var reader: JSONLinesReader
    let filter: CandidateFilter

    mutating func next() throws(JSONSyntaxError) -> (value: JSONValue, line: Int)? {
        try reader.next(where: filter.mayHold)
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
