import Foundation
import GRDB
import Testing

@testable import Handover

/// The fast paths (raw-byte candidate filters, byte-level e-mail normalisation, CSV fields as byte
/// ranges, SQLite narrowing with `instr(lower(…))`) must find exactly the records the plain rule
/// finds. Random values are spelled in every way the rule makes equal — case (with U+212A KELVIN
/// SIGN for `k`), surrounding Unicode whitespace, NFD, JSON `\u` escapes, CSV quoting, a domain's
/// trailing dot, dots and `+tags` where the domain ignores them — next to near collisions; each
/// test compares the fast answer with the rule applied to every record.
struct FastPathDifferentialTests {
    /// The tests' seeded generator (`SplitMix64`), so that a failure can be replayed.
    typealias Generator = SplitMix64

    static let rules = EmailNormalization(domains: [
        "gmail.com": .init(ignoreDots: true, stripPlusSuffix: true),
        "case.example": .init(caseSensitiveLocalPart: true),
    ])

    /// A canonical address the subject may have.
    static func address(_ random: inout Generator) -> String {
        let locals = ["kim", "target", "sanne.dejong", "jörg", "zoë.k", "ida", "a.b+c", "kelvin", "i\u{307}lkay"]
        let domains = ["example.com", "gmail.com", "case.example", "kpn.nl", "bücher.de"]
        return locals.randomElement(using: &random)! + "@" + domains.randomElement(using: &random)!
    }

    /// One way of writing `address` that the rule makes equal to it (or, now and then, a near collision).
    static func spelling(of address: String, _ random: inout Generator) -> String {
        var text = ""
        for character in address {
            switch Int.random(in: 0..<6, using: &random) {
            case 0: text += character == "k" ? "\u{212A}" : character.uppercased()
            case 1: text += String(character).decomposedStringWithCanonicalMapping
            default: text.append(character)
            }
        }
        if address.hasSuffix("@gmail.com"), Bool.random(using: &random) {
            text = text.replacingOccurrences(of: "@", with: ".x+tag@")
        }
        if Int.random(in: 0..<4, using: &random) == 0 { text += "." }
        let spaces = ["", " ", "\t", "\u{00A0}", "\u{2003}", "\n"]
        text = spaces.randomElement(using: &random)! + text + spaces.randomElement(using: &random)!
        switch Int.random(in: 0..<8, using: &random) {
        case 0: return "x" + text
        case 1: return text.replacingOccurrences(of: "@", with: "@a")
        case 2: return text + "m"
        default: return text
        }
    }

    /// A random ASCII string from the characters the e-mail rule treats specially.
    static func asciiNoise(_ random: inout Generator) -> String {
        let alphabet = Array("aAbBkK.+@ -_\t\n\r\u{0B}\u{0C}\u{1C}\u{1F}\"xyzGMAIL.COMgmail.comcase.example")
        return String((0..<Int.random(in: 0..<24, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    @Test func asciiEmailRuleEqualsTheRule() {
        var random = Generator(seed: 1)
        let ascii = EmailNormalization.ASCIIRule(Self.rules)
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: 64)
        defer { output.deallocate() }
        for _ in 0..<50_000 {
            var text =
                Bool.random(using: &random)
                ? Self.asciiNoise(&random)
                : Self.spelling(
                    of: Self.address(&random), &random)
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let expected = Self.rules.normalize(text)
            let count = text.withUTF8 { ascii.normalize(UnsafeRawBufferPointer($0), into: output) }
            let actual = count.flatMap {
                $0 == 0 ? nil : String(decoding: UnsafeBufferPointer(start: output, count: $0), as: UTF8.self)
            }
            #expect(count != nil)
            #expect(actual == expected, "\(text.debugDescription)")
        }
    }

    /// With per-domain rules, and without (where addresses of other lengths are turned away first).
    @Test(arguments: [true, false])
    func fieldMatcherAgreesWithTheCondition(domainRules: Bool) throws {
        let rules = domainRules ? Self.rules : EmailNormalization()
        var random = Generator(seed: 2)
        let keys = (0..<3).map { _ in Self.address(&random) }.compactMap(rules.normalize)
        let condition = MatchCriteria.Condition(
            field: "email", normalization: .email(rules), values: try KeySet(keys))
        let matcher = try FieldMatcher(condition)
        for _ in 0..<20_000 {
            let text =
                Bool.random(using: &random)
                ? Self.spelling(of: keys.randomElement(using: &random)!, &random) : Self.asciiNoise(&random)
            #expect(try matcher.accepts(text) == condition.accepts(text), "\(text.debugDescription)")
        }
    }

    /// Every JSON line whose identity field matches passes the filter, however the value is spelled.
    @Test func candidateFilterNeverDropsAMatch() throws {
        var random = Generator(seed: 3)
        var dropped = 0
        var skipped = 0
        for _ in 0..<300 {
            let keys = (0..<Int.random(in: 1...3, using: &random)).map { _ in Self.address(&random) }
                .compactMap(Self.rules.normalize)
            let condition = MatchCriteria.Condition(
                field: "from", normalization: .email(Self.rules), values: try KeySet(keys))
            let criteria = MatchCriteria(conditions: [condition])
            guard let filter = try CandidateFilter(criteria, syntax: .json) else { continue }
            for _ in 0..<100 {
                let text = Self.spelling(of: keys.randomElement(using: &random)!, &random)
                let line = Self.jsonLine(from: text, &random)
                let matches = try condition.accepts(text)
                let passes = line.utf8.withContiguousStorageIfAvailable { filter.mayHold(UnsafeRawBufferPointer($0)) }!
                if matches && !passes { dropped += 1 }
                if !passes { skipped += 1 }
                #expect(!matches || passes, "\(line)")
            }
        }
        #expect(dropped == 0)
        #expect(skipped > 0, "the filter never skipped a line, so it was not exercised")
    }

    /// A JSON Lines record holding `text` as "from", written with some characters `\u`-escaped.
    static func jsonLine(from text: String, _ random: inout Generator) -> String {
        "{\"id\": 1, \"from\": \(jsonString(text, &random)), \"body\": \"Hi \\\"you\\\"\\nbye\"}"
    }

    /// `text` as a JSON string, with some characters `\u`-escaped.
    static func jsonString(_ text: String, _ random: inout Generator) -> String {
        var quoted = ""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" || scalar.value < 0x20 || Int.random(in: 0..<10, using: &random) == 0 {
                quoted += String(format: "\\u%04x", scalar.value)
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
        return "\"" + quoted + "\""
    }

    /// Identity fields holding lists (nested ones too): the JSON scans, which compare each element
    /// with the byte-level matchers after the candidate filter, find exactly the records the rule
    /// finds when it is applied to every element of every record.
    @Test(arguments: [JSONSource.Format.lines, .array])
    func listsInJSONFindExactlyWhatTheRuleFinds(format: JSONSource.Format) async throws {
        var random = Generator(seed: 6)
        let directory = try TemporaryDirectory()
        for round in 0..<10 {
            let (_, criteria, values, _) = try Self.round(&random)
            let condition = try #require(criteria.conditions.first)
            var objects: [String] = []
            var expected: [String] = []
            var next = values.startIndex
            while next < values.endIndex {
                let count = min(Int.random(in: 0...3, using: &random), values.endIndex - next)
                let group = Array(values[next..<next + count])
                next += max(count, 1)
                var elements = group.map { Self.jsonString($0, &random) }
                if elements.count > 1 && Bool.random(using: &random) {
                    elements = [elements[0], "[" + elements.dropFirst().joined(separator: ", ") + "]"]
                }
                let id = "\(objects.count)"
                objects.append("{\"id\": \"\(id)\", \"email\": [\(elements.joined(separator: ", "))], \"n\": 1}")
                if try group.contains(where: condition.accepts) { expected.append(id) }
            }
            #expect(!expected.isEmpty)
            let text =
                format == .lines ? objects.joined(separator: "\n") + "\n" : "[" + objects.joined(separator: ",\n") + "]"
            let file = try directory.write("lists-\(round).json", text)
            let source = JSONSource(
                .init(id: "m", kind: "json", path: file.path, collections: []), file: file, format: format)
            #expect(try await ids(source, criteria) == expected, "round \(round)")
        }
    }

    /// Random files of records spelled every which way; the fast scans find exactly what the rule,
    /// applied to every record, finds.
    @Test func sourcesFindExactlyWhatTheRuleFinds() async throws {
        var random = Generator(seed: 4)
        let directory = try TemporaryDirectory()
        for round in 0..<20 {
            let (keys, criteria, values, expected) = try Self.round(&random)

            // CSV: quoted (doubled quotes, line breaks) or not, with a note that looks like a record.
            var csv = "id,email,note\r\n"
            for (index, value) in values.enumerated() {
                let field =
                    value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || Bool.random(using: &random)
                    ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
                csv += "\(index),\(field),\"say \"\"hi\"\"\n\(index),\(keys[0]),x\"\r\n"
            }
            let csvFile = try directory.write("events-\(round).csv", csv)
            let csvSource = try CSVSource(
                .init(id: "e", kind: "csv", path: csvFile.path, collections: []), file: csvFile)
            #expect(try await ids(csvSource, criteria) == expected, "CSV round \(round)")

            // JSON Lines, with \u escapes.
            let lines = values.enumerated().map { index, value in
                Self.jsonLine(from: value, &random).replacingOccurrences(of: "\"id\": 1", with: "\"id\": \"\(index)\"")
                    .replacingOccurrences(of: "\"from\"", with: "\"email\"")
            }
            // Every fifth round, long runs of lines the candidate filter skips, so that the reader
            // pauses (every 4,096 skipped lines) before, between and after the candidates.
            let skipped = Array(
                repeating: #"{"id": "noise", "email": "nobody@elsewhere.example", "note": "x"}"#, count: 9_000)
            let padded = round % 5 == 0 ? skipped + lines.prefix(150) + skipped + lines.dropFirst(150) + skipped : lines
            let jsonFile = try directory.write("messages-\(round).jsonl", padded.joined(separator: "\n") + "\n")
            let jsonSource = JSONSource(
                .init(id: "m", kind: "jsonl", path: jsonFile.path, collections: []), file: jsonFile, format: .lines)
            #expect(try await ids(jsonSource, criteria) == expected, "JSON Lines round \(round)")

            // SQLite, narrowed by instr(lower(email)) and checked by the rule.
            let databaseFile = directory.url.appendingPathComponent("shop-\(round).sqlite")
            let database = try DatabaseQueue(path: databaseFile.path)
            let rows = values
            try await database.write { db in
                try db.execute(sql: "CREATE TABLE events (id TEXT, email TEXT, note TEXT)")
                for (index, value) in rows.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO events VALUES (?, ?, ?)", arguments: ["\(index)", value, keys[0]])
                }
            }
            try database.close()
            let sqlite = SQLiteSource(
                .init(id: "s", kind: "sqlite", path: databaseFile.path, collections: []), file: databaseFile)
            #expect(try await ids(sqlite, criteria) == expected, "SQLite round \(round)")
        }
    }

    /// PostgreSQL narrows e-mails with byte-order ranges of the address's prefixes (in the
    /// column's own C collation, or `COLLATE "C"` for another), or with `strpos(lower(… COLLATE
    /// "C"), piece)` where no prefix serves, and exact keys on an integer column with
    /// `= ANY(int8[])`; the records must be those the rule finds.
    @Test(.requiresPostgreSQL)
    func postgreSQLFindsExactlyWhatTheRuleFinds() async throws {
        let server = try TestPostgreSQLServer.shared
        var random = Generator(seed: 5)
        // The database's C collation (byte order), a collation that is not C, varchar, and an
        // index on the column in the C collation.
        let columns = [
            "email text", "email text COLLATE \"C.utf8\"", "email varchar(300)", "email text COLLATE \"C.utf8\"",
            "email text",
        ]
        let indexes = [
            "CREATE INDEX ON events (email);", "", "", "CREATE INDEX ON events ((email COLLATE \"C\"));", "",
        ]
        for round in 0..<10 {
            let (_, criteria, values, expected) = try Self.round(&random)
            let database = try server.createDatabase()
            func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
            try server.psql(
                "CREATE TABLE events (id text, \(columns[round % 5]), note text);\n\(indexes[round % 5])\n"
                    + values.enumerated().map { "INSERT INTO events VALUES ('\($0)', \(literal($1)), 'x');" }
                    .joined(separator: "\n"),
                database: database)
            #expect(try await ids(Self.postgreSQL(server.url(database)), criteria) == expected, "round \(round)")
        }
        // Exact keys against an integer column: only the canonical text of a number is that number.
        let database = try server.createDatabase()
        try server.psql(
            "CREATE TABLE events (id bigint, email text);\n"
                + "INSERT INTO events VALUES (7, 'a'), (17, 'b'), (70, 'c'), (-7, 'd'), (NULL, 'e');",
            database: database)
        let keys = ["7", "07", " 7", "7.0", "+7", "-7", "abc"]
        let condition = MatchCriteria.Condition(field: "id", normalization: .exact, values: try KeySet(keys))
        var found: [String] = []
        try await Self.postgreSQL(server.url(database)).scan(
            Self.collection, matching: MatchCriteria(conditions: [condition])
        ) { record in
            if case .integer(let id) = record["id"] { found.append(String(id)) }
        }
        #expect(found.sorted() == ["-7", "7"])
    }

    private static func postgreSQL(_ url: String) -> PostgreSQLSource {
        PostgreSQLSource(
            .init(id: "p", kind: "postgresql", collections: []), settings: .init(url: url), passwordFile: nil)
    }

    /// Two random addresses, 300 values that spell them every way the rule makes equal among near
    /// collisions, and the indices (as text) of the values the rule accepts.
    private static func round(_ random: inout Generator) throws -> (
        keys: [String], criteria: MatchCriteria, values: [String], expected: [String]
    ) {
        let keys = (0..<2).map { _ in Self.address(&random) }.compactMap(Self.rules.normalize)
        let condition = MatchCriteria.Condition(
            field: "email", normalization: .email(Self.rules), values: try KeySet(keys))
        var values: [String] = []
        for _ in 0..<300 {
            values.append(
                Int.random(in: 0..<3, using: &random) == 0
                    ? Self.asciiNoise(&random) : Self.spelling(of: keys.randomElement(using: &random)!, &random))
        }
        let expected = try values.indices.filter { try condition.accepts(values[$0]) }.map(String.init)
        #expect(!expected.isEmpty)
        return (keys, MatchCriteria(conditions: [condition]), values, expected)
    }

    private static let collection = CollectionConfiguration(
        name: "events", identities: ["email": ["email"]], purposes: ["essential.service"], legalBasis: .contract,
        retention: Retention(description: "test"), fields: [:])

    private func ids(_ source: some DataSource, _ criteria: MatchCriteria) async throws -> [String] {
        var found: [String] = []
        try await source.scan(Self.collection, matching: criteria) { record in
            if case .string(let id) = record["id"] { found.append(id) }
        }
        return found
    }
}
