import Crypto
import Foundation
import GRDB
import Testing

@testable import Handover

struct BundleValidatorTests {
    /// A valid quickstart bundle's entries, and a directory to build altered copies in.
    private func quickstartEntries() async throws -> (TemporaryDirectory, [String: Data]) {
        let directory = try Fixtures.quickstartCopy()
        let url = try await Fixtures.export(["email=alice@example.com"], in: directory)
        return (directory, try Fixtures.unzip(url))
    }

    private func validate(_ entries: [String: Data], in directory: TemporaryDirectory) throws -> ValidationReport {
        let url = directory.url.appendingPathComponent("altered-\(UUID().uuidString).zip")
        try Fixtures.zip(entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, to: url)
        return BundleValidator().validate(bundleAt: url, name: "altered.zip")
    }

    /// The manifest with `entry`'s size and checksum updated to `data`'s.
    private func manifest(_ entries: [String: Data], updating entry: String, to data: Data) throws -> Data {
        var manifest = try Manifest.decodeStrictly(entries["manifest.json"]!)
        let index = try #require(manifest.entries.firstIndex { $0.path == entry })
        manifest.entries[index].size = Int64(data.count)
        manifest.entries[index].sha256 = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        return try manifest.encoded()
    }

    private func codes(_ report: ValidationReport) -> [String] { report.diagnostics.map(\.code.name) }

    @Test func exportedBundleIsValid() async throws {
        let (directory, entries) = try await quickstartEntries()
        let report = try validate(entries, in: directory)
        #expect(report.isValid)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.checks == ["zip", "manifest", "entries", "json-schema", "xml-schema", "records"])
    }

    /// A value over libxml2's default limit of 10,000,000 bytes per text node (a document kept in
    /// a database) is exported, and the bundle its own export wrote is valid and reads back whole.
    @Test func aValueOverTenMillionBytesMakesAValidBundle() async throws {
        let directory = try Fixtures.quickstartCopy()
        let queue = try DatabaseQueue(path: directory.url.appendingPathComponent("shop.sqlite").path)
        let large = String(repeating: "Alice ", count: 2_000_000)
        try await queue.write {
            try $0.execute(
                sql: "UPDATE customers SET full_name = ? WHERE email = 'alice@example.com'", arguments: [large])
        }
        try queue.close()
        let url = try await Fixtures.export(["email=alice@example.com"], in: directory)
        let report = BundleValidator().validate(bundleAt: url)
        #expect(report.isValid, "\(report.diagnostics)")
        for format in [HandoverBundle.DataFormat.xml, .json] {
            var names: [String] = []
            try HandoverBundle(contentsOf: url).readData(from: format) { item, _ in
                if case .record(let record) = item,
                    case .string(let name) = record.fields.first(where: { $0.name == "full_name" })?.value
                {
                    names.append(name)
                }
            }
            #expect(names == [large], "\(format)")
        }
    }

    @Test func changedByteInDataJSONIsAChecksumMismatchNamingIt() async throws {
        var (directory, entries) = try await quickstartEntries()
        var json = entries["data.json"]!
        let index = try #require(json.firstIndex(of: UInt8(ascii: "J")))  // "Jansen"
        json[index] = UInt8(ascii: "K")
        entries["data.json"] = json
        let report = try validate(entries, in: directory)
        #expect(!report.isValid)
        #expect(codes(report) == ["entry-checksum-mismatch"])
        let diagnostic = try #require(report.diagnostics.first)
        #expect(diagnostic.location.entry == "data.json")
        #expect(diagnostic.message.hasPrefix("the SHA-256 of data.json is "))
    }

    @Test func removedEntryIsMissing() async throws {
        var (directory, entries) = try await quickstartEntries()
        entries["data.xml"] = nil
        let report = try validate(entries, in: directory)
        #expect(codes(report) == ["entry-missing"])
        #expect(report.diagnostics.first?.message == "the manifest lists 'data.xml', but the bundle does not hold it")
    }

    @Test func extraEntryIsUnlisted() async throws {
        var (directory, entries) = try await quickstartEntries()
        entries["notes.txt"] = Data("hello".utf8)
        let report = try validate(entries, in: directory)
        #expect(codes(report) == ["entry-unlisted"])
        #expect(report.diagnostics.first?.message == "the bundle holds 'notes.txt', which the manifest does not list")
    }

    @Test func dataBreakingOnlyTheJSONSchemaIsReportedWithItsPointer() async throws {
        var (directory, entries) = try await quickstartEntries()
        let json = String(decoding: entries["data.json"]!, as: UTF8.self)
        #expect(json.contains("\"country\": \"US\""))
        entries["data.json"] = Data(
            json.replacingOccurrences(of: "\"country\": \"US\"", with: "\"country\": \"usa\"").utf8)
        entries["manifest.json"] = try manifest(entries, updating: "data.json", to: entries["data.json"]!)
        let report = try validate(entries, in: directory)
        let diagnostic = try #require(report.diagnostics.first { $0.code == .jsonSchemaInvalid })
        #expect(diagnostic.location.entry == "data.json")
        #expect(diagnostic.location.pointer?.hasSuffix("/supplementary/transfers/0/country") == true)
        #expect(report.checks.contains("json-schema"))
    }

    @Test func missingManifestStopsValidation() async throws {
        var (directory, entries) = try await quickstartEntries()
        entries["manifest.json"] = nil
        let report = try validate(entries, in: directory)
        #expect(codes(report) == ["manifest-missing"])
    }

    @Test func recordDifferingBetweenJSONAndXMLIsReported() async throws {
        var (directory, entries) = try await quickstartEntries()
        let xml = String(decoding: entries["data.xml"]!, as: UTF8.self)
            .replacingOccurrences(of: ">Alice Jansen<", with: ">Alice Janssen<")
        entries["data.xml"] = Data(xml.utf8)
        entries["manifest.json"] = try manifest(entries, updating: "data.xml", to: entries["data.xml"]!)
        let report = try validate(entries, in: directory)
        #expect(codes(report) == ["data-mismatch"])
        let diagnostic = try #require(report.diagnostics.first)
        // The message says where and how the values differ, never what they are.
        #expect(
            diagnostic.message.hasPrefix(
                "record 1 of shop/customers: field 'full_name' is a string of 12 characters in data.json but a string "
                    + "of 13 characters in data.xml"))
        #expect(!diagnostic.description.contains("Alice"))
        #expect(diagnostic.location.pointer == "/collections/0/records/0/full_name")
        #expect(diagnostic.location.entry == "data.xml")
        #expect(
            diagnostic.location.line == xml.components(separatedBy: "\n").firstIndex { $0.contains("<record>") }! + 1)
    }

    @Test func base64TextIsDecodedBeforeComparing() async throws {
        var (directory, entries) = try await quickstartEntries()
        let encoded = Data("Alice Jansen".utf8).base64EncodedString()
        let xml = String(decoding: entries["data.xml"]!, as: UTF8.self)
            .replacingOccurrences(
                of: "type=\"string\">Alice Jansen<", with: "type=\"string\" encoding=\"base64\">\(encoded)<")
        entries["data.xml"] = Data(xml.utf8)
        entries["manifest.json"] = try manifest(entries, updating: "data.xml", to: entries["data.xml"]!)
        let report = try validate(entries, in: directory)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    @Test func recordCountMismatchWithTheManifestIsReported() async throws {
        var (directory, entries) = try await quickstartEntries()
        var manifest = try Manifest.decodeStrictly(entries["manifest.json"]!)
        manifest.collections[1].records += 1
        entries["manifest.json"] = try manifest.encoded()
        let report = try validate(entries, in: directory)
        #expect(codes(report) == ["record-count-mismatch"])
        #expect(
            report.diagnostics.first?.message == "the manifest says shop/orders has 6 records, but the data holds 5")
        #expect(report.diagnostics.first?.location.pointer == "/collections/1/records")
    }

    @Test func recordCountMismatchInsideDataJSONIsReported() async throws {
        var (directory, entries) = try await quickstartEntries()
        let json = String(decoding: entries["data.json"]!, as: UTF8.self)
            .replacingOccurrences(of: "\"recordCount\": 5", with: "\"recordCount\": 4")
        entries["data.json"] = Data(json.utf8)
        entries["manifest.json"] = try manifest(entries, updating: "data.json", to: entries["data.json"]!)
        let report = try validate(entries, in: directory)
        #expect(codes(report) == ["record-count-mismatch"])
        #expect(report.diagnostics.first?.message == "data.json says shop/orders has 4 records, but it holds 5")
    }

    @Test func xmlSchemaViolationIsReportedWithItsLine() async throws {
        var (directory, entries) = try await quickstartEntries()
        let xml = String(decoding: entries["data.xml"]!, as: UTF8.self)
            .replacingOccurrences(of: "provenance=\"derived\"", with: "provenance=\"guessed\"")
        entries["data.xml"] = Data(xml.utf8)
        entries["manifest.json"] = try manifest(entries, updating: "data.xml", to: entries["data.xml"]!)
        let report = try validate(entries, in: directory)
        #expect(codes(report).first == "xml-schema-invalid")
        let line = xml.components(separatedBy: "\n").firstIndex { $0.contains("guessed") }! + 1
        #expect(report.diagnostics.first?.location.line == line)
    }

    @Test func unknownMajorVersionIsRefused() async throws {
        var (directory, entries) = try await quickstartEntries()
        var manifest = try Manifest.decodeStrictly(entries["manifest.json"]!)
        manifest.formatVersion = 2
        entries["manifest.json"] = try manifest.encoded()
        let report = try validate(entries, in: directory)
        #expect(codes(report) == ["format-unsupported"])
    }

    @Test func unknownManifestMemberIsInvalid() async throws {
        var (directory, entries) = try await quickstartEntries()
        let text = String(decoding: entries["manifest.json"]!, as: UTF8.self)
            .replacingOccurrences(of: "\"format\" :", with: "\"extra\" : 1, \"format\" :")
        entries["manifest.json"] = Data(text.utf8)
        let report = try validate(entries, in: directory)
        #expect(codes(report) == ["manifest-invalid"])
        #expect(report.diagnostics.first?.location.pointer == "/extra")
    }

    @Test func fileThatIsNotAZipIsUnusable() throws {
        let directory = try TemporaryDirectory()
        let url = try directory.write("notes.zip", "not a zip")
        let report = BundleValidator().validate(bundleAt: url)
        #expect(report.inputUnusable)
        #expect(codes(report) == ["input-unreadable"])
        let missing = BundleValidator().validate(bundleAt: directory.url.appendingPathComponent("none.zip"))
        #expect(missing.inputUnusable)
    }

    @Test func unsafeZipIsInvalidNotUnusable() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("slip.zip")
        try Fixtures.zip([("../manifest.json", Data("{}".utf8))], to: url)
        let report = BundleValidator().validate(bundleAt: url)
        #expect(!report.inputUnusable)
        #expect(codes(report) == ["zip-invalid"])
        #expect(report.diagnostics.first?.message.contains("'..'") == true)
    }
}
