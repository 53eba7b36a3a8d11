import Foundation
import Testing

@testable import Handover

struct CSVSourceTests {
    private let directory: TemporaryDirectory
    private let collection = CollectionConfiguration(
        name: "letters", identities: ["email": ["email"]], purposes: ["marketing.communications.email"],
        legalBasis: .consent, retention: Retention(description: "30 days"),
        fields: [
            "email": FieldConfiguration(category: "user.contact.email", provenance: .provided),
            "note": FieldConfiguration(category: "user.content", provenance: .provided),
        ])

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func source(_ text: String, delimiter: String? = nil, header: Bool? = nil, columns: [String]? = nil) throws
        -> CSVSource
    {
        let file = try directory.write("letters.csv", text)
        return try CSVSource(
            SourceConfiguration(id: "letters", kind: "csv", path: file.path, collections: [collection]),
            settings: CSVSourceKind.Settings(delimiter: delimiter, header: header, columns: columns), file: file)
    }

    private func scan(_ source: CSVSource, _ values: Set<String>) async throws -> [Record] {
        var records: [Record] = []
        try await source.scan(collection, matching: MatchCriteria(valuesByField: ["email": values])) {
            records.append($0)
        }
        return records
    }

    @Test func matchesExactValuesAndKeepsLines() async throws {
        let csv =
            "email,note\r\nbob@example.com,\"first\nsecond\"\r\njimbob@example.com,x\r\nbob@example.com,\"say \"\"hi\"\"\"\r\n"
        let records = try await scan(try source(csv), ["bob@example.com"])
        #expect(records.map { $0["note"] } == [.string("first\nsecond"), .string("say \"hi\"")])
        #expect(records.map(\.location.line) == [2, 5])
    }

    @Test func headerGivesFieldNames() async throws {
        #expect(try await source("email,note\n").fieldNames(of: collection) == ["email", "note"])
        #expect(
            try await source("a@x;n\n", delimiter: ";", header: false, columns: ["email", "note"]).fieldNames(
                of: collection) == ["email", "note"])
    }

    @Test func headerlessFileWithCustomDelimiter() async throws {
        let records = try await scan(
            try source("a@x;one\nb@x;two\n", delimiter: ";", header: false, columns: ["email", "note"]), ["b@x"])
        #expect(records.map { $0["note"] } == [.string("two")])
        #expect(records.first?.location.line == 2)
    }

    @Test func wrongFieldCountNamesTheLine() async throws {
        let error = await #expect(throws: HandoverError.self) {
            _ = try await scan(try source("email,note\na@x,1\nb@x,2,3\n"), ["b@x"])
        }
        #expect(error?.code == .dataInvalid)
        #expect(error?.location?.line == 3)
    }

    @Test func malformedQuotingNamesTheLine() async throws {
        let error = await #expect(throws: HandoverError.self) {
            _ = try await scan(try source("email,note\na@x,1\nb@x,\"open\n"), ["b@x"])
        }
        #expect(error?.code == .dataInvalid)
        #expect(error?.location?.line == 3)
        #expect(error?.description.contains("letters.csv") == true)
    }

    @Test func duplicateHeaderIsRejected() async throws {
        let error = await #expect(throws: HandoverError.self) {
            _ = try await source("email,email\n").fieldNames(of: collection)
        }
        #expect(error?.description.contains("'email' twice") == true)
    }

    @Test func missingFileIsInputMissing() async throws {
        let file = directory.url.appendingPathComponent("absent.csv")
        let source = try CSVSource(
            SourceConfiguration(id: "x", kind: "csv", path: file.path, collections: [collection]), file: file)
        let error = await #expect(throws: HandoverError.self) { _ = try await source.fieldNames(of: collection) }
        #expect(error?.code == .inputMissing)
    }
}
