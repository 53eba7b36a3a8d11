import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// End-to-end tests of `handover validate` and `handover schemas`: output formats and exit codes.
struct ValidateCommandTests {
    private static let run = ExportCommandTests.run

    /// Exports Alice with the CLI into `directory` and returns the bundle's path.
    func export(into directory: URL) throws -> String {
        let output = directory.appendingPathComponent("alice.zip").path
        let result = try Self.run([
            "export", "--config", ExportCommandTests.quickstartConfig, "--subject", "email=alice@example.com",
            "--output", output, "--quiet",
        ])
        #expect(result.status == 0, "stderr: \(result.standardError)")
        return output
    }

    /// A copy of the bundle at `path` with one byte of data.json changed.
    func corrupt(_ path: String, into directory: URL) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var entries: [(String, Data)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            if entry.path == "data.json", let index = data.firstIndex(of: UInt8(ascii: "J")) {
                data[index] = UInt8(ascii: "K")
            }
            entries.append((entry.path, data))
        }
        let url = directory.appendingPathComponent("corrupt.zip")
        let copy = try Archive(url: url, accessMode: .create)
        for (name, data) in entries {
            try copy.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url.path
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("handover-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func validBundleExitsWith0InEveryFormat() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bundle = try export(into: directory)
        let text = try Self.run(["validate", bundle])
        #expect(text.status == 0, "\(text.standardOutput)\(text.standardError)")
        #expect(
            text.standardOutput
                == "\(bundle): valid (checked: zip, manifest, entries, json-schema, xml-schema, records).\n")
        let json = try Self.run(["validate", "--format", "json", bundle])
        #expect(json.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == true)
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
        let junit = try Self.run(["validate", "--format", "junit", bundle])
        #expect(junit.status == 0)
        #expect(junit.standardOutput.contains("<testsuites name=\"handover validate\" tests=\"6\" failures=\"0\">"))
        #expect(XMLParser(data: Data(junit.standardOutput.utf8)).parse())
        let github = try Self.run(["validate", "--format", "github", bundle])
        #expect(github.status == 0)
        #expect(github.standardOutput == "\(bundle): valid.\n")
    }

    @Test func corruptedBundleExitsWith1AndNamesTheEntry() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bundle = try corrupt(try export(into: directory), into: directory)
        let text = try Self.run(["validate", bundle])
        #expect(text.status == 1)
        #expect(text.standardOutput.contains("\(bundle): data.json: error: the SHA-256 of data.json is "))
        #expect(text.standardOutput.contains("[entry-checksum-mismatch]"))
        #expect(text.standardOutput.hasSuffix("\(bundle): invalid, 1 error.\n"))
        let json = try Self.run(["validate", "--format", "json", bundle])
        #expect(json.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["code"] as? String == "entry-checksum-mismatch")
        #expect(diagnostics.first?["entry"] as? String == "data.json")
        let junit = try Self.run(["validate", "--format", "junit", bundle])
        #expect(junit.status == 1)
        #expect(junit.standardOutput.contains("<failure type=\"entry-checksum-mismatch\""))
        #expect(XMLParser(data: Data(junit.standardOutput.utf8)).parse())
        let github = try Self.run(["validate", "--format", "github", bundle])
        #expect(github.status == 1)
        #expect(
            github.standardOutput.hasPrefix(
                "::error file=\(bundle),title=handover%3A entry-checksum-mismatch::data.json: the SHA-256 of data.json")
        )
    }

    @Test func missingBundleExitsWith2() throws {
        let result = try Self.run(["validate", "/nonexistent/bundle.zip"])
        #expect(result.status == 2)
        #expect(result.standardOutput.contains("[input-unreadable]"))
    }

    /// A path with XML's and JSON's special characters and a control character: both reports stay
    /// well formed and give the path back exactly (the control character as `?` in XML, which cannot
    /// hold it).
    @Test func reportsEscapeTheSubjectsName() throws {
        let path = "/nonexistent/a&b <\"c\"> \\ \u{1}.zip"
        let junit = try Self.run(["validate", "--format", "junit", path])
        #expect(junit.status == 2)
        let parser = XMLParser(data: Data(junit.standardOutput.utf8))
        let names = SuiteNames()
        parser.delegate = names
        #expect(parser.parse(), "\(junit.standardOutput)")
        #expect(names.suites == ["/nonexistent/a&b <\"c\"> \\ ?.zip"])
        let json = try Self.run(["validate", "--format", "json", path])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["subject"] as? String == path)
        #expect(object["usable"] as? Bool == false)
    }

    /// Collects the `name` of every `testsuite` element.
    private final class SuiteNames: NSObject, XMLParserDelegate {
        var suites: [String] = []
        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if elementName == "testsuite", let name = attributes["name"] { suites.append(name) }
        }
    }

    @Test func usageErrorsExitWith2() throws {
        #expect(try Self.run(["validate"]).status == 2)
        #expect(try Self.run(["validate", "--format", "yaml", "x.zip"]).status == 2)
        #expect(try Self.run(["validate", "--config", "a.yaml", "b.zip"]).status == 2)
        #expect(try Self.run(["schemas"]).status == 2)
        // export keeps its sysexits code.
        #expect(try Self.run(["export", "--bogus"]).status == 64)
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let result = try Self.run(["validate", "--help"])
        #expect(result.status == 0)
        for line in ["0  valid", "1  invalid", "2  an input could not be examined"] {
            #expect(result.standardOutput.contains(line), "missing: \(line)")
        }
    }

    @Test func configurationProblemsHaveLinesInTheChosenFormat() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("handover.yaml")
        let text = try String(contentsOfFile: ExportCommandTests.quickstartConfig, encoding: .utf8)
            .replacingOccurrences(of: "legal_basis: consent", with: "legal_basis: agreed")
        try Data(text.utf8).write(to: config)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("legal_basis: agreed") }! + 1
        let plain = try Self.run(["validate", "--config", config.path])
        #expect(plain.status == 1)
        #expect(plain.standardOutput.contains("\(config.path):\(line): error: "), "\(plain.standardOutput)")
        let github = try Self.run(["validate", "--config", config.path, "--format", "github"])
        #expect(github.status == 1)
        #expect(github.standardOutput.hasPrefix("::error file=\(config.path),line=\(line),title="))
        let valid = try Self.run(["validate", "--config", ExportCommandTests.quickstartConfig])
        #expect(valid.status == 0)
    }

    @Test func schemasAreWrittenOut() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try Self.run(["schemas", "--output", directory.path])
        #expect(result.status == 0)
        let repository = ExportCommandTests.packageRoot.appendingPathComponent("Schemas/v1")
        for name in try FileManager.default.contentsOfDirectory(atPath: repository.path) {
            let written = try Data(contentsOf: directory.appendingPathComponent("v1/\(name)"))
            #expect(written == (try Data(contentsOf: repository.appendingPathComponent(name))), "v1/\(name)")
        }
    }
}
