import Foundation
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

    /// `Examples/quickstart`.
    static let quickstart = packageRoot.appendingPathComponent("Examples/quickstart")

    /// A copy of the quickstart example in a fresh temporary directory, so tests may alter it.
    static func quickstartCopy() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for name in ["handover.yaml", "shop.sqlite", "newsletter.csv", "tickets.jsonl"] {
            try FileManager.default.copyItem(
                at: quickstart.appendingPathComponent(name), to: directory.url.appendingPathComponent(name))
        }
        return directory
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

    /// A minimal controller for configurations built in code.
    static let controller = ControllerConfiguration(
        name: "Test Controller", email: "privacy@test.example",
        supervisoryAuthority: Contact(name: "Test Authority"))

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
