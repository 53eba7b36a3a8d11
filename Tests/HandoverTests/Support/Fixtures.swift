import Foundation
import Testing
import ZIPFoundation

@testable import Handover

/// A directory under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL
    private var isKept = false

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("handover-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        if !isKept { try? FileManager.default.removeItem(at: url) }
    }

    /// Leaves the directory in place when the value is released, to look at after a test.
    func keep() {
        isKept = true
    }

    /// Writes `text` to `name` inside the directory and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// The names of the directory's entries, sorted.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

enum Fixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared conformance data (`../shared/testdata`), or `nil` when it is absent (a fresh clone).
    static var sharedTestData: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The folder `path` of the shared conformance data (`zip-oddities/libarchive`), or `nil` when it
    /// is absent (tests that need it use the `.requiresSharedTestData(_:)` trait).
    static func sharedTestFolder(_ path: String) -> URL? {
        guard let url = sharedTestData?.appendingPathComponent(path) else { return nil }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
            ? url : nil
    }

    /// `Examples`, which holds the quickstart and one example per controller.
    static let examples = packageRoot.appendingPathComponent("Examples")

    /// `Examples/quickstart`.
    static let quickstart = examples.appendingPathComponent("quickstart")

    /// A copy of the quickstart example in a fresh temporary directory, so tests may alter it.
    static func quickstartCopy() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for name in ["handover.yaml", "shop.sqlite", "newsletter.csv", "tickets.jsonl"] {
            try FileManager.default.copyItem(
                at: quickstart.appendingPathComponent(name), to: directory.url.appendingPathComponent(name))
        }
        return directory
    }

    /// Exports `identifiers` from the configuration in `directory` into `name` there.
    @discardableResult
    static func export(
        _ identifiers: [String], in directory: TemporaryDirectory, to name: String = "bundle.zip",
        deterministic: Bool = true
    ) async throws -> URL {
        let configuration = try ConfigurationLoader().load(from: directory.url.appendingPathComponent("handover.yaml"))
        let target = directory.url.appendingPathComponent(name)
        _ = try await Exporter(configuration: configuration).export(
            ExportRequest(
                identifiers: try identifiers.map(SubjectIdentifier.init(parsing:)), deterministic: deterministic),
            to: target)
        expectValidBundle(target)
        return target
    }

    /// Validates the bundle at `url` with ``BundleValidator`` and records an issue for every finding:
    /// every bundle a test exports must be valid.
    static func expectValidBundle(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let report = BundleValidator().validate(bundleAt: url)
        #expect(
            report.isValid && report.diagnostics.isEmpty,
            "the exported bundle is not valid:\n\(report.diagnostics.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    /// Writes a zip at `url` holding `entries` (path → content) in the given order, deflated.
    static func zip(_ entries: [(String, Data)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// Every entry of the zip at `url`, uncompressed, by path.
    static func unzip(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries[entry.path] = data
        }
        return entries
    }

    /// The `python3` executable on `PATH`, or `nil` (tests that use Python as an oracle skip then).
    static let python3: String? = executable(named: "python3")

    /// The `sqlite3` command-line tool on `PATH`, or `nil` (tests that run it skip then; see
    /// the `.requiresSQLite3` trait).
    static let sqlite3: String? = executable(named: "sqlite3")

    /// The first executable file called `name` in a directory of `PATH`.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// What a program run by ``run(_:_:in:)`` did.
    struct ProcessResult {
        var status: Int32
        var output: Data
        var errors: String
        /// The standard output as text.
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Runs `executable` (a path, or a name looked up on `PATH`) with `arguments`, in `directory`.
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable.hasPrefix("/") ? executable : "/usr/bin/env")
        process.arguments = executable.hasPrefix("/") ? arguments : [executable] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, output: printed, errors: String(decoding: complaints, as: UTF8.self))
    }

    /// A minimal controller for configurations built in code.
    static let controller = ControllerConfiguration(
        name: "Test Controller", email: "privacy@test.example",
        supervisoryAuthority: Contact(name: "Test Authority"))

    /// ``configurationHeader`` followed by `body`, loaded as the file `test.yaml`.
    static func configuration(_ body: String) throws -> Configuration {
        try ConfigurationLoader().decode(configurationHeader + body, file: "test.yaml")
    }

    /// A configuration header (version and controller) to which tests append `sources:`.
    static let configurationHeader = """
        version: 1
        controller:
          name: Test Controller
          email: privacy@test.example
          supervisory_authority: { name: Test Authority }

        """
}

extension String {
    /// The number of non-overlapping occurrences of `needle`.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
