import Foundation
import Testing

@testable import JSONCore

/// Tests of ``JSONParser``: the JSONTestSuite conformance cases, hand-written cases, and a comparison with
/// Python's `json` module on random documents.
struct JSONParserTests {
    // MARK: - JSONTestSuite

    /// Every file of nst/JSONTestSuite's `test_parsing`: `y_` must parse, `n_` must be refused with a
    /// ``JSONSyntaxError``, `i_` may go either way but must not crash.
    ///
    /// One deliberate exception: RFC 8259 only says keys "SHOULD be unique", so the suite counts objects with
    /// a duplicate key as valid, but Handover refuses them (a record with two `email` members is ambiguous).
    @Test(
        .enabled(if: JSONTestSuite.directory != nil, JSONTestSuite.missingMessage),
        arguments: JSONTestSuite.fileNames
    )
    func conformsToJSONTestSuite(fileName: String) throws {
        let directory = try #require(JSONTestSuite.directory)
        let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(fileName)))
        let result = Result { () throws(JSONSyntaxError) in try JSONParser.parse(bytes) }
        switch fileName.prefix(2) {
        case _ where fileName.hasPrefix("y_object_duplicated_key"):
            #expect(throws: JSONSyntaxError(reason: .duplicateKey("a"), line: 1, column: 10)) { try result.get() }
        case "y_":
            if case .failure(let error) = result {
                Issue.record("\(fileName) must parse, but: \(error)")
            }
        case "n_":
            if case .success(let value) = result {
                Issue.record("\(fileName) must be rejected, but parsed as \(value)")
            }
        default:
            break  // `i_`: either outcome is allowed; getting here means it did not crash.
        }
    }

    /// Guards the parameterized test against silently running on an empty folder.
    @Test(.enabled(if: JSONTestSuite.directory != nil, JSONTestSuite.missingMessage))
    func jsonTestSuiteIsComplete() {
        #expect(JSONTestSuite.fileNames.filter { $0.hasPrefix("y_") }.count >= 95)
        #expect(JSONTestSuite.fileNames.filter { $0.hasPrefix("n_") }.count >= 188)
    }

    // MARK: - Values

    @Test func numbersKeepTheirExactText() throws {
        let texts = ["1.50", "-0", "1E+2", "0.5e-3", "12345678901234567890123456789", "-0.0", "7"]
        let value = try JSONParser.parse("[" + texts.joined(separator: ", ") + "]")
        #expect(value == .array(texts.map { .number($0) }))
    }

    @Test(arguments: ["01", "-01", "+1", ".5", "1.", "1.e3", "1e", "1e+", "-", "NaN", "-Infinity", "0x10", "1_000"])
    func malformedNumbersAreRejected(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse("[\(text)]") }
    }

    @Test func leadingZeroIsReportedAsInvalidNumber() {
        #expect(throws: JSONSyntaxError(reason: .invalidNumber, line: 1, column: 3)) { try JSONParser.parse("[01]") }
    }

    @Test func literalsAndNestedValues() throws {
        let value = try JSONParser.parse(#" {"a": [true, false, null, {}, []], "b": {"c": "d"}} "#)
        let expected = JSONValue.object([
            JSONMember(key: "a", value: .array([.bool(true), .bool(false), .null, .object([]), .array([])])),
            JSONMember(key: "b", value: .object([JSONMember(key: "c", value: .string("d"))])),
        ])
        #expect(value == expected)
        #expect(value["b"]?["c"] == .string("d"))
    }

    @Test func memberOrderIsKept() throws {
        let value = try JSONParser.parse(#"{"zebra": 1, "apple": 2, "mango": 3}"#)
        guard case .object(let members) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(members.map(\.key) == ["zebra", "apple", "mango"])
    }

    @Test func duplicateKeysAreRejected() {
        #expect(throws: JSONSyntaxError(reason: .duplicateKey("a"), line: 1, column: 18)) {
            try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        }
        // Keys that are equal only after decoding escapes are duplicates too.
        #expect(throws: JSONSyntaxError(reason: .duplicateKey("a"), line: 1, column: 10)) {
            try JSONParser.parse(#"{"a": 1, "\u0061": 2}"#)
        }
        // Large objects use a set of keys; check that path too.
        let members = (0..<40).map { "\"k\($0)\": \($0)" } + ["\"k7\": 0"]
        let large = "{" + members.joined(separator: ",") + "}"
        let column = large.utf8.count - "\"k7\": 0}".utf8.count + 1
        #expect(throws: JSONSyntaxError(reason: .duplicateKey("k7"), line: 1, column: column)) {
            try JSONParser.parse(large)
        }
        // The same key in different objects is fine.
        #expect(throws: Never.self) { try JSONParser.parse(#"[{"a": 1}, {"a": 2, "b": {"a": 3}}]"#) }
    }

    @Test func canonicallyEquivalentKeysAreDistinct() throws {
        // "é" precomposed and "e" + combining acute accent are different bytes, so different keys.
        let value = try JSONParser.parse(#"{"\u00e9": 1, "e\u0301": 2}"#)
        guard case .object(let members) = value else {
            Issue.record("not an object: \(value)")
            return
        }
        #expect(members.count == 2)
        #expect(JSONValue.string("\u{e9}") != JSONValue.string("e\u{301}"))
    }

    @Test func nestingDepthIsLimited() throws {
        let atLimit = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(throws: Never.self) { try JSONParser.parse(atLimit) }
        #expect(throws: JSONSyntaxError(reason: .nestingTooDeep(limit: 256), line: 1, column: 257)) {
            try JSONParser.parse("[" + atLimit + "]")
        }
        #expect(throws: JSONSyntaxError(reason: .nestingTooDeep(limit: 2), line: 1, column: 13)) {
            try JSONParser.parse(#"{"a": {"b": {}}}"#, maxDepth: 2)
        }
        // Far beyond the limit: an error, never a stack overflow.
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(String(repeating: "[{\"a\":", count: 200_000)) }
    }

    @Test func escapesAreDecoded() throws {
        let value = try JSONParser.parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9\u20AC \u0000 plain é""#)
        #expect(value == .string("q\" b\\ s/ \u{8}\u{c}\n\r\t é€ \u{0} plain é"))
    }

    @Test func surrogatePairsAreDecoded() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSONParser.parse(#""x\uD834\uDD1Ey""#) == .string("x𝄞y"))
        #expect(try JSONParser.parse(#""😀""#) == .string("😀"))
    }

    @Test(arguments: [
        #""\ud800""#, #""\udc00""#, #""\ud800\u0041""#, #""\ud800x""#, #""\ud800\ud800""#, #""a\uDFFFb""#,
    ])
    func loneSurrogatesAreRejected(text: String) {
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
        #expect(error?.reason == .loneSurrogate)
    }

    @Test func badEscapesAreRejected() {
        #expect(throws: JSONSyntaxError(reason: .invalidEscape, line: 1, column: 3)) { try JSONParser.parse(#""a\x""#) }
        #expect(throws: JSONSyntaxError(reason: .invalidUnicodeEscape, line: 1, column: 2)) {
            try JSONParser.parse(#""\u12G4""#)
        }
        #expect(throws: JSONSyntaxError(reason: .invalidEscape, line: 1, column: 2)) { try JSONParser.parse(#""\'""#) }
    }

    @Test func invalidUTF8IsRejected() {
        let cases: [[UInt8]] = [
            [0x22, 0xC3, 0x28, 0x22],  // bad continuation byte
            [0x22, 0xC0, 0x80, 0x22],  // overlong NUL
            [0x22, 0xED, 0xA0, 0x80, 0x22],  // encoded surrogate
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // above U+10FFFF
            [0x22, 0xFF, 0x22],
            [0x22, 0x80, 0x22],  // lone continuation byte
        ]
        for bytes in cases {
            #expect(throws: JSONSyntaxError(reason: .invalidUTF8, line: 1, column: 2)) { try JSONParser.parse(bytes) }
        }
    }

    @Test func controlCharactersInStringsAreRejected() {
        #expect(throws: JSONSyntaxError(reason: .controlCharacterInString, line: 1, column: 3)) {
            try JSONParser.parse("\"a\tb\"")
        }
        #expect(throws: JSONSyntaxError(reason: .controlCharacterInString, line: 1, column: 3)) {
            try JSONParser.parse("\"a\nb\"")
        }
    }

    @Test(arguments: [
        "[1,]", #"{"a":1,}"#, "[1 2]", "// c\n1", "/* c */ 1", "'a'", "{'a': 1}", "[01]", "\u{FEFF}1", "\u{0C}1",
        "[", "{", #"{"a""#, #"{"a":"#, "", "  ", "tru", "nul", "True", "1 2", "{} x", "[]]", #"{"a" 1}"#, "{1:2}",
    ])
    func invalidTextsAreRejected(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }

    @Test func errorOnLineThreeReportsLineAndColumn() {
        let text = "[\n  1,\n  2,,3\n]"
        let expected = JSONSyntaxError(reason: .unexpectedCharacter(UInt8(ascii: ",")), line: 3, column: 5)
        #expect(throws: expected) { try JSONParser.parse(text) }
        #expect(expected.description.contains("line 3, column 5"))
        #expect(expected.description.contains("character ','"))

        let crlf = "{\r\n\"a\": 1,\r\n\"b\": tru }"
        #expect(throws: JSONSyntaxError(reason: .unexpectedCharacter(0x20), line: 3, column: 9)) {
            try JSONParser.parse(crlf)
        }
    }

    @Test func endOfInputAndTrailingContentArePositioned() {
        #expect(throws: JSONSyntaxError(reason: .unexpectedEndOfInput, line: 2, column: 5)) {
            try JSONParser.parse("[1,\n 2, ")
        }
        #expect(throws: JSONSyntaxError(reason: .trailingContent, line: 1, column: 4)) { try JSONParser.parse("{} x") }
    }

    @Test func descriptionsAreSentencesWithAdvice() {
        let error = JSONSyntaxError(reason: .duplicateKey("email"), line: 4, column: 2)
        #expect(error.description.hasPrefix("Invalid JSON at line 4, column 2: the key \"email\""))
        #expect(error.description.hasSuffix("run Handover again."))
        let tooDeep = JSONSyntaxError(reason: .nestingTooDeep(limit: 256), line: 1, column: 9)
        #expect(tooDeep.description.contains("raise the nesting limit"))
        let missing = JSONSyntaxError(reason: .openFailed(errno: ENOENT), line: 1, column: 1)
        #expect(missing.description.contains("No such file or directory"))
        #expect(JSONSyntaxError(reason: .unexpectedCharacter(0x0C), line: 1, column: 1).description.contains("0x0C"))
    }

    @Test func acceptsAnyByteCollection() throws {
        let text = #"{"a": [1, "x"]}"#
        let expected = try JSONParser.parse(text)
        #expect(try JSONParser.parse(Array(text.utf8)) == expected)
        #expect(try JSONParser.parse(Data(text.utf8)) == expected)
        #expect(try JSONParser.parse(Array(text.utf8).lazy.map { $0 }) == expected)  // not contiguous
        let fromRawBuffer = try Array(text.utf8).withUnsafeBytes { (raw) throws(JSONSyntaxError) in
            try JSONParser.parse(raw)
        }
        #expect(fromRawBuffer == expected)
    }

    // MARK: - Oracle

    /// Parses random documents written by a Python generator and lets Python's `json` module check that the
    /// parsed values, written back out, are the same data (numbers compared as exact text, member order kept).
    @Test(.enabled(if: Python.executable != nil, "python3 is not on PATH, so the oracle comparison is skipped"))
    func agreesWithPythonsJSONModule() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("handover-json-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("oracle.py")
        try Python.oracleScript.write(to: script, atomically: true, encoding: .utf8)

        for seed in 1...5 {
            let original = directory.appendingPathComponent("original-\(seed).json")
            let reserialized = directory.appendingPathComponent("mine-\(seed).json")
            try Python.run(script.path, "generate", original.path, "\(seed)")

            let bytes = try [UInt8](Data(contentsOf: original))
            let value = try JSONParser.parse(bytes)
            try Data(value.compactText().utf8).write(to: reserialized)
            try Python.run(script.path, "compare", original.path, reserialized.path)

            // The streaming reader, through a tiny buffer, yields the same records.
            guard case .array(let records) = value else {
                Issue.record("seed \(seed): top level is not an array")
                continue
            }
            var reader = JSONArrayStreamReader(bytes: bytes, bufferSize: 7)
            var streamed: [JSONValue] = []
            while let (record, _) = try reader.next() {
                streamed.append(record)
            }
            #expect(streamed == records, "seed \(seed)")
        }
    }
}

/// Where the JSONTestSuite cases are: `../shared/testdata/JSONTestSuite/test_parsing` next to the package.
private enum JSONTestSuite {
    /// The skip message when the folder is missing (for example in a fresh clone without `shared/`).
    static let missingMessage: Comment =
        "JSONTestSuite not found: expected ../shared/testdata/JSONTestSuite/test_parsing beside the package root"

    /// The `test_parsing` folder, or `nil` if it is not there.
    static let directory: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let suite = folder.deletingLastPathComponent()
                    .appendingPathComponent("shared/testdata/JSONTestSuite/test_parsing")
                return FileManager.default.fileExists(atPath: suite.path) ? suite : nil
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// The names of the `.json` files in the folder, sorted.
    static let fileNames: [String] = {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return []
        }
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()
}

/// Runs the Python oracle script.
private enum Python {
    /// The `python3` found on `PATH`, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// Runs `python3` with `arguments` and records an issue (with its error output) if it fails.
    static func run(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 \(arguments.joined(separator: " ")): \(message)")
    }

    /// `generate PATH SEED` writes a random document: an array of objects nesting arrays and objects, with
    /// random Unicode (including astral characters), every kind of escape, odd but valid number forms and
    /// random whitespace. `compare A B` exits non-zero unless both files hold the same data, with numbers
    /// compared as text and objects as ordered member lists.
    static let oracleScript = #"""
        import json, random, sys

        def generate(path, seed):
            rng = random.Random(seed)
            def ws():
                return "".join(rng.choice(" \t\r\n") for _ in range(rng.choice([0, 0, 0, 1, 2])))
            def char():
                k = rng.random()
                if k < 0.55: return chr(rng.randint(0x20, 0x7E))
                if k < 0.65: return rng.choice('"\\/\b\f\n\r\t\x00\x1f\x7f')
                if k < 0.8: return chr(rng.randint(0xA0, 0xD7FF))
                if k < 0.9: return chr(rng.randint(0xE000, 0xFFFD))
                return chr(rng.randint(0x10000, 0x10FFFF))
            def string():
                out = ['"']
                for ch in (char() for _ in range(rng.randint(0, 12))):
                    must = ch in '"\\' or ord(ch) < 0x20
                    if must or rng.random() < 0.2:
                        escaped = json.dumps(ch)[1:-1]
                        if escaped == ch or rng.random() < 0.3:
                            units = ch.encode("utf-16-be")
                            hexes = ["%04x" % int.from_bytes(units[i:i + 2], "big") for i in range(0, len(units), 2)]
                            escaped = "".join("\\u" + (h.upper() if rng.random() < 0.5 else h) for h in hexes)
                        out.append(escaped if ch != "/" or rng.random() < 0.5 else "\\/")
                    else:
                        out.append(ch)
                out.append('"')
                return "".join(out)
            def number():
                text = rng.choice(["", "-"])
                text += rng.choice(["0", str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 25)))])
                if rng.random() < 0.4:
                    text += "." + "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 8)))
                if rng.random() < 0.3:
                    text += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 400))
                return text
            def value(depth):
                k = rng.random()
                if depth < 6 and k < 0.15: return array(depth + 1)
                if depth < 6 and k < 0.3: return obj(depth + 1)
                if k < 0.55: return string()
                if k < 0.85: return number()
                return rng.choice(["true", "false", "null"])
            def array(depth):
                items = [value(depth) for _ in range(rng.randint(0, 6))]
                return "[" + ws() + ("," + ws()).join(items) + ws() + "]"
            def obj(depth):
                keys, members = set(), []
                for _ in range(rng.randint(0, 6)):
                    key = string()
                    if json.loads(key) in keys: continue
                    keys.add(json.loads(key))
                    members.append(key + ws() + ":" + ws() + value(depth))
                return "{" + ws() + ("," + ws()).join(members) + ws() + "}"
            records = [obj(1) for _ in range(300)]
            with open(path, "w", encoding="utf-8") as f:
                f.write(ws() + "[" + ws() + ("," + ws() + "\n").join(records) + "]" + ws())

        def load(path):
            with open(path, encoding="utf-8") as f:
                return json.loads(f.read(), object_pairs_hook=lambda pairs: ("object", pairs),
                                  parse_int=lambda s: ("number", s), parse_float=lambda s: ("number", s),
                                  parse_constant=lambda s: ("constant", s))

        if sys.argv[1] == "generate":
            generate(sys.argv[2], int(sys.argv[3]))
        else:
            a, b = load(sys.argv[2]), load(sys.argv[3])
            if a != b:
                sys.exit("the files differ")
        """#
}
