import Foundation
import JSONCore
import Testing

@testable import Handover

/// Tests for ``CSVReader``: the csv-spectrum corpus, hand-written edge cases, errors, and randomised oracles.
///
/// Most cases go through ``parse(_:delimiter:maxFieldBytes:sourceLocation:)``, which reads the input from memory
/// and from a file with several tiny buffer sizes, and checks that all readers agree, so every case also covers
/// records and line breaks that straddle the reader's internal buffer.
struct CSVReaderTests {
    // MARK: - csv-spectrum

    /// Every csv-spectrum case matches its JSON: the header, then each row keyed by it.
    @Test(
        .enabled(
            if: Self.spectrumDirectory != nil,
            "csv-spectrum test data not found at ../shared/testdata/csv-spectrum next to the package root"
        )
    )
    func csvSpectrum() throws {
        let directory = try #require(Self.spectrumDirectory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory + "/csvs")
            .filter { $0.hasSuffix(".csv") }
            .sorted()
        #expect(names.count >= 10)
        for name in names {
            let stem = String(name.dropLast(4))
            let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: "\(directory)/csvs/\(name)")))
            let json = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/json/\(stem).json"))
            let expected = try JSONDecoder().decode([[String: String]].self, from: json)

            let outcome = try parse(bytes)
            #expect(outcome.error == nil, "\(name)")
            let header = try #require(outcome.records.first, "\(name) has no header").fields
            let rows = outcome.records.dropFirst().map(\.fields)
            #expect(rows.count == expected.count, "\(name)")
            for (row, object) in zip(rows, expected) {
                #expect(Set(object.keys) == Set(header), "\(name)")
                #expect(row == header.map { object[$0] ?? "<missing>" }, "\(name)")
            }
        }
    }

    // MARK: - Structure

    /// Line breaks inside a quoted field are kept and counted, so the next record has its real line.
    @Test func quotedFieldWithEmbeddedNewlineKeepsLineNumbers() throws {
        let outcome = try parse("a,b\n1,\"x\ny\n\nz\"\n2,w\n")
        #expect(outcome.error == nil)
        #expect(
            outcome.records == [
                CSVRecord(fields: ["a", "b"], line: 1),
                CSVRecord(fields: ["1", "x\ny\n\nz"], line: 2),
                CSVRecord(fields: ["2", "w"], line: 6),
            ]
        )
    }

    /// CRLF ends records and counts as one line break, also inside quoted fields.
    @Test func crlfLineEndings() throws {
        let outcome = try parse("a,b\r\n1,\"x\r\ny\"\r\n2,3\r\n")
        #expect(
            outcome.records == [
                CSVRecord(fields: ["a", "b"], line: 1),
                CSVRecord(fields: ["1", "x\r\ny"], line: 2),
                CSVRecord(fields: ["2", "3"], line: 4),
            ]
        )
    }

    /// A lone CR ends a record, as in Python's `csv`.
    @Test func loneCarriageReturnEndsRecord() throws {
        let outcome = try parse("a,b\r1,\"x\ry\"\r2,3")
        #expect(
            outcome.records == [
                CSVRecord(fields: ["a", "b"], line: 1),
                CSVRecord(fields: ["1", "x\ry"], line: 2),
                CSVRecord(fields: ["2", "3"], line: 4),
            ]
        )
    }

    /// `""` inside a quoted field stands for one quote.
    @Test func doubledQuotes() throws {
        #expect(try fields("\"say \"\"hi\"\"\",x\n") == [["say \"hi\"", "x"]])
        #expect(try fields("\"\"\"\"\n\"\"\"a\"\"\"\n") == [["\""], ["\"a\""]])
        #expect(try fields("\"a,b\",\"\"\n") == [["a,b", ""]])
    }

    /// A quote that does not open a field is kept literally.
    @Test func quoteInsideUnquotedFieldIsLiteral() throws {
        #expect(try fields("a\"b,c\"\"d\",e\n") == [["a\"b", "c\"\"d\"", "e"]])
        #expect(try fields(" \"x\",y\n") == [[" \"x\"", "y"]])
    }

    /// A UTF-8 byte order mark is skipped at the start of the input and kept elsewhere.
    @Test func byteOrderMarkIsSkippedOnlyAtStart() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try parse(bom + Array("a,b\n1,2\n".utf8)).records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(try parse(bom).records.isEmpty)
        #expect(try parse(bom + Array("\"q\"".utf8)).records == [CSVRecord(fields: ["q"], line: 1)])
        #expect(try fields("x,\u{FEFF}y\n") == [["x", "\u{FEFF}y"]])
        // Columns are counted after the byte order mark.
        #expect(
            try parse(bom + Array("\"a\"b".utf8)).error
                == CSVSyntaxError(reason: .unexpectedCharacterAfterClosingQuote(UInt8(ascii: "b")), line: 1, column: 4)
        )
    }

    /// The last record needs no line break, and a final line break adds no record.
    @Test func finalRecordWithoutTrailingNewline() throws {
        #expect(try fields("a,b\n1,2") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,b\n1,\"2\"") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a,") == [["a", ""]])
    }

    /// Empty fields between, after and inside quotes are kept.
    @Test func emptyFields() throws {
        #expect(try fields("a,,b\n") == [["a", "", "b"]])
        #expect(try fields("a,b,\n") == [["a", "b", ""]])
        #expect(try fields(",\n,,\r\n") == [["", ""], ["", "", ""]])
        #expect(try fields("\"\"\n") == [[""]])
    }

    /// Empty lines yield no record but still count for line numbers.
    @Test func emptyLinesProduceNoRecords() throws {
        let outcome = try parse("\n\na\n\n\r\n\rb\n\n")
        #expect(outcome.records == [CSVRecord(fields: ["a"], line: 3), CSVRecord(fields: ["b"], line: 7)])
        #expect(try parse("").records.isEmpty)
        #expect(try parse("\n\r\n\r").records.isEmpty)
    }

    /// Semicolon and tab delimiters work, with the comma then being ordinary text.
    @Test func customDelimiters() throws {
        #expect(try fields("a;b,c;\"d;e\"\n", delimiter: UInt8(ascii: ";")) == [["a", "b,c", "d;e"]])
        #expect(try fields("a\tb c\t\n\"x\ty\"\tz", delimiter: 0x09) == [["a", "b c", ""], ["x\ty", "z"]])
    }

    /// Multi-byte UTF-8 fields decode intact.
    @Test func unicodeFields() throws {
        #expect(try fields("名前,Größe\n\"🙂, ok\",ʤ\n") == [["名前", "Größe"], ["🙂, ok", "ʤ"]])
    }

    // MARK: - Errors

    /// End of input inside a quoted field is reported at the field's opening quote.
    @Test func unterminatedQuoteReportsWhereTheFieldStarts() throws {
        let outcome = try parse("a,b\n1,\"abc\n\ndef")
        #expect(outcome.records.map(\.fields) == [["a", "b"]])
        #expect(outcome.error == CSVSyntaxError(reason: .unterminatedQuotedField, line: 2, column: 3))
        #expect(try parse("\"").error == CSVSyntaxError(reason: .unterminatedQuotedField, line: 1, column: 1))
        #expect(try parse("x\n\"a\"\"").error == CSVSyntaxError(reason: .unterminatedQuotedField, line: 2, column: 1))
    }

    /// A byte other than a delimiter or line break after a closing quote is reported where it stands.
    @Test func junkAfterClosingQuote() throws {
        let outcome = try parse("h\r\na,\"b\"x,c\n")
        #expect(outcome.records.map(\.fields) == [["h"]])
        #expect(
            outcome.error
                == CSVSyntaxError(reason: .unexpectedCharacterAfterClosingQuote(UInt8(ascii: "x")), line: 2, column: 6)
        )
        #expect(
            try parse("\"a\nb\" ,c").error
                == CSVSyntaxError(reason: .unexpectedCharacterAfterClosingQuote(0x20), line: 2, column: 3)
        )
    }

    /// Malformed UTF-8 is reported at the start of the field, for unquoted and quoted fields.
    @Test func invalidUTF8() throws {
        let cases: [[UInt8]] = [
            [0xFF],  // never valid
            [0xC3],  // truncated
            [0xC0, 0x80],  // overlong
            [0xE0, 0x80, 0x80],  // overlong
            [0xED, 0xA0, 0x80],  // surrogate
            [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
            [0x61, 0xE2, 0x82],  // truncated after ASCII
        ]
        for bad in cases {
            let unquoted = try parse(Array("ok,x\n".utf8) + Array("y,".utf8) + bad + Array(",z\n".utf8))
            #expect(unquoted.records.map(\.fields) == [["ok", "x"]], "\(bad)")
            #expect(unquoted.error == CSVSyntaxError(reason: .invalidUTF8, line: 2, column: 3), "\(bad)")
            let quoted = try parse(Array("\"a\"\"".utf8) + bad + Array("\"".utf8))
            #expect(quoted.error == CSVSyntaxError(reason: .invalidUTF8, line: 1, column: 1), "\(bad)")
        }
    }

    /// The reader accepts exactly the byte sequences that `String(validating:)` accepts.
    @Test func utf8ValidationAgreesWithStandardLibrary() {
        var generator = SeededGenerator(seed: 7)
        let interesting: [UInt8] = [
            0x61, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
            0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        for _ in 0..<5000 {
            let length = Int.random(in: 1...12, using: &generator)
            let field = (0..<length).map { _ in interesting.randomElement(using: &generator)! }
            let expected = String(validating: field, as: UTF8.self)
            for quoted in [false, true] {
                let input = quoted ? [0x22] + field + [0x22, 0x22, 0x22] : field
                let reader = CSVReader(bytes: input)
                do throws(CSVSyntaxError) {
                    let record = try reader.next()
                    #expect(expected != nil && record?.fields == [expected! + (quoted ? "\"" : "")], "\(field)")
                } catch {
                    #expect(expected == nil && error.reason == .invalidUTF8, "\(field)")
                }
            }
        }
    }

    /// Fields over `maxFieldBytes` are rejected, wherever they straddle the buffer.
    @Test func fieldTooLarge() throws {
        #expect(try parse("abcde,\"vwxyz\"\n", maxFieldBytes: 5).records.map(\.fields) == [["abcde", "vwxyz"]])
        #expect(
            try parse("ab\nx,abcdef\n", maxFieldBytes: 5).error
                == CSVSyntaxError(reason: .fieldTooLarge(limit: 5), line: 2, column: 3)
        )
        #expect(
            try parse("\"a\nb\"\"cd\"\n", maxFieldBytes: 5).error
                == CSVSyntaxError(reason: .fieldTooLarge(limit: 5), line: 1, column: 1)
        )
        let huge = String(repeating: "0123456789", count: 1000)
        #expect(
            try parse("a,\(huge)\n", maxFieldBytes: 9999).error
                == CSVSyntaxError(reason: .fieldTooLarge(limit: 9999), line: 1, column: 3)
        )
        #expect(try fields("a,\(huge)\n", maxFieldBytes: 10000) == [["a", huge]])
        // An unclosed quote longer than the limit is the same error from memory and from a file of any
        // buffer size (the in-memory reader said "not closed" while a file said "too large": found by fuzz-csv).
        #expect(
            try parse(
                "a|b\n\"unte" + String(repeating: "\u{0}", count: 70) + "|x\n", delimiter: UInt8(ascii: "|"),
                maxFieldBytes: 64
            )
            .error == CSVSyntaxError(reason: .fieldTooLarge(limit: 64), line: 2, column: 1)
        )
        // A closed quoted field over the limit with junk after its quote: the size is what every reader says.
        #expect(
            try parse("a,\"" + String(repeating: "x\n", count: 40) + "\"junk\n", maxFieldBytes: 64).error
                == CSVSyntaxError(reason: .fieldTooLarge(limit: 64), line: 1, column: 3)
        )
        // Exactly the limit, closed by the input's last byte: a file whose buffer ends at that quote
        // counted the quote in the size.
        let limit = String(repeating: "\u{FC}", count: 32)
        #expect(try parse("a|b\n\"\(limit)\"", delimiter: UInt8(ascii: "|"), maxFieldBytes: 64).error == nil)
        #expect(try fields("\"\(limit)\"\n", maxFieldBytes: 64) == [[limit]])
        #expect(
            try parse("a\n\"short", maxFieldBytes: 64).error
                == CSVSyntaxError(reason: .unterminatedQuotedField, line: 2, column: 1)
        )
    }

    /// After an error, `next()` keeps throwing it.
    @Test func errorIsRepeatedAfterFailure() throws {
        let reader = CSVReader(bytes: Array("ok\n\"bad\"x\nnever\n".utf8))
        #expect(try reader.next()?.fields == ["ok"])
        let expected = CSVSyntaxError(
            reason: .unexpectedCharacterAfterClosingQuote(UInt8(ascii: "x")),
            line: 2,
            column: 6
        )
        #expect(throws: expected) { try reader.next() }
        #expect(throws: expected) { try reader.next() }
    }

    /// Only a regular file is read: a directory, a FIFO (which would block the reader for ever)
    /// or a device (`/dev/zero`, which never ends) is refused when it is opened, saying what it is.
    @Test func onlyARegularFileIsOpened() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: CSVFileError(path: directory.url.path, errno: EISDIR)) {
            _ = try CSVReader(path: directory.url.path)
        }
        let fifo = directory.url.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: CSVFileError(path: fifo, errno: RegularFile.notRegularErrno)) { _ = try CSVReader(path: fifo) }
        #expect(throws: CSVFileError(path: "/dev/zero", errno: RegularFile.notRegularErrno)) {
            _ = try CSVReader(path: "/dev/zero")
        }
        #expect(CSVFileError(path: fifo, errno: RegularFile.notRegularErrno).description.contains("not a regular file"))
    }

    /// Opening a missing file throws ``CSVFileError`` with a readable description.
    @Test func missingFileThrowsFileError() {
        let path = "/nonexistent-\(UUID().uuidString)/x.csv"
        #expect(throws: CSVFileError(path: path, errno: ENOENT)) { _ = try CSVReader(path: path) }
        let error = CSVFileError(path: path, errno: ENOENT)
        #expect(
            error.description
                == "cannot open CSV file \"\(path)\": No such file or directory (errno 2); "
                + "check the path and its permissions."
        )
    }

    /// Error descriptions are full sentences that start with the location.
    @Test func errorDescriptionsAreSentences() {
        #expect(
            CSVSyntaxError(reason: .unterminatedQuotedField, line: 12, column: 7).description
                == "line 12, column 7: a quoted field is not closed before the end of the file; "
                + "check for a missing \" ."
        )
        let junk = CSVSyntaxError(reason: .unexpectedCharacterAfterClosingQuote(UInt8(ascii: "x")), line: 1, column: 2)
        #expect(junk.description.hasPrefix("line 1, column 2: unexpected character 'x' (0x78) after the closing quote"))
        let control = CSVSyntaxError(reason: .unexpectedCharacterAfterClosingQuote(0x07), line: 1, column: 2)
        #expect(control.description.contains("character 0x07 after"))
        #expect(
            CSVSyntaxError(reason: .fieldTooLarge(limit: 9), line: 3, column: 4).description.contains(
                "limit of 9 bytes"
            )
        )
        #expect(CSVSyntaxError(reason: .invalidUTF8, line: 3, column: 4).description.contains("not valid UTF-8"))
        #expect(CSVSyntaxError(reason: .readFailed(errno: EIO), line: 3, column: 4).description.contains("errno 5"))
    }

    /// `close()` ends the stream early and may be called twice.
    @Test func closeStopsReading() throws {
        try withTemporaryFile(Array("a\nb\nc\n".utf8)) { path in
            let reader = try CSVReader(path: path, bufferSize: 4)
            #expect(try reader.next()?.fields == ["a"])
            reader.close()
            #expect(try reader.next() == nil)
            reader.close()
            #expect(try reader.next() == nil)
        }
    }

    // MARK: - Buffer boundaries

    /// Tiny read buffers give the same records and lines as the default one.
    @Test func recordsSpanningBufferBoundaries() throws {
        var text = "\u{FEFF}id,name,note\r\n"
        for index in 0..<200 {
            let note = index % 3 == 0 ? "\"multi\r\nline \"\"\(index)\"\", 🙂\"" : "plain \(index) é"
            text += "\(index),\"Name, \(index)\",\(note)\(index % 2 == 0 ? "\r\n" : "\n")"
            if index % 17 == 0 { text += "\n\r\n" }
        }
        let bytes = Array(text.utf8)
        let reference = try withTemporaryFile(bytes) { path in
            try Self.read(CSVReader(path: path, bufferSize: 65536))
        }
        #expect(reference.error == nil)
        #expect(reference.records.count == 201)
        #expect(reference.records[1] == CSVRecord(fields: ["0", "Name, 0", "multi\r\nline \"0\", 🙂"], line: 2))
        #expect(reference.records.last?.fields == ["199", "Name, 199", "plain 199 é"])
        for bufferSize in [1, 4, 7, 13, 100] {
            let outcome = try withTemporaryFile(bytes) { path in
                try Self.read(CSVReader(path: path, bufferSize: bufferSize))
            }
            #expect(outcome == reference, "bufferSize \(bufferSize)")
        }
    }

    // MARK: - Oracles

    /// Random rows written by an independent encoder read back unchanged, with their line numbers.
    @Test func randomRoundTrip() throws {
        var generator = SeededGenerator(seed: 42)
        for iteration in 0..<300 {
            let document = RandomDocument(using: &generator)
            let outcome = try parse(Array(document.text.utf8))
            #expect(outcome.error == nil, "document \(iteration)")
            #expect(outcome.records == document.records, "document \(iteration) of seed 42")
        }
    }

    /// Python's `csv.reader` and this reader agree on random documents (blank-line records filtered out).
    @Test(.enabled(if: Fixtures.python3 != nil, "python3 is not installed; skipping the comparison with Python's csv"))
    func agreesWithPythonCSV() throws {
        let python = try #require(Fixtures.python3)
        var generator = SeededGenerator(seed: 2024)
        for iteration in 0..<8 {
            let document = RandomDocument(using: &generator, recordCount: 200...400)
            let bytes = Array(document.text.utf8)
            let pythonRows = try withTemporaryFile(bytes) { path in
                let script =
                    "import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', "
                    + "encoding='utf-8')))))"
                let result = try Fixtures.run(python, ["-c", script, path])
                #expect(result.status == 0, "python3 failed: \(result.errors)")
                return try JSONDecoder().decode([[String]].self, from: result.output).filter { !$0.isEmpty }
            }
            let outcome = try parse(bytes)
            #expect(outcome.error == nil)
            #expect(outcome.records.map(\.fields) == pythonRows, "document \(iteration)")
            #expect(pythonRows == document.records.map(\.fields), "document \(iteration)")
        }
    }

    // MARK: - Helpers

    /// Everything a reader produced: the records, then the error that stopped it, if any.
    ///
    /// Equatable, so the outcomes of differently configured readers can be compared whole.
    struct Outcome: Equatable {
        var records: [CSVRecord] = []
        var error: CSVSyntaxError?
    }

    /// Drains `reader`.
    ///
    /// Collects records until the end of input or the first error, which ends the outcome.
    static func read(_ reader: CSVReader) -> Outcome {
        var outcome = Outcome()
        do throws(CSVSyntaxError) {
            while let record = try reader.next() { outcome.records.append(record) }
        } catch {
            outcome.error = error
        }
        return outcome
    }

    /// Parses `bytes` from memory and from a file with several buffer sizes, expects identical outcomes, and
    /// returns the in-memory one.
    func parse(
        _ bytes: [UInt8],
        delimiter: UInt8 = UInt8(ascii: ","),
        maxFieldBytes: Int = 16 << 20,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome {
        let reference = Self.read(CSVReader(bytes: bytes, delimiter: delimiter, maxFieldBytes: maxFieldBytes))
        try withTemporaryFile(bytes) { path in
            for bufferSize in [4, 5, 7, 13, 20, 64, 65536] {
                let reader = try CSVReader(
                    path: path,
                    delimiter: delimiter,
                    bufferSize: bufferSize,
                    maxFieldBytes: maxFieldBytes
                )
                #expect(Self.read(reader) == reference, "bufferSize \(bufferSize)", sourceLocation: sourceLocation)
            }
        }
        return reference
    }

    /// ``parse(_:delimiter:maxFieldBytes:sourceLocation:)`` for text.
    ///
    /// The text is encoded as UTF-8.
    func parse(
        _ text: String,
        delimiter: UInt8 = UInt8(ascii: ","),
        maxFieldBytes: Int = 16 << 20,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome {
        try parse(Array(text.utf8), delimiter: delimiter, maxFieldBytes: maxFieldBytes, sourceLocation: sourceLocation)
    }

    /// The fields of every record of `text`, expecting no error.
    ///
    /// Line numbers are dropped; tests that care about them use `parse` directly.
    func fields(
        _ text: String,
        delimiter: UInt8 = UInt8(ascii: ","),
        maxFieldBytes: Int = 16 << 20,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [[String]] {
        let outcome = try parse(
            text,
            delimiter: delimiter,
            maxFieldBytes: maxFieldBytes,
            sourceLocation: sourceLocation
        )
        #expect(outcome.error == nil, sourceLocation: sourceLocation)
        return outcome.records.map(\.fields)
    }

    /// Writes `bytes` to a fresh temporary file, passes its path to `body`, and removes the file.
    ///
    /// File names are unique, so tests running in parallel do not collide.
    func withTemporaryFile<Result>(_ bytes: [UInt8], _ body: (String) throws -> Result) throws -> Result {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// `../shared/testdata/csv-spectrum` relative to the package root (the first ancestor of this file that holds
    /// `Package.swift`), or `nil` if it does not exist.
    static let spectrumDirectory: String? = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                let spectrum = directory.deletingLastPathComponent()
                    .appendingPathComponent("shared/testdata/csv-spectrum").standardizedFileURL.path
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: spectrum + "/csvs", isDirectory: &isDirectory)
                return exists && isDirectory.boolValue ? spectrum : nil
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()
}

extension CSVReaderTests {
    /// A deterministic random number generator (SplitMix64), so that failures can be reproduced.
    struct SeededGenerator: RandomNumberGenerator {
        /// The generator's whole state; the seed is its first value.
        var state: UInt64

        /// Creates a generator whose sequence is fixed by `seed`.
        ///
        /// Equal seeds give equal sequences on every platform.
        init(seed: UInt64) {
            state = seed
        }

        /// Returns the next 64 random bits.
        ///
        /// SplitMix64: a Weyl sequence step followed by an avalanche mix.
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    /// Random rows encoded as CSV by an independent writer, with the records (and lines) a reader must return.
    ///
    /// Fields mix delimiters, quotes, all three line breaks and non-ASCII text; fields are quoted when they need it and
    /// sometimes when they do not; records end with LF, CRLF or CR; blank lines are sprinkled between records; the last
    /// line break is sometimes omitted.
    struct RandomDocument {
        /// The encoded CSV document.
        private(set) var text = ""
        /// The records a reader must return for `text`.
        private(set) var records: [CSVRecord] = []
        /// The line the next record starts on.
        private var line = 1
        /// Whether `text` ends with a lone CR, after which an LF would merge into a CRLF.
        private var endsWithCarriageReturn = false

        /// Building blocks for field contents, including every byte with a meaning in CSV.
        private static let pieces = [
            "a", "b", "Z", "1", "42", " ", ",", "\"", "\n", "\r\n", "\r", "é", "日本", "🙂", ";", "\t", "x\"y", "ʤ",
        ]

        /// Generates a document with a random number of records in `recordCount`.
        ///
        /// The same generator state always yields the same document.
        init(using generator: inout SeededGenerator, recordCount: ClosedRange<Int> = 0...12) {
            for _ in 0..<Int.random(in: recordCount, using: &generator) {
                addRecord(using: &generator)
            }
            if Bool.random(using: &generator) && !records.isEmpty {
                // Drop the final line break; the last record ends with a field, never inside one.
                text.removeLast()
            }
        }

        /// Appends one random record, possibly preceded by blank lines, to `text` and `records`.
        ///
        /// Blank lines never start with an LF right after a lone CR, which would merge into one CRLF.
        private mutating func addRecord(using generator: inout SeededGenerator) {
            for _ in 0..<(Int.random(in: 0...3, using: &generator) == 0 ? Int.random(in: 1...2, using: &generator) : 0)
            {
                let blank = endsWithCarriageReturn ? ["\r\n", "\r"] : ["\n", "\r\n", "\r"]
                let ending = blank.randomElement(using: &generator)!
                text += ending
                line += 1
                endsWithCarriageReturn = ending == "\r"
            }
            let fieldCount = Int.random(in: 1...5, using: &generator)
            var fields: [String] = []
            for _ in 0..<fieldCount {
                var field = ""
                for _ in 0..<Int.random(in: 0...4, using: &generator) {
                    field += Self.pieces.randomElement(using: &generator)!
                }
                fields.append(field)
            }
            let encoded = fields.map { field in
                let needsQuotes =
                    field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                    || (fieldCount == 1 && field.isEmpty)
                guard needsQuotes || Int.random(in: 0...5, using: &generator) == 0 else { return field }
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            records.append(CSVRecord(fields: fields, line: line))
            let body = encoded.joined(separator: ",")
            line += lineCount(body)
            let ending = ["\n", "\r\n", "\r"].randomElement(using: &generator)!
            text += body + ending
            line += 1
            endsWithCarriageReturn = ending == "\r"
        }

        /// Counts line breaks in `text`, CRLF counting once.
        ///
        /// Works on Unicode scalars, because `Character` merges CRLF into one grapheme.
        private func lineCount(_ text: String) -> Int {
            text.unicodeScalars.reduce(into: (count: 0, previous: Unicode.Scalar(0))) { state, scalar in
                if scalar == "\r" || (scalar == "\n" && state.previous != "\r") { state.count += 1 }
                state.previous = scalar
            }.count
        }
    }
}
