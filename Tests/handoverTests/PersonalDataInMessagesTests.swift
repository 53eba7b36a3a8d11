import Crypto
import Foundation
import Testing
import ZIPFoundation

/// Errors and reports of failing exports and validations name the file, line and field, never a
/// value from the data: each test breaks the quickstart one way, runs the CLI without `--quiet`,
/// and scans everything it printed for the data's values.
final class PersonalDataInMessagesTests {
    private let directory: URL

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    init() throws {
        directory = try ExportCommandTests.quickstartCopy("handover-pii")
    }

    /// A value planted in the data that no message may repeat.
    private static let planted = "Kerkstraat 5, BSN 123456782"

    private func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    private func edit(_ name: String, _ change: (String) -> String) throws {
        let text = try String(contentsOf: url(name), encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the change to \(name) must apply")
        try Data(changed.utf8).write(to: url(name))
    }

    /// The text values of the CSV and JSON Lines sources (six characters or more), and the planted one.
    private func dataValues() throws -> Set<String> {
        var values: Set<String> = [Self.planted]
        for line in try String(contentsOf: url("tickets.jsonl"), encoding: .utf8).split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            for case let text as String in object.values { values.insert(text) }
        }
        for line in try String(contentsOf: url("newsletter.csv"), encoding: .utf8).split(separator: "\n").dropFirst() {
            for cell in line.split(separator: ",") where !cell.contains("\"") { values.insert(String(cell)) }
        }
        return values.filter { $0.trimmingCharacters(in: .whitespaces).count >= 6 }
    }

    /// Exports with the log on (`--verbose`), so that the log is scanned too.
    private func export(_ subject: String = "email=alice@example.com") throws -> ExportCommandTests.Result {
        try ExportCommandTests.run([
            "export", "--config", url("handover.yaml").path, "--subject", subject, "--output", url("out.zip").path,
            "--verbose",
        ])
    }

    private func expectNoDataIn(_ result: ExportCommandTests.Result, failing status: Int32) throws {
        #expect(result.status == status, "\(result.standardError)")
        let printed = result.standardOutput + result.standardError
        for value in try dataValues() {
            #expect(!printed.contains(value), "printed a value from the data: \(printed)")
        }
    }

    @Test func aValueOfTheWrongTypeIsDescribedNotQuoted() throws {
        try edit("handover.yaml") {
            $0.replacingOccurrences(
                of: "subject: { category: user.content.private, provenance: provided,",
                with: "subject: { category: user.content.private, provenance: provided, type: date-time,")
        }
        let result = try export()
        try expectNoDataIn(result, failing: 65)
        #expect(result.standardError.contains("is not a valid date-time"))
        #expect(result.standardError.contains("tickets.jsonl:1"))
    }

    @Test func aHeaderThatIsDataIsNotPrinted() throws {
        try edit("newsletter.csv") { text in
            text.components(separatedBy: "\r\n").dropFirst().joined(separator: "\r\n")
        }
        let result = try export()
        try expectNoDataIn(result, failing: 65)
        #expect(result.standardError.contains("their names are not shown"))
    }

    @Test func anAddedColumnIsNamedButItsValuesAreNot() throws {
        // Records end with CRLF; line breaks inside quoted fields are bare LF.
        let code = Self.planted.replacingOccurrences(of: ",", with: ";")
        try edit("newsletter.csv") { text in
            text.components(separatedBy: "\r\n").enumerated().map { index, line in
                line.isEmpty ? "" : line + (index == 0 ? ",referral_code" : "," + code)
            }.joined(separator: "\r\n")
        }
        let result = try export()
        #expect(result.status == 65, "\(result.standardError)")
        #expect(result.standardError.contains("referral_code"))
        #expect(!result.standardError.contains("BSN"))
    }

    @Test func anUnreadableIdentifierIsNotEchoed() throws {
        let result = try ExportCommandTests.run([
            "export", "--config", url("handover.yaml").path, "--subject", "email=\(Self.planted)",
            "--output", url("out.zip").path,
        ])
        try expectNoDataIn(result, failing: 64)
        #expect(result.standardError.contains("cannot be read as email"))
    }

    /// A bundle whose date-time value was changed in data.json and data.xml, or in data.xml only:
    /// every check that notices (the JSON Schema, the record reader, the comparison of data.json
    /// with data.xml) says where, not what.
    @Test(arguments: [
        (["data.json", "data.xml"], ["json-schema-invalid", "data-invalid"]), (["data.xml"], ["data-mismatch"]),
    ])
    func validatingABrokenBundlePrintsNoValue(changed: [String], codes: [String]) throws {
        #expect(try export().status == 0)
        let bundle = url("out.zip")
        let broken = url("broken.zip")
        let archive = try Archive(url: bundle, accessMode: .read)
        let copy = try Archive(url: broken, accessMode: .create)
        var entries: [(String, Data)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            if changed.contains(entry.path) {
                let text = String(decoding: data, as: UTF8.self).replacingOccurrences(
                    of: "2024-08-28T15:08:50Z", with: Self.planted)
                #expect(text != String(decoding: data, as: UTF8.self))
                data = Data(text.utf8)
            }
            entries.append((entry.path, data))
        }
        // The manifest is made to agree, so that validation goes past the checksums to the schemas
        // and the record comparison.
        let files = Dictionary(uniqueKeysWithValues: entries)
        let original = try #require(files["manifest.json"])
        var manifest = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        manifest["entries"] = (manifest["entries"] as? [[String: Any]] ?? []).map { entry in
            var entry = entry
            if let path = entry["path"] as? String, let data = files[path] {
                entry["size"] = data.count
                entry["sha256"] = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            }
            return entry
        }
        let manifestData = try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys])
        for (path, original) in entries {
            let data = path == "manifest.json" ? manifestData : original
            try copy.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        for format in ["text", "json", "junit", "github"] {
            let result = try ExportCommandTests.run(["validate", "--format", format, broken.path])
            try expectNoDataIn(result, failing: 1)
            // The schemas and the record comparison did look at the values.
            for code in codes {
                #expect(result.standardOutput.contains(code), "\(format): \(result.standardOutput)")
            }
        }
    }
}
