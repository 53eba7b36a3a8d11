import Foundation
import Testing

/// `handover init` through the built binary: where the draft goes, what it refuses, and that the
/// draft it writes passes `check` and exports.
struct InitCommandTests {
    /// `handover export` of the quickstart's alice@example.com with the configuration `draft`.
    private func exportAlice(with draft: URL, into directory: URL) throws -> ExportCommandTests.Result {
        try ExportCommandTests.run([
            "export", "--config", draft.path, "--subject", "email=alice@example.com", "--output",
            directory.appendingPathComponent("alice.zip").path,
        ])
    }

    @Test func writesADraftThatChecksAndExportsAndRefusesToReplaceItWithoutForce() throws {
        let directory = try ExportCommandTests.quickstartCopy("handover-init", leaving: ["handover.yaml"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let draft = directory.appendingPathComponent("draft.yaml")

        let written = try ExportCommandTests.run(["init", directory.path, "--default-country", "NL", "-o", draft.path])
        #expect(written.status == 0, "\(written.standardError)")
        #expect(written.standardOutput.isEmpty)
        #expect(written.standardError.contains("Wrote \(draft.path): 6 collections from 3 sources"))
        let yaml = try String(contentsOf: draft, encoding: .utf8)
        #expect(yaml.contains("# REVIEW:"))
        #expect(yaml.contains("password_hash: secret"))
        #expect(!yaml.contains("alice@example.com"), "a value from the data reached the draft")

        let checked = try ExportCommandTests.run(["check", "--config", draft.path])
        #expect(checked.status == 0, "\(checked.standardOutput)")

        let exported = try exportAlice(with: draft, into: directory)
        #expect(exported.status == 0, "\(exported.standardError)")
        #expect(exported.standardError.contains("shop/customers: 1 record"))

        let before = try Data(contentsOf: draft)
        let refused = try ExportCommandTests.run(["init", directory.path, "-o", draft.path])
        #expect(refused.status == 73)
        #expect(refused.standardError.contains("--force"))
        #expect(try Data(contentsOf: draft) == before)

        let replaced = try ExportCommandTests.run(["init", directory.path, "-o", draft.path, "--force"])
        #expect(replaced.status == 0, "\(replaced.standardError)")
        #expect(try String(contentsOf: draft, encoding: .utf8) != yaml, "--force without --default-country")
    }

    @Test func printsToStandardOutputWithoutOutput() throws {
        let directory = try ExportCommandTests.quickstartCopy("handover-init", leaving: ["handover.yaml"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let printed = try ExportCommandTests.run(["init", directory.appendingPathComponent("newsletter.csv").path])
        #expect(printed.status == 0, "\(printed.standardError)")
        #expect(printed.standardOutput.contains("kind: csv"))
        #expect(printed.standardOutput.contains("identities:\n          email: email\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 3)
    }

    @Test func draftsFromAFidesDatasetWithItsPlace() throws {
        let directory = try ExportCommandTests.quickstartCopy("handover-init", leaving: ["handover.yaml"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let fides = directory.appendingPathComponent("fides.yml")
        try Data(
            """
            dataset:
              - fides_key: newsletter
                name: Newsletter
                collections:
                  - name: subscriptions
                    fields:
                      - name: email
                        data_categories: [user.contact.email]
                        fides_meta: { identity: email }
                      - name: topic
                        data_categories: [user.behavior]
                      - name: subscribed_at
                        data_categories: [system.operations]

            """.utf8
        ).write(to: fides)
        let draft = directory.appendingPathComponent("handover.yaml")
        let written = try ExportCommandTests.run([
            "init", "--from-fides", fides.path, "--source",
            "newsletter=\(directory.appendingPathComponent("newsletter.csv").path)", "-o", draft.path,
        ])
        #expect(written.status == 0, "\(written.standardError)")
        let exported = try exportAlice(with: draft, into: directory)
        #expect(exported.status == 0, "\(exported.standardError)")
        #expect(exported.standardError.contains("newsletter/subscriptions: "))

        #expect(try String(contentsOf: draft, encoding: .utf8).contains("unsubscribe_token: secret"))

        // Without a place the dataset becomes a PostgreSQL source whose connection is to review.
        let unplaced = try ExportCommandTests.run(["init", "--from-fides", fides.path])
        #expect(unplaced.status == 0, "\(unplaced.standardError)")
        #expect(unplaced.standardOutput.contains("kind: postgresql"))
        #expect(unplaced.standardOutput.contains("--source newsletter=PATH"))
    }

    @Test func usageErrorsExitWith64AndMissingInputWith66() throws {
        #expect(try ExportCommandTests.run(["init"]).status == 64)
        #expect(try ExportCommandTests.run(["init", ".", "--default-country", "Netherlands"]).status == 64)
        #expect(try ExportCommandTests.run(["init", ".", "--source", "a=b.csv"]).status == 64)
        #expect(try ExportCommandTests.run(["init", ".", "--from-fides", "f.yml"]).status == 64)
        let missing = try ExportCommandTests.run(["init", "/nonexistent-handover-input"])
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("/nonexistent-handover-input"))
    }
}
