import Foundation
import Testing

/// The JSON-Schema-Test-Suite for draft 2020-12: every required case must pass; optional cases are reported.
///
/// The optional and format cases print their pass counts and failures. They fail only for a case that fails
/// and is not in the known-failure list below, so that nothing that works today silently regresses.
struct TestSuiteTests {
    /// Optional cases known to fail, as `file | group | test` (see ``SchemaTestSuite/Outcome/key``). Empty:
    /// every optional case passes.
    static let knownOptionalFailures: Set<String> = []

    /// `optional/format` cases known to fail. Empty: every format case passes with format assertion on.
    static let knownFormatFailures: Set<String> = []

    /// Every case in `tests/draft2020-12/*.json` (1,299 cases) passes.
    @Test(.enabled(if: TestData.schemaTestSuite != nil, TestData.missingMessage))
    func requiredCases() throws {
        let files = SchemaTestSuite.files(in: "")
        #expect(files.count == 46)
        let outcomes = try SchemaTestSuite.run(files)
        let failures = outcomes.filter { !$0.passed }
        print(
            "JSON-Schema-Test-Suite draft2020-12 required: \(outcomes.count - failures.count)/\(outcomes.count) passed")
        #expect(outcomes.count == 1299)
        if !failures.isEmpty {
            let list = failures.map { "\($0.key): \($0.detail)" }.joined(separator: "\n")
            Issue.record("\(failures.count) required cases failed:\n\(list)")
        }
    }

    /// The cases in `optional/*.json` (bignums, ECMA-262 regexes, cross-draft references, …).
    @Test(.enabled(if: TestData.schemaTestSuite != nil, TestData.missingMessage))
    func optionalCases() throws {
        let outcomes = try SchemaTestSuite.run(SchemaTestSuite.files(in: "optional"))
        Self.check(outcomes, title: "optional", known: Self.knownOptionalFailures)
    }

    /// The cases in `optional/format/*.json`, with format assertion on.
    @Test(.enabled(if: TestData.schemaTestSuite != nil, TestData.missingMessage))
    func formatCases() throws {
        let outcomes = try SchemaTestSuite.run(SchemaTestSuite.files(in: "optional/format"), formatAssertion: true)
        Self.check(outcomes, title: "optional/format", known: Self.knownFormatFailures)
    }

    /// Prints the counts and failures, and records an issue for failures that are not known.
    static func check(_ outcomes: [SchemaTestSuite.Outcome], title: String, known: Set<String>) {
        let failures = outcomes.filter { !$0.passed }
        print(
            "JSON-Schema-Test-Suite draft2020-12 \(title): \(outcomes.count - failures.count)/\(outcomes.count) passed")
        for failure in failures {
            print("  \(known.contains(failure.key) ? "known failure" : "FAIL") \(failure.key): \(failure.detail)")
        }
        let fixed = known.subtracting(failures.map(\.key))
        for key in fixed.sorted() {
            print("  now passes (remove it from the known failures): \(key)")
        }
        let regressions = failures.filter { !known.contains($0.key) }
        if !regressions.isEmpty {
            let list = regressions.map { "\($0.key): \($0.detail)" }.joined(separator: "\n")
            Issue.record("\(regressions.count) \(title) cases failed that are not known failures:\n\(list)")
        }
    }
}
