import Foundation
import GRDB
import Testing

@testable import Handover

struct SQLiteSourceTests {
    private let directory: TemporaryDirectory
    private let file: URL
    private let collection = CollectionConfiguration(
        name: "people", identities: ["email": ["email"]], purposes: ["essential.service"], legalBasis: .contract,
        retention: Retention(description: "forever"),
        fields: [
            "id": FieldConfiguration(category: "user.unique_id", provenance: .observed),
            "email": FieldConfiguration(category: "user.contact.email", provenance: .provided),
            "score": FieldConfiguration(category: "user.behavior", provenance: .inferred),
            "photo": FieldConfiguration(category: "user.content.self_image", provenance: .provided),
        ])

    init() throws {
        directory = try TemporaryDirectory()
        file = directory.url.appendingPathComponent("people.sqlite")
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { db in
            try db.execute(sql: #"CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT, score REAL, photo BLOB)"#)
            for (id, email) in [
                (1, "bob@example.com"), (2, "jimbob@example.com"), (3, "BOB@example.com"), (4, "bob@example.com "),
            ] {
                try db.execute(
                    sql: "INSERT INTO people VALUES (?, ?, ?, ?)", arguments: [id, email, 0.5, Data([1, 2])])
            }
            try db.execute(sql: "INSERT INTO people VALUES (5, NULL, NULL, NULL)")
        }
        try queue.close()
    }

    private var source: SQLiteSource {
        SQLiteSource(
            SourceConfiguration(id: "db", kind: "sqlite", path: file.path, collections: [collection]), file: file)
    }

    private func scan(_ values: Set<String>) async throws -> [Handover.Record] {
        var records: [Handover.Record] = []
        try await source.scan(collection, matching: MatchCriteria(valuesByField: ["email": values])) {
            records.append($0)
        }
        return records
    }

    @Test func matchesExactlyNeverBySubstringOrCase() async throws {
        let records = try await scan(["bob@example.com"])
        #expect(records.map { $0["id"] } == [.integer(1)])
    }

    @Test func identifiersAreBoundNotSpliced() async throws {
        #expect(try await scan(["' OR 1=1 --", "x\") OR (\"1\"=\"1"]).isEmpty)
    }

    @Test func readsTypesInColumnOrder() async throws {
        let record = try #require(try await scan(["jimbob@example.com"]).first)
        #expect(record.fields.map(\.name) == ["id", "email", "score", "photo"])
        #expect(record["score"] == .decimal("0.5"))
        #expect(record["photo"] == .binary(Data([1, 2])))
        #expect(try await source.fieldNames(of: collection) == ["id", "email", "score", "photo"])
    }

    @Test func opensTheDatabaseReadOnly() async throws {
        let before = try Data(contentsOf: file)
        _ = try await scan(["bob@example.com"])
        #expect(try Data(contentsOf: file) == before)
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"))
    }

    /// A WAL-mode database nobody has open: reading it (scan, field names, survey) creates no
    /// `-wal` or `-shm` file beside it and leaves its bytes as they were.
    @Test func aWALDatabaseGetsNothingWrittenBesideIt() async throws {
        let queue = try DatabaseQueue(path: file.path)
        try await queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") }
        try queue.close()
        #expect(!FileManager.default.fileExists(atPath: file.path + "-wal"), "closed cleanly")
        let before = try Data(contentsOf: file)
        #expect(try await scan(["bob@example.com"]).map { $0["id"] } == [.integer(1)])
        _ = try await source.fieldNames(of: collection)
        _ = try await source.surveyCollections(sampleLimit: 10)
        #expect(try Data(contentsOf: file) == before)
        let beside = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(beside == ["people.sqlite"])
    }

    /// A FIFO (or a device) named as the database is refused at once rather than waited on.
    @Test func aFIFOIsRefusedNotWaitedOn() async throws {
        let fifo = directory.url.appendingPathComponent("pipe.sqlite")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let source = SQLiteSource(
            SourceConfiguration(id: "db", kind: "sqlite", path: fifo.path, collections: [collection]), file: fifo)
        let error = await #expect(throws: HandoverError.self) { _ = try await source.fieldNames(of: collection) }
        #expect(error?.code == .inputUnreadable)
        #expect(error?.message.contains("not a regular file") == true)
    }

    @Test func missingDatabaseIsInputMissing() async {
        let missing = directory.url.appendingPathComponent("absent.sqlite")
        let source = SQLiteSource(
            SourceConfiguration(id: "db", kind: "sqlite", collections: [collection]), file: missing)
        let error = await #expect(throws: HandoverError.self) { _ = try await source.fieldNames(of: collection) }
        #expect(error?.code == .inputMissing)
        #expect(!FileManager.default.fileExists(atPath: missing.path), "a read-only open never creates the file")
    }

    @Test func missingTableIsAConfigurationError() async {
        var other = collection
        other.table = "persons"
        let error = await #expect(throws: HandoverError.self) { _ = try await source.fieldNames(of: other) }
        #expect(error?.code == .configurationInvalid)
        #expect(error?.description.contains("'persons'") == true)
    }

    @Test func quotedTableAndColumnNamesWork() async throws {
        let queue = try DatabaseQueue(path: file.path)
        try await queue.write { db in
            try db.execute(sql: #"CREATE TABLE "odd ""table""" ("e-mail" TEXT, "select" TEXT)"#)
            try db.execute(sql: #"INSERT INTO "odd ""table""" VALUES ('a@example.com', 'x')"#)
        }
        try queue.close()
        let odd = CollectionConfiguration(
            name: "odd", table: #"odd "table""#, identities: ["email": ["e-mail"]], purposes: ["essential"],
            legalBasis: .contract, retention: Retention(description: "x"),
            fields: [
                "e-mail": FieldConfiguration(category: "user.contact.email", provenance: .provided),
                "select": FieldConfiguration(disposition: .ignore),
            ])
        var records: [Handover.Record] = []
        try await source.scan(odd, matching: MatchCriteria(valuesByField: ["e-mail": ["a@example.com"]])) {
            records.append($0)
        }
        #expect(records.count == 1)
        #expect(records.first?["select"] == .string("x"))
    }

    @Test(arguments: ["", "NUMERIC", "BLOB", "INTEGER", "TEXT", "VARCHAR(20)"])
    func keysMatchByTheirTextWhateverTheColumnType(type: String) async throws {
        // (A REAL column stores 42 as 42.0, whose text is "42.0": keys are compared as text.)
        let queue = try DatabaseQueue(path: file.path)
        try await queue.write { db in
            try db.execute(sql: "CREATE TABLE keyed (k \(type), note TEXT)")
            try db.execute(sql: "INSERT INTO keyed VALUES (42, 'integer'), ('42', 'text'), (43, 'other')")
        }
        try queue.close()
        let keyed = CollectionConfiguration(
            name: "keyed", identities: [:], purposes: ["essential"], legalBasis: .contract,
            retention: Retention(description: "x"),
            fields: [
                "k": FieldConfiguration(category: "user.unique_id", provenance: .observed),
                "note": FieldConfiguration(disposition: .ignore),
            ])
        var notes: [String] = []
        try await source.scan(keyed, matching: MatchCriteria(valuesByField: ["k": ["42"]])) {
            notes.append($0["note"]?.text ?? "?")
        }
        #expect(notes.sorted() == ["integer", "text"], "column type '\(type)'")
    }

    /// `refs` has one column per type affinity and none, each holding 7 as an integer, as text,
    /// as `'07'` and as a real.
    private func keysTable() async throws -> CollectionConfiguration {
        let queue = try DatabaseQueue(path: file.path)
        try await queue.write { db in
            try db.execute(
                sql: "CREATE TABLE refs (id INTEGER PRIMARY KEY, untyped, int INTEGER, text TEXT, real REAL)")
            for (id, value) in [
                (1, 7.databaseValue), (2, "7".databaseValue), (3, "07".databaseValue), (4, 7.5.databaseValue),
            ] {
                try db.execute(
                    sql: "INSERT INTO refs VALUES (?, ?, ?, ?, ?)", arguments: [id, value, value, value, value])
            }
        }
        try queue.close()
        let described = FieldConfiguration(category: "user.unique_id", provenance: .observed)
        return CollectionConfiguration(
            name: "refs", identities: [:], purposes: ["essential"], legalBasis: .contract,
            retention: Retention(description: "x"),
            fields: ["id": described, "untyped": described, "int": described, "text": described, "real": described],
            references: [.init(field: "untyped", collection: "people", key: "id")])
    }

    private func ids(in collection: CollectionConfiguration, _ field: String, _ keys: Set<String>) async throws
        -> [Int64]
    {
        var ids: [Int64] = []
        try await source.scan(collection, matching: MatchCriteria(valuesByField: [field: keys])) { record in
            if case .integer(let id) = record["id"] { ids.append(id) }
        }
        return ids
    }

    @Test func keysMatchTheTextOfAValueWhateverTheColumnsType() async throws {
        let refs = try await keysTable()
        // Without a declared type SQLite keeps the integer 7 apart from the text '7'; both read "7".
        #expect(try await ids(in: refs, "untyped", ["7"]) == [1, 2])
        #expect(try await ids(in: refs, "text", ["7"]) == [1, 2])
        // An INTEGER or REAL column turns '07' and '7' into numbers; their text is what is compared.
        #expect(try await ids(in: refs, "int", ["7"]) == [1, 2, 3])
        #expect(try await ids(in: refs, "int", ["07"]) == [])
        #expect(try await ids(in: refs, "untyped", ["07"]) == [3])
        #expect(try await ids(in: refs, "untyped", ["7.5"]) == [4])
        #expect(try await ids(in: refs, "int", ["7.0"]) == [])
        #expect(try await ids(in: refs, "real", ["7"]) == [])
        #expect(try await ids(in: refs, "real", ["7.0"]) == [1, 2, 3])
        #expect(try await ids(in: refs, "real", ["7.5"]) == [4])
    }

    @Test func keysBeyondTheBoundParameterLimitMatchTheSameWay() async throws {
        let refs = try await keysTable()
        let many = Set((100..<(100 + SQLiteSource.maxBoundValues)).map(String.init))
        #expect(try await ids(in: refs, "untyped", many.union(["7"])) == [1, 2])
        #expect(try await ids(in: refs, "int", many.union(["07"])) == [])
        #expect(try await ids(in: refs, "real", many.union(["7.0", "7"])) == [1, 2, 3])
    }
}
