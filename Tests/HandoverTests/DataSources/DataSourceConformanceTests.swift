import Foundation
import GRDB
import HandoverTesting
import JSONCore
import Testing

@testable import Handover

/// Every built-in source passes the shared conformance suite on the same dataset.
struct DataSourceConformanceTests {
    private let dataset = ConformanceDataset.standard
    private let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func expectConformance(_ source: any DataSource, table: String? = nil) async throws {
        let failures = try await DataSourceConformance(
            source: source, collection: DataSourceConformance.collection(for: dataset, table: table)
        ).run()
        #expect(failures.isEmpty, "\(source.sourceName): \(failures.joined(separator: "; "))")
    }

    private func configuration(_ kind: String, _ file: URL) -> SourceConfiguration {
        SourceConfiguration(
            id: kind, kind: kind, path: file.path, collections: [DataSourceConformance.collection(for: dataset)])
    }

    @Test func sqlite() async throws {
        let file = directory.url.appendingPathComponent("people.sqlite")
        let queue = try DatabaseQueue(path: file.path)
        try await queue.write { [dataset] db in
            try db.execute(sql: "CREATE TABLE people (id TEXT, email TEXT, note TEXT)")
            for row in dataset.rows {
                try db.execute(sql: "INSERT INTO people VALUES (?, ?, ?)", arguments: StatementArguments(row))
            }
        }
        try queue.close()
        try await expectConformance(SQLiteSource(configuration("sqlite", file), file: file))
    }

    @Test func csv() async throws {
        func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let text = ([dataset.fields] + dataset.rows).map { $0.map(quoted).joined(separator: ",") }.joined(
            separator: "\r\n")
        let file = try directory.write("people.csv", "\u{FEFF}" + text + "\r\n")
        try await expectConformance(try CSVSource(configuration("csv", file), file: file))
    }

    private func jsonObjects() -> [String] {
        dataset.rows.map { row in
            let members = zip(dataset.fields, row).map { name, value -> String in
                JSONValue.quoted(name) + ": " + JSONValue.quoted(value)
            }
            return "{" + members.joined(separator: ", ") + "}"
        }
    }

    @Test func jsonArray() async throws {
        let file = try directory.write("people.json", "[\n" + jsonObjects().joined(separator: ",\n") + "\n]\n")
        try await expectConformance(JSONSource(configuration("json", file), file: file, format: .array))
    }

    @Test func jsonLines() async throws {
        let file = try directory.write("people.jsonl", jsonObjects().joined(separator: "\n") + "\n")
        try await expectConformance(JSONSource(configuration("jsonl", file), file: file, format: .lines))
    }
}
