import Foundation
import JSONCore
import JSONSchema

/// Runs the cases of the JSON-Schema-Test-Suite (json-schema-org) against ``JSONSchemaValidator``.
///
/// Each file holds groups of `{description, schema, tests: [{description, data, valid}]}`. Remote references
/// to `http://localhost:1234/…` are served from the suite's `remotes/` folder by registering every file there
/// in a ``SchemaRegistry`` (the validator itself knows nothing of localhost).
enum SchemaTestSuite {
    /// One test case and how it went.
    struct Outcome: Sendable {
        /// The file, relative to the draft folder (`optional/bignum.json`).
        var file: String
        /// The group's description.
        var group: String
        /// The test's description.
        var test: String
        /// Whether the case passed.
        var passed: Bool
        /// What went wrong, for a failed case.
        var detail: String

        /// `file | group | test`, the key used in known-failure lists.
        var key: String { "\(file) | \(group) | \(test)" }
    }

    /// The registry with every file of `remotes/` under `http://localhost:1234/<path>`.
    static let remotes: SchemaRegistry? = {
        guard let suite = TestData.schemaTestSuite else { return nil }
        let folder = suite.appendingPathComponent("remotes")
        var registry = SchemaRegistry()
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return nil }
        for case let path as String in enumerator where path.hasSuffix(".json") {
            do {
                let document = try TestData.parse(folder.appendingPathComponent(path))
                try registry.register(document, as: "http://localhost:1234/" + path)
            } catch {
                return nil
            }
        }
        return registry
    }()

    /// The `.json` files of a folder of the draft 2020-12 tests, relative to `tests/draft2020-12`, sorted.
    ///
    /// - Parameter subfolder: `""` for the required tests, `optional` or `optional/format`.
    static func files(in subfolder: String) -> [String] {
        guard let suite = TestData.schemaTestSuite else { return [] }
        let folder = suite.appendingPathComponent("tests/draft2020-12").appendingPathComponent(subfolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { subfolder.isEmpty ? $0 : subfolder + "/" + $0 }
    }

    /// Runs every case of the given files.
    ///
    /// A case passes when ``JSONSchemaValidator/isValid(_:)`` gives the expected answer and
    /// ``JSONSchemaValidator/validate(_:)`` agrees with it (no errors exactly when valid). A schema that does
    /// not compile fails all its cases.
    ///
    /// - Parameters:
    ///   - files: Paths relative to `tests/draft2020-12`.
    ///   - formatAssertion: Whether to assert `format` (for `optional/format`).
    /// - Returns: The outcome of every case.
    static func run(_ files: [String], formatAssertion: Bool = false) throws -> [Outcome] {
        guard let suite = TestData.schemaTestSuite, let registry = remotes else { return [] }
        let folder = suite.appendingPathComponent("tests/draft2020-12")
        var outcomes: [Outcome] = []
        for file in files {
            guard case .array(let groups) = try TestData.parse(folder.appendingPathComponent(file)) else { continue }
            for group in groups {
                guard case .string(let groupName)? = group["description"], let schema = group["schema"],
                    case .array(let tests)? = group["tests"]
                else { continue }
                let validator: Result<JSONSchemaValidator, JSONSchemaError>
                do {
                    let options = JSONSchemaValidator.Options(formatAssertion: formatAssertion)
                    validator = .success(try JSONSchemaValidator(schema: schema, registry: registry, options: options))
                } catch {
                    validator = .failure(error)
                }
                for test in tests {
                    guard case .string(let testName)? = test["description"], let data = test["data"],
                        case .bool(let expected)? = test["valid"]
                    else { continue }
                    var outcome = Outcome(file: file, group: groupName, test: testName, passed: false, detail: "")
                    switch validator {
                    case .failure(let error):
                        outcome.detail = "schema did not compile: \(error)"
                    case .success(let validator):
                        let fast = validator.isValid(data)
                        let full = validator.validate(data)
                        if fast != expected {
                            outcome.detail =
                                "expected \(expected ? "valid" : "invalid"), got \(fast ? "valid" : "invalid")"
                                + (full.errors.isEmpty ? "" : ": \(full.errors.map(\.description))")
                        } else if full.isValid != fast {
                            outcome.detail = "validate() disagrees with isValid(): \(full.errors.map(\.description))"
                        } else {
                            outcome.passed = true
                        }
                    }
                    outcomes.append(outcome)
                }
            }
        }
        return outcomes
    }
}
