import Foundation
import GRDB
import HandoverTesting
import JSONCore
import Testing

@testable import Handover

/// Every built-in kind, and the in-memory test source, passes the shared conformance suite.
struct DataSourceConformanceTests {
    @Test func sqlite() async throws { try await DataSourceConformance(SQLiteFixture()).run() }
    @Test func csv() async throws { try await DataSourceConformance(CSVFixture()).run() }
    @Test func jsonArray() async throws { try await DataSourceConformance(JSONFixture(lines: false)).run() }
    @Test func jsonLines() async throws { try await DataSourceConformance(JSONFixture(lines: true)).run() }
    @Test func inMemory() async throws { try await DataSourceConformance(InMemoryFixture()).run() }
}

private func fileSource(_ kind: String, _ path: String, _ collection: CollectionConfiguration) -> ConformanceSource {
    ConformanceSource(SourceConfiguration(id: kind, kind: kind, path: path, collections: [collection]))
}

/// A table `people` with TEXT columns and an INTEGER `score` (NULL for no score).
private struct SQLiteFixture: ConformanceFixture {
    let keepsTypes = true

    func source(holding dataset: ConformanceDataset, collection: CollectionConfiguration, in directory: URL) throws
        -> ConformanceSource
    {
        let file = directory.appendingPathComponent("people.sqlite")
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE people (id TEXT, email TEXT, note TEXT, score INTEGER)")
            for row in dataset.rows {
                try db.execute(
                    sql: "INSERT INTO people VALUES (?, ?, ?, ?)", arguments: [row.id, row.email, row.note, row.score])
            }
        }
        try queue.close()
        return fileSource("sqlite", "people.sqlite", collection)
    }

    func missingSource(collection: CollectionConfiguration, in directory: URL) -> ConformanceSource? {
        fileSource("sqlite", "absent.sqlite", collection)
    }

    func malformedSource(collection: CollectionConfiguration, in directory: URL) throws -> ConformanceSource? {
        try Data("not a database, just text that is long enough to be read".utf8).write(
            to: directory.appendingPathComponent("broken.sqlite"))
        return fileSource("sqlite", "broken.sqlite", collection)
    }

    func line(ofRow index: Int, in dataset: ConformanceDataset) -> Int? { nil }
}

/// RFC 4180 with every field quoted, CRLF line ends and a byte order mark.
private struct CSVFixture: ConformanceFixture {
    let keepsTypes = false

    func source(holding dataset: ConformanceDataset, collection: CollectionConfiguration, in directory: URL) throws
        -> ConformanceSource
    {
        func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let lines = ([dataset.fields] + dataset.rows.map(\.texts)).map { $0.map(quoted).joined(separator: ",") }
        try ("\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n").write(
            to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        return fileSource("csv", "people.csv", collection)
    }

    func missingSource(collection: CollectionConfiguration, in directory: URL) -> ConformanceSource? {
        fileSource("csv", "absent.csv", collection)
    }

    func malformedSource(collection: CollectionConfiguration, in directory: URL) throws -> ConformanceSource? {
        try "id,email,note,score\n1,\"bob@example.com,unterminated\n".write(
            to: directory.appendingPathComponent("broken.csv"), atomically: true, encoding: .utf8)
        return fileSource("csv", "broken.csv", collection)
    }

    /// Line 1 is the header; a note with a line break takes two lines.
    func line(ofRow index: Int, in dataset: ConformanceDataset) -> Int? {
        2 + index + dataset.rows.prefix(index).reduce(0) { $0 + $1.note.count { $0 == "\n" } }
    }
}

/// One object per row, `score` a number or null; an array (one object per line inside it) or lines.
private struct JSONFixture: ConformanceFixture {
    let lines: Bool
    let keepsTypes = true
    var kind: String { lines ? "jsonl" : "json" }

    func source(holding dataset: ConformanceDataset, collection: CollectionConfiguration, in directory: URL) throws
        -> ConformanceSource
    {
        let objects = dataset.rows.map { row in
            "{\"id\": \(JSONValue.quoted(row.id)), \"email\": \(JSONValue.quoted(row.email)), "
                + "\"note\": \(JSONValue.quoted(row.note)), \"score\": \(row.score.map(String.init) ?? "null")}"
        }
        let text = lines ? objects.joined(separator: "\n") + "\n" : "[\n" + objects.joined(separator: ",\n") + "\n]\n"
        try text.write(to: directory.appendingPathComponent("people.\(kind)"), atomically: true, encoding: .utf8)
        return fileSource(kind, "people.\(kind)", collection)
    }

    func missingSource(collection: CollectionConfiguration, in directory: URL) -> ConformanceSource? {
        fileSource(kind, "absent.\(kind)", collection)
    }

    func malformedSource(collection: CollectionConfiguration, in directory: URL) throws -> ConformanceSource? {
        let text = lines ? "{\"id\": \"1\", \"email\": \"bob@example.com\"\n" : "[{\"id\": \"1\", \"email\": "
        try text.write(to: directory.appendingPathComponent("broken.\(kind)"), atomically: true, encoding: .utf8)
        return fileSource(kind, "broken.\(kind)", collection)
    }

    /// An array's objects start on line 2, lines' on line 1; one object per line either way.
    func line(ofRow index: Int, in dataset: ConformanceDataset) -> Int? { index + (lines ? 1 : 2) }
}

private struct InMemoryFixture: ConformanceFixture {
    let keepsTypes = true

    func source(holding dataset: ConformanceDataset, collection: CollectionConfiguration, in directory: URL)
        -> ConformanceSource
    {
        let records = dataset.rows.enumerated().map { index, row in
            Record(
                fields: [
                    .init(name: "id", value: .string(row.id)), .init(name: "email", value: .string(row.email)),
                    .init(name: "note", value: .string(row.note)),
                    .init(name: "score", value: row.score.map(Value.integer) ?? .null),
                ], location: .init(file: "memory", line: index + 1))
        }
        return memory(InMemorySource(name: "memory", records: [dataset.collectionName: records]), collection)
    }

    /// A source that holds no `people` collection.
    func missingSource(collection: CollectionConfiguration, in directory: URL) -> ConformanceSource? {
        memory(InMemorySource(name: "memory", records: [:]), collection)
    }

    func malformedSource(collection: CollectionConfiguration, in directory: URL) -> ConformanceSource? { nil }

    func line(ofRow index: Int, in dataset: ConformanceDataset) -> Int? { index + 1 }

    private func memory(_ source: InMemorySource, _ collection: CollectionConfiguration) -> ConformanceSource {
        var registry = DataSourceRegistry.standard
        registry.register(InMemorySourceKind(sources: ["people": source]))
        return ConformanceSource(
            SourceConfiguration(id: "people", kind: "memory", collections: [collection]), registry: registry)
    }
}
