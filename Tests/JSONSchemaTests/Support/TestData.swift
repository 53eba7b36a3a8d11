import Foundation
import JSONCore
import Testing

/// Where the shared conformance data is: `$HANDOVER_TESTDATA`, or `../shared/testdata` beside the package root.
///
/// The data is not part of the repository (see `shared/testdata/README.md`); tests that need it are skipped
/// with ``missingMessage`` when it is absent, as in a fresh clone.
enum TestData {
    /// The skip message for a missing folder.
    static let missingMessage: Comment =
        "Shared test data not found: set HANDOVER_TESTDATA or put ../shared/testdata beside the package root"

    /// The package root: the first ancestor of this file that holds `Package.swift`.
    static let packageRoot: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// The `testdata` folder, or `nil` if it cannot be found.
    static let directory: URL? = {
        var candidates: [URL] = []
        if let configured = ProcessInfo.processInfo.environment["HANDOVER_TESTDATA"], !configured.isEmpty {
            candidates.append(URL(fileURLWithPath: configured))
        }
        if let packageRoot {
            candidates.append(packageRoot.deletingLastPathComponent().appendingPathComponent("shared/testdata"))
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }?.standardizedFileURL
    }()

    /// The JSON-Schema-Test-Suite folder, if present.
    static let schemaTestSuite: URL? = directory.map { $0.appendingPathComponent("JSON-Schema-Test-Suite") }
        .flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }

    /// The 2020-12 meta-schema folder, if present.
    static let metaSchemas: URL? = directory.map { $0.appendingPathComponent("json-schema-2020-12-metaschemas") }
        .flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }

    /// Parses a JSON file with the strict parser.
    static func parse(_ url: URL) throws -> JSONValue {
        try JSONParser.parse(Data(contentsOf: url))
    }
}
