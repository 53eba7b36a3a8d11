import Foundation
import GRDB
import Testing

@testable import Handover

/// A field marked `secret` (or `ignore`) never reaches a bundle, whatever else the configuration
/// says about it: discovery, references and identities are the paths by which a value can travel.
struct SecretPathTests {
    /// The quickstart configuration with `edit` applied, written into a copy of the example.
    private func quickstart(_ edit: (String) -> String) throws -> (TemporaryDirectory, URL) {
        let directory = try Fixtures.quickstartCopy()
        let file = directory.url.appendingPathComponent("handover.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = edit(text)
        #expect(edited != text, "the edit must change the configuration")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        return (directory, file)
    }

    private func loadError(_ file: URL) -> HandoverError? {
        #expect(throws: HandoverError.self) { try ConfigurationLoader().load(from: file) }
    }

    @Test(arguments: ["secret", "ignore"])
    func discoveringFromAHiddenFieldIsRefused(disposition: String) throws {
        let (directory, file) = try quickstart {
            $0.replacingOccurrences(
                of: "discovers:\n          phone: phone", with: "discovers:\n          customer_id: password_hash"
            )
            .replacingOccurrences(of: "password_hash: secret", with: "password_hash: \(disposition)")
        }
        _ = directory
        let error = loadError(file)
        #expect(error?.code == .configurationInvalid)
        #expect(error?.description.contains("'password_hash' is marked '\(disposition)'") == true)
        #expect(error?.location?.line != nil, "the problem is located in the file")
        // `validate --config` runs the same checks.
        let report = ConfigurationValidator().validate(configurationAt: file)
        #expect(!report.isValid)
    }

    @Test func discoveringFromAThirdPartyFieldIsRefused() throws {
        let (directory, file) = try quickstart {
            $0.replacingOccurrences(
                of: "discovers:\n          phone: phone", with: "discovers:\n          email: full_name"
            )
            .replacingOccurrences(
                of: "full_name: { category: user.name, provenance: provided,",
                with: "full_name: { category: user.name, provenance: provided, third_party: redact,")
        }
        _ = directory
        let error = loadError(file)
        #expect(error?.description.contains("holds data about other people") == true)
    }

    @Test func aSecretReferenceKeyIsRefused() throws {
        let (directory, file) = try quickstart {
            $0.replacingOccurrences(of: "to: customers.id", with: "to: customers.password_hash")
        }
        _ = directory
        let error = loadError(file)
        #expect(error?.description.contains("cannot be a reference key") == true)
    }

    /// A secret identity field is allowed (the subject's own identifier is matched, nothing of the
    /// field is written): the export still carries no byte of any secret value.
    @Test func noSecretValueReachesAnyEntry() async throws {
        let (directory, _) = try quickstart {
            $0.replacingOccurrences(of: "customer_id: id\n", with: "customer_id: id\n          token: password_hash\n")
                .replacingOccurrences(of: "  customer_id: exact\n", with: "  customer_id: exact\n  token: exact\n")
        }
        var options = GRDB.Configuration()
        options.readonly = true
        let database = try DatabaseQueue(
            path: directory.url.appendingPathComponent("shop.sqlite").path, configuration: options)
        let hashes = try await database.read { db in
            try String.fetchAll(db, sql: "SELECT password_hash FROM customers WHERE password_hash IS NOT NULL")
        }
        try database.close()
        #expect(!hashes.isEmpty)
        let target = try await Fixtures.export(["email=alice@example.com"], in: directory)
        for (name, bytes) in try Fixtures.unzip(target) {
            let text = String(decoding: bytes, as: UTF8.self)
            for hash in hashes { #expect(!text.contains(hash), "\(name) holds a password hash") }
        }
    }
}
