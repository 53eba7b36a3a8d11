import Foundation
import Testing

@testable import Handover

struct JSONSourceTests {
    private let directory: TemporaryDirectory
    private let collection = CollectionConfiguration(
        name: "tickets", identities: ["email": ["email"], "customer_id": ["customer"]], purposes: ["essential.service"],
        legalBasis: .contract, retention: Retention(description: "2 years"), fields: [:])

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func scan(_ text: String, format: JSONSource.Format, _ criteria: [String: Set<String>]) async throws
        -> [Record]
    {
        let file = try directory.write(format == .array ? "t.json" : "t.jsonl", text)
        let source = JSONSource(
            SourceConfiguration(id: "t", kind: "json", path: file.path, collections: [collection]), file: file,
            format: format)
        var records: [Record] = []
        try await source.scan(collection, matching: MatchCriteria(valuesByField: criteria)) { records.append($0) }
        return records
    }

    @Test func jsonArrayMatchesExactlyAndKeepsTypes() async throws {
        let text = """
            [{"email": "bob@example.com", "customer": 7, "total": 12.50, "ok": true, "tags": ["a", {"b": null}], "gone": null},
             {"email": "jimbob@example.com", "customer": 8},
             {"email": "Bob@example.com", "customer": 9}]
            """
        let records = try await scan(text, format: .array, ["email": ["bob@example.com"]])
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.fields.map(\.name) == ["email", "customer", "total", "ok", "tags", "gone"])
        #expect(record["customer"] == .integer(7))
        #expect(record["total"] == .decimal("12.50"))
        #expect(record["ok"] == .boolean(true))
        #expect(record["tags"] == .string(#"["a",{"b":null}]"#))
        #expect(record["gone"] == .null)
    }

    /// An identity field holding a list matches when one of its values does, nested lists too;
    /// a near-collision inside the list does not.
    @Test(arguments: [JSONSource.Format.array, .lines])
    func aListInAnIdentityFieldMatchesByItsValues(format: JSONSource.Format) async throws {
        let objects = [
            #"{"email": ["old@example.com", "bob@example.com"], "n": 1}"#,
            #"{"email": ["jimbob@example.com", "bob@example.com.au"], "n": 2}"#,
            #"{"email": [["x@example.com"], ["bob@example.com"]], "n": 3}"#,
            #"{"email": [], "n": 4}"#,
        ]
        let text = format == .array ? "[" + objects.joined(separator: ",\n") + "]" : objects.joined(separator: "\n")
        let records = try await scan(text, format: format, ["email": ["bob@example.com"]])
        #expect(records.map { $0["n"] } == [.integer(1), .integer(3)])
        #expect(records.first?.comparedTexts(of: "email") == ["old@example.com", "bob@example.com"])
        #expect(records.first?["email"] == .string(#"["old@example.com","bob@example.com"]"#))
    }

    /// An object where an identity is compared cannot be compared: the scan fails, naming the line
    /// and field, rather than skip a record that may be the subject's.
    @Test func anObjectInAnIdentityFieldFailsNamingLineAndField() async throws {
        let text = "{\"email\": \"a@x\"}\n{\"email\": {\"work\": \"b@x\"}}\n"
        let error = await #expect(throws: HandoverError.self) {
            _ = try await scan(text, format: .lines, ["email": ["b@x"]])
        }
        #expect(error?.location?.line == 2)
        #expect(error?.location?.field == "email")
        #expect(error?.message.contains("holds an object") == true)
        #expect(error?.description.contains("b@x") == false)
    }

    @Test func numbersMatchByTheirText() async throws {
        let records = try await scan(
            #"[{"customer": 7}, {"customer": 77}, {"customer": "7"}]"#, format: .array, ["customer": ["7"]])
        #expect(records.count == 2)
    }

    @Test func jsonLinesReportLines() async throws {
        let text = "{\"email\": \"a@x\"}\n\n{\"email\": \"b@x\"}\r\n{\"email\": \"a@x\", \"n\": 2}\n"
        let records = try await scan(text, format: .lines, ["email": ["a@x"]])
        #expect(records.map(\.location.line) == [1, 4])
    }

    @Test func malformedLineNamesItsLine() async throws {
        let error = await #expect(throws: HandoverError.self) {
            _ = try await scan("{\"email\": \"a@x\"}\n{\"email\": \"b@x\",}\n", format: .lines, ["email": ["b@x"]])
        }
        #expect(error?.code == .dataInvalid)
        #expect(error?.location?.line == 2)
    }

    /// A FIFO named as the file is refused when it is opened, not waited on.
    @Test(arguments: [JSONSource.Format.array, .lines])
    func aFIFOIsRefusedNotWaitedOn(format: JSONSource.Format) async throws {
        let fifo = directory.url.appendingPathComponent("pipe.json")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let source = JSONSource(
            SourceConfiguration(id: "t", kind: "json", path: fifo.path, collections: [collection]), file: fifo,
            format: format)
        let error = await #expect(throws: HandoverError.self) {
            try await source.scan(collection, matching: MatchCriteria(valuesByField: ["email": ["a@x"]])) { _ in }
        }
        #expect(error?.code == .inputUnreadable)
        #expect(error?.message.contains("not a regular file") == true)
    }

    @Test func missingFileIsInputMissing() async {
        let file = directory.url.appendingPathComponent("absent.jsonl")
        let source = JSONSource(
            SourceConfiguration(id: "t", kind: "jsonl", path: file.path, collections: [collection]), file: file,
            format: .lines)
        let error = await #expect(throws: HandoverError.self) { _ = try await source.fieldNames(of: collection) }
        #expect(error?.code == .inputMissing)
    }
}
