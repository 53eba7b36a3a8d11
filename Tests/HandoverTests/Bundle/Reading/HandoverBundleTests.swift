import Foundation
import Testing
import ZIPFoundation

@testable import Handover

struct HandoverBundleTests {
    private func items(_ bundle: HandoverBundle, _ format: HandoverBundle.DataFormat) throws -> [BundleDataItem] {
        var items: [BundleDataItem] = []
        try bundle.readData(from: format) { item, _ in items.append(item) }
        return items
    }

    @Test func readsTheQuickstartBundleBackFromJSONAndXML() async throws {
        let directory = try Fixtures.quickstartCopy()
        let url = try await Fixtures.export(["email=alice@example.com"], in: directory)
        let bundle = try HandoverBundle(contentsOf: url)
        #expect(bundle.entries.map(\.path) == ["data.json", "data.xml", "index.html", "manifest.json"])
        let manifest = try bundle.manifest()
        let counts = manifest.collections.map(\.records)
        #expect(counts.count == 6 && counts.allSatisfy { $0 > 0 })
        let json = try items(bundle, .json)
        let xml = try items(bundle, .xml)
        let expectedCount = 1 + 2 * counts.count + counts.reduce(0, +)  // header, collection + end each, records
        #expect(json.count == expectedCount)
        #expect(xml.count == json.count)
        for (left, right) in zip(json, xml) {
            switch (left, right) {
            case (.collectionEnd(let count), .collectionEnd(let none)):
                #expect(count != nil && none == nil)
            default:
                #expect(left == right)
            }
        }
        guard case .header(let header) = json.first else { throw Failure("no header") }
        #expect(header.identifiers == [SubjectIdentifier(type: "email", value: "alice@example.com")])
    }

    @Test func awkwardValuesSurviveBothFormats() throws {
        let directory = try TemporaryDirectory()
        let values: [Value] = [
            .string("quote \" backslash \\ newline \n tab \t cr \r end"), .string("control \u{01} char"),
            .string("<script>&amp;</script>"), .string(" padded "), .string(""), .string("e\u{301} é"),
            .integer(-9_223_372_036_854_775_808), .decimal("12.50"), .decimal("-1e-3"), .boolean(false), .null,
            .date("2024-02-29"), .dateTime("2024-05-01T10:00:00.123+02:00"), .binary(Data([0, 255, 10])),
            .binary(Data()),
        ]
        let header = BundleHeader(
            controller: Fixtures.controller, identifiers: [SubjectIdentifier(type: "email", value: "a\u{2}@x")],
            discovered: [],
            scope: .access)
        let collection = CollectionHeader(
            source: "s", name: "c", purposes: ["essential.service"], legalBasis: .consent,
            retention: Retention(description: "30 days", period: "P30D"), recipients: [Recipient(name: "Mailer")],
            fields: [.init(name: "note", category: "user.content", provenance: .provided, description: "A note")])
        for (name, make) in [
            ("data.json", { (sink: MemorySink) throws -> any BundleContentWriter in DataJSONWriter(sink: sink) }),
            ("data.xml", { (sink: MemorySink) throws -> any BundleContentWriter in try DataXMLWriter(sink: sink) }),
        ] {
            let sink = MemorySink()
            let writer = try make(sink)
            try writer.begin(header)
            try writer.beginCollection(collection)
            for value in values { try writer.write(ExportedRecord(fields: [.init(name: "note", value: value)])) }
            try writer.endCollection(recordCount: values.count)
            try writer.finish()
            try Data(sink.bytes).write(to: directory.url.appendingPathComponent(name))
        }
        var json = try DataJSONReader(path: directory.url.appendingPathComponent("data.json").path)
        let xml = try DataXMLReader(path: directory.url.appendingPathComponent("data.xml").path)
        var records: [(Value, Value)] = []
        while let left = try json.next(), let right = try xml.next() {
            if case .record(let a) = left, case .record(let b) = right {
                records.append((a.fields[0].value, b.fields[0].value))
            } else if case .header(let a) = left, case .header(let b) = right {
                #expect(a == b)
            }
        }
        #expect(records.count == values.count)
        for (index, (left, right)) in records.enumerated() {
            let expected: [UInt8]? = values[index].text.map { Array($0.utf8) }
            let fromJSON: [UInt8]? = left.text.map { Array($0.utf8) }
            let fromXML: [UInt8]? = right.text.map { Array($0.utf8) }
            #expect(fromJSON == expected, "value \(index): \(left)")
            #expect(right.typeName == values[index].typeName, "value \(index)")
            #expect(fromXML == expected, "value \(index): \(right)")
        }
    }

    @Test func missingBundleIsInputMissing() {
        #expect(throws: HandoverError.self) { try HandoverBundle(contentsOf: URL(fileURLWithPath: "/nonexistent.zip")) }
    }

    private func refusal(_ entries: [(String, Data)]) throws -> HandoverError? {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("odd.zip")
        try Fixtures.zip(entries, to: url)
        do {
            _ = try HandoverBundle(contentsOf: url)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        "../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:/evil.txt", "a\\..\\evil.txt", "./a", "a//b",
    ])
    func zipSlipNamesAreRefused(name: String) throws {
        let error = try #require(try refusal([(name, Data("x".utf8))]))
        #expect(error.code == .bundleInvalid)
        #expect(error.description.contains(name))
    }

    @Test func duplicateNamesAreRefused() throws {
        let error = try #require(try refusal([("data.json", Data("1".utf8)), ("data.json", Data("2".utf8))]))
        #expect(error.description.contains("more than once"))
        let folded = try #require(try refusal([("data.json", Data("1".utf8)), ("DATA.json", Data("2".utf8))]))
        #expect(folded.description.contains("more than once"))
    }

    @Test func tooManyEntriesAreRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("many.zip")
        try Fixtures.zip((0..<10).map { ("e\($0)", Data()) }, to: url)
        #expect(throws: HandoverError.self) { try HandoverBundle(contentsOf: url, limits: .init(maxEntries: 5)) }
        #expect(try HandoverBundle(contentsOf: url).entries.count == 10)
    }

    @Test func declaredSizesBeyondTheLimitAreRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("big.zip")
        try Fixtures.zip([("a", Data(count: 1000)), ("b", Data(count: 1000))], to: url)
        #expect(throws: HandoverError.self) { try HandoverBundle(contentsOf: url, limits: .init(maxTotalSize: 1500)) }
    }

    /// Two central-directory records that point at the same local header: the data overlap.
    @Test func overlappingEntriesAreRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("overlap.zip")
        try Fixtures.zip([("a", Data("hello".utf8)), ("b", Data("world".utf8))], to: url)
        var bytes = [UInt8](try Data(contentsOf: url))
        // Point the second central record's local-header offset at the first entry.
        let central = Self.offsets(of: [0x50, 0x4b, 0x01, 0x02], in: bytes)
        #expect(central.count == 2)
        for index in 0..<4 { bytes[central[1] + 42 + index] = 0 }
        try Data(bytes).write(to: url)
        let error = #expect(throws: HandoverError.self) { try HandoverBundle(contentsOf: url) }
        #expect(error?.description.contains("entry 'b'") == true, "\(String(describing: error))")
    }

    /// An entry whose content is longer than its header declares is cut off and refused.
    @Test func contentLargerThanDeclaredIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("liar.zip")
        try Fixtures.zip([("manifest.json", Data(repeating: UInt8(ascii: "a"), count: 100_000))], to: url)
        var bytes = [UInt8](try Data(contentsOf: url))
        let central = Self.offsets(of: [0x50, 0x4b, 0x01, 0x02], in: bytes)[0]
        bytes[central + 24] = 10
        bytes[central + 25] = 0
        bytes[central + 26] = 0
        bytes[central + 27] = 0
        try Data(bytes).write(to: url)
        let bundle = try HandoverBundle(contentsOf: url)
        let error = #expect(throws: HandoverError.self) { try bundle.contents(of: "manifest.json") }
        #expect(error?.description.contains("larger than the 10 bytes") == true, "\(String(describing: error))")
    }

    static func offsets(of signature: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard bytes.count >= signature.count else { return [] }
        return (0...(bytes.count - signature.count)).filter { Array(bytes[$0..<($0 + signature.count)]) == signature }
    }

    /// Every archive of the shared zip-oddities data is read correctly or refused with a message,
    /// quickly, without writing outside a temporary directory.
    @Test(.requiresSharedTestData("zip-oddities/libarchive"))
    func sharedZipOdditiesAreReadOrRefused() throws {
        let folder = try #require(Fixtures.sharedTestFolder("zip-oddities/libarchive"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0 != "COPYING" }
        #expect(names.count >= 60)
        var read = 0
        var refused: [String: String] = [:]
        for name in names {
            let started = Date()
            do {
                let bundle = try HandoverBundle(contentsOf: folder.appendingPathComponent(name))
                for entry in bundle.entries {
                    _ = try bundle.withExtractedEntries([entry.path]) { $0[entry.path]!.size }
                }
                read += 1
            } catch let error as HandoverError {
                #expect(error.code == .bundleInvalid, "\(name): \(error)")
                #expect(!error.message.isEmpty)
                refused[name] = error.description
            }
            #expect(Date().timeIntervalSince(started) < 10, "\(name) took too long")
        }
        print("zip-oddities: \(read) read, \(refused.count) refused")
        for (name, message) in refused.sorted(by: { $0.key < $1.key }) { print("  \(name): \(message)") }
        #expect(read > 0)
        #expect(refused["test_read_format_zip_symlink.zip"] != nil)
        #expect(refused["test_read_format_zip_encryption_data.zip"] != nil)
        #expect(refused["test_read_format_zip_size_exceeds_declared_deflate.zip"] != nil)
    }
}

struct Failure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
