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

    /// Every archive of the shared zip-oddities data and what the reader does with it: read whole (every
    /// entry inflated and checked against its size and CRC-32), or refused with this message. The same
    /// list is in docs/errors.md.
    static let zipOddities: [(file: String, refusal: String?)] = [
        ("test_read_format_zip.zip", "the entry is a directory, which bundles never hold"),
        ("test_read_format_zip_7075_utf8_paths.zip", "the entry name is not UTF-8"),
        ("test_read_format_zip_7z_deflate.zip", "the entry is a symbolic link, which bundles never hold"),
        ("test_read_format_zip_7z_lzma.zip", "the entry is a directory, which bundles never hold"),
        ("test_read_format_zip_bz2_hang.zip", "not a zip archive"),
        ("test_read_format_zip_bzip2.zipx", "the entry uses compression method 12; only stored"),
        ("test_read_format_zip_bzip2_multi.zipx", "the entry uses compression method 12; only stored"),
        ("test_read_format_zip_comment_stored_1.zip", nil),
        ("test_read_format_zip_comment_stored_2.zip", nil),
        ("test_read_format_zip_encryption_data.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_encryption_header.zip", "the end record is inconsistent"),
        ("test_read_format_zip_encryption_partially.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_extra_padding.zip", "not a zip archive"),
        ("test_read_format_zip_filename_cp866.zip", "the entry name is not UTF-8"),
        ("test_read_format_zip_filename_cp932.zip", "the entry name is not UTF-8"),
        ("test_read_format_zip_filename_koi8r.zip", "the entry name is not UTF-8"),
        ("test_read_format_zip_filename_utf8_jp.zip", "the entry is a directory, which bundles never hold"),
        ("test_read_format_zip_filename_utf8_ru.zip", "the name occurs more than once"),
        ("test_read_format_zip_filename_utf8_ru2.zip", "the entry name is not UTF-8"),
        ("test_read_format_zip_high_compression.zip", nil),
        ("test_read_format_zip_jar.jar", "the entry is a directory, which bundles never hold"),
        ("test_read_format_zip_length_at_end.zip", nil),
        ("test_read_format_zip_lzma.zipx", "the entry uses compression method 14; only stored"),
        ("test_read_format_zip_lzma_alone_leak.zipx", "not a zip archive"),
        ("test_read_format_zip_lzma_multi.zipx", "the entry uses compression method 14; only stored"),
        ("test_read_format_zip_lzma_stream_end.zipx", "the entry uses compression method 14; only stored"),
        ("test_read_format_zip_mac_metadata.zip", "the entry is a directory, which bundles never hold"),
        ("test_read_format_zip_malformed1.zip", "not a zip archive"),
        ("test_read_format_zip_msdos.zip", "the entry is a directory, which bundles never hold"),
        ("test_read_format_zip_nested.zip", nil),
        ("test_read_format_zip_nofiletype.zip", "the entry is a directory, which bundles never hold"),
        ("test_read_format_zip_padded1.zip", "the central directory is not where the end record says"),
        ("test_read_format_zip_padded2.zip", "the end of the archive is damaged or followed by other data"),
        ("test_read_format_zip_padded3.zip", "the end of the archive is damaged or followed by other data"),
        ("test_read_format_zip_pkware_unix.zip", nil),
        ("test_read_format_zip_ppmd8.zipx", "the entry uses compression method 98; only stored"),
        ("test_read_format_zip_ppmd8_aes256_streaming.zipx", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_ppmd8_crash_1.zipx", "not a zip archive"),
        ("test_read_format_zip_ppmd8_crash_2.zipx", "not a zip archive"),
        ("test_read_format_zip_ppmd8_multi.zipx", "the entry uses compression method 98; only stored"),
        ("test_read_format_zip_sfx", "the central directory is not where the end record says"),
        (
            "test_read_format_zip_size_exceeds_declared_deflate.zip",
            "its content is larger than the 10 bytes its header declares"
        ),
        (
            "test_read_format_zip_size_exceeds_declared_stored.zip",
            "a stored entry's compressed and uncompressed sizes differ"
        ),
        ("test_read_format_zip_symlink.zip", "the entry is a symbolic link, which bundles never hold"),
        (
            "test_read_format_zip_symlink_unsupported_compression.zip",
            "the entry is a symbolic link, which bundles never hold"
        ),
        ("test_read_format_zip_traditional_encryption_data.zip", "the entry is encrypted, which bundles never are"),
        (
            "test_read_format_zip_uncompressed_size_off_by_4gib.zip",
            "a stored entry's compressed and uncompressed sizes differ"
        ),
        ("test_read_format_zip_ux.zip", nil),
        ("test_read_format_zip_winzip_aes128.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_winzip_aes256.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_winzip_aes256_large.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_winzip_aes256_large_bzip2.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_winzip_aes256_large_lzma.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_winzip_aes256_large_ppmd.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_winzip_aes256_large_xz.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_winzip_aes256_large_zstd.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_winzip_aes256_stored.zip", "the entry is encrypted, which bundles never are"),
        ("test_read_format_zip_with_invalid_traditional_eocd.zip", nil),
        ("test_read_format_zip_xz_multi.zipx", "the entry uses compression method 95; only stored"),
        ("test_read_format_zip_zip64a.zip", nil),
        ("test_read_format_zip_zip64b.zip", nil),
        ("test_read_format_zip_zipx_lzma_oom.zipx", "not a zip archive"),
        ("test_read_format_zip_zstd.zipx", "the entry uses compression method 93; only stored"),
        ("test_read_format_zip_zstd_multi.zipx", "the entry uses compression method 93; only stored"),
    ]

    /// The list above names every file of the folder, so a new oddity gets a row.
    @Test(.requiresSharedTestData("zip-oddities/libarchive"))
    func everyZipOddityHasARow() throws {
        let folder = try #require(Fixtures.sharedTestFolder("zip-oddities/libarchive"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "COPYING" }
        #expect(Set(names) == Set(Self.zipOddities.map(\.file)))
    }

    /// One archive of the shared zip-oddities data is read or refused as its row says, within seconds,
    /// with the error code of an unusable bundle.
    @Test(.requiresSharedTestData("zip-oddities/libarchive"), arguments: zipOddities)
    func zipOddityIsReadOrRefusedAsListed(file: String, refusal: String?) throws {
        let folder = try #require(Fixtures.sharedTestFolder("zip-oddities/libarchive"))
        let started = Date()
        defer { #expect(Date().timeIntervalSince(started) < 10, "\(file) took too long") }
        do {
            let bundle = try HandoverBundle(contentsOf: folder.appendingPathComponent(file))
            for entry in bundle.entries {
                let size = try bundle.withExtractedEntries([entry.path]) { $0[entry.path]!.size }
                #expect(UInt64(size) == entry.size, "\(file): \(entry.path)")
            }
            #expect(refusal == nil, "\(file) was read, but its row says: \(refusal ?? "")")
        } catch let error as HandoverError {
            #expect(error.code == .bundleInvalid, "\(file): \(error)")
            let expected = try #require(refusal, "\(file) was refused (\(error.message)), but its row says it is read")
            #expect(error.message.contains(expected), "\(file): \(error.message)")
        }
    }

    /// Two names that differ only in Unicode normalisation (é precomposed and decomposed) name the same
    /// file on macOS: refused like names that differ only in case.
    @Test func namesDifferingOnlyInNormalisationAreRefused() throws {
        let error = try #require(
            try refusal([("caf\u{E9}.json", Data("1".utf8)), ("cafe\u{301}.json", Data("2".utf8))]))
        #expect(error.description.contains("more than once"), "\(error)")
    }

    /// A local header whose name differs from the central directory's (a listing that lies about
    /// what extraction writes) is refused, naming the entry.
    @Test func aLocalHeaderNamingAnotherFileIsRefused() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("two-names.zip")
        try Fixtures.zip([("data.json", Data("{}".utf8))], to: url)
        var bytes = [UInt8](try Data(contentsOf: url))
        let local = Self.offsets(of: [0x50, 0x4b, 0x03, 0x04], in: bytes)[0]
        // The local name starts after the 30-byte fixed header: make it "evil.json".
        bytes.replaceSubrange((local + 30)..<(local + 34), with: Array("evil".utf8))
        try Data(bytes).write(to: url)
        let error = #expect(throws: HandoverError.self) {
            let bundle = try HandoverBundle(contentsOf: url)
            _ = try bundle.contents(of: "data.json")
        }
        #expect(error?.description.contains("names a different file") == true, "\(String(describing: error))")
        #expect(error?.description.contains("data.json") == true)
    }
}

struct Failure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
