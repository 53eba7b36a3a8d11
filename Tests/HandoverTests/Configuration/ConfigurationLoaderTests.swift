import Foundation
import Testing

@testable import Handover

struct ConfigurationLoaderTests {
    private func load(_ sources: String) throws -> Configuration {
        try Fixtures.configuration(sources)
    }

    private func loadError(_ sources: String) -> HandoverError? {
        #expect(throws: HandoverError.self) { try load(sources) }
    }

    private let validCollection = """
        sources:
          - id: shop
            kind: sqlite
            path: shop.sqlite
            collections:
              - name: customers
                identities: { email: email }
                purposes: [essential.service]
                legal_basis: contract
                retention: Deleted two years after the last order.
                fields:
                  email: { category: user.contact.email, provenance: provided }
                  password: secret
                  note: ignore
        """

    @Test func quickstartConfigurationLoads() throws {
        let configuration = try ConfigurationLoader().load(
            from: Fixtures.quickstart.appendingPathComponent("handover.yaml"))
        #expect(configuration.sources.map(\.id) == ["shop", "newsletter", "support"])
        #expect(configuration.baseDirectory.path == Fixtures.quickstart.standardizedFileURL.path)
        let customers = configuration.sources[0].collections[0]
        #expect(customers.fields["password_hash"]?.disposition == .secret)
        #expect(customers.identities["email"] == ["email"])
        #expect(customers.retention.period == "P2Y")
    }

    @Test func shorthandsDecode() throws {
        let collection = try load(validCollection).sources[0].collections[0]
        #expect(collection.retention == Retention(description: "Deleted two years after the last order."))
        #expect(collection.fields["password"]?.disposition == .secret)
        #expect(collection.fields["note"]?.disposition == .ignore)
        #expect(collection.fields["email"]?.category == "user.contact.email")
        #expect(collection.fields["email"]?.provenance == .provided)
    }

    @Test func ignoredTablesBelongToDatabasesOnly() throws {
        let ignoring = validCollection.replacingOccurrences(
            of: "    path: shop.sqlite\n", with: "    path: shop.sqlite\n    ignore: [sessions, schema_migrations]\n")
        #expect(try load(ignoring).sources[0].ignoredTables == ["sessions", "schema_migrations"])
        let onAFile = ignoring.replacingOccurrences(of: "kind: sqlite", with: "kind: csv")
            .replacingOccurrences(of: "shop.sqlite", with: "customers.csv")
        let error = loadError(onAFile)
        #expect(error?.description.contains("a csv source is one collection, so it has no tables to ignore") == true)
    }

    /// Nine levels of nine aliases (387 million nodes once expanded) are refused before anything
    /// expands them, by loading and by `validate --config` alike; a few aliases are fine.
    @Test func anAliasBombIsRefusedAtOnce() throws {
        var bomb = #"x0: &x0 ["a", "a", "a", "a", "a", "a", "a", "a", "a"]"# + "\n"
        for level in 1...9 {
            bomb +=
                "x\(level): &x\(level) [" + Array(repeating: "*x\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let text = bomb + Fixtures.configurationHeader + validCollection
        let started = ContinuousClock.now
        let error = #expect(throws: HandoverError.self) { try ConfigurationLoader().decode(text, file: "bomb.yaml") }
        #expect(error?.message.contains("aliases expand to more than 100000 nodes") == true)
        let directory = try TemporaryDirectory()
        let report = ConfigurationValidator().validate(configurationAt: try directory.write("bomb.yaml", text))
        #expect(report.diagnostics.map(\.code) == [.configurationInvalid])
        #expect(ContinuousClock.now - started < .seconds(5))
        // Anchors for repeated blocks, as the examples use them, still load.
        let reused = validCollection.replacingOccurrences(
            of: "legal_basis: contract", with: "legal_basis: &basis contract")
        #expect(try load(reused).sources[0].collections[0].legalBasis == .contract)
    }

    /// A repeated key is named with its line; the message does not quote the configuration.
    @Test func aDuplicateKeyIsNamedNotQuoted() throws {
        let text =
            Fixtures.configurationHeader.replacingOccurrences(
                of: "  name: Test Controller\n", with: "  name: Test Controller\n  name: Again\n")
            + validCollection + String(repeating: "# padding\n", count: 10_000)
        let error = #expect(throws: HandoverError.self) { try ConfigurationLoader().decode(text, file: "dup.yaml") }
        #expect(error?.message == "a mapping holds the key 'name' twice")
        #expect(error?.location?.line != nil)
        #expect((error?.description.utf8.count ?? .max) < 300)
    }

    /// More fields than a database table may have are refused before decoding (which takes time
    /// in proportion to a mapping's size for every key).
    @Test func tooManyFieldsAreRefusedWithTheirLine() {
        let many = (0...ConfigurationLoader.fieldLimit).map {
            "          f\($0): { category: user.content.private, provenance: provided }"
        }.joined(separator: "\n")
        let error = loadError(validCollection + "\n" + many + "\n")
        #expect(error?.message.contains("2004 fields, more than the 2000 a collection may describe") == true)
        // The line of the first field.
        let lines = (Fixtures.configurationHeader + validCollection).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(error?.location?.line == 1 + (lines.firstIndex { $0.contains("email: { category") } ?? 0))
    }

    @Test func unknownKeyIsAnErrorWithItsLine() {
        let error = loadError(
            validCollection.replacingOccurrences(of: "legal_basis: contract", with: "legal_bassis: contract"))
        #expect(error?.code == .configurationInvalid)
        #expect(error?.location?.line == 14)
        #expect(error?.description.contains("legal_bassis") == true)
    }

    @Test func unknownLegalBasisListsTheAllowedOnes() {
        let error = loadError(
            validCollection.replacingOccurrences(of: "legal_basis: contract", with: "legal_basis: contrat"))
        #expect(error?.description.contains("'contrat' is not allowed here") == true)
        #expect(error?.description.contains("legitimate_interest") == true)
        #expect(error?.location?.line == 14)
    }

    @Test func categoryOutsideTheTaxonomyIsRejectedWithASuggestion() {
        let error = loadError(validCollection.replacingOccurrences(of: "user.contact.email", with: "contact.email"))
        #expect(error?.description.contains("'contact.email' is not a fideslang data category") == true)
        #expect(error?.description.contains("user.contact.email") == true)
        #expect(error?.location?.line == 17)
    }

    @Test func anUndeclaredExtensionIsRejectedAndADeclaredOneAccepted() throws {
        let extended = validCollection.replacingOccurrences(of: "user.contact.email", with: "user.contact.email.work")
        let error = loadError(extended)
        #expect(error?.description.contains("nor one declared under 'extensions'") == true)
        let configuration = try load(
            extended + """

                extensions:
                  - { key: user.contact.email.work, parent: user.contact.email, description: A work address }
                """)
        #expect(configuration.sources[0].collections[0].fields["email"]?.category == "user.contact.email.work")
        #expect(configuration.extensions.map(\.key) == ["user.contact.email.work"])
    }

    @Test func identityFieldMustBeDescribed() {
        let error = loadError(
            validCollection.replacingOccurrences(
                of: "identities: { email: email }", with: "identities: { email: mail }"))
        #expect(error?.description.contains("identity field 'mail' is not described") == true)
    }

    @Test func exportedFieldNeedsCategoryAndProvenance() {
        let error = loadError(
            validCollection.replacingOccurrences(
                of: "{ category: user.contact.email, provenance: provided }", with: "{ provenance: provided }"))
        #expect(error?.description.contains("exported field 'email' has no category") == true)
    }

    @Test func fileSourceHoldsOneCollection() {
        let twice = """
            sources:
              - id: letters
                kind: csv
                path: letters.csv
                collections:
            """
            + String(
                repeating: """

                          - name: letters
                            identities: { email: email }
                            purposes: [marketing.communications.email]
                            legal_basis: consent
                            retention: 30 days
                            fields: { email: { category: user.contact.email, provenance: provided } }
                    """, count: 2)
        let error = loadError(twice)
        #expect(error?.description.contains("exactly one collection") == true)
        #expect(error?.description.contains("used twice") == true)
    }

    @Test func retentionPeriodMustBeAnISODuration() {
        #expect(ConfigurationChecker.isISODuration("P7Y"))
        #expect(ConfigurationChecker.isISODuration("P1Y6M"))
        #expect(ConfigurationChecker.isISODuration("PT12H"))
        #expect(!ConfigurationChecker.isISODuration("7 years"))
        #expect(!ConfigurationChecker.isISODuration("P"))
        #expect(!ConfigurationChecker.isISODuration("P7"))
    }

    @Test func yamlSyntaxErrorNamesTheLine() {
        let error = loadError("sources:\n  - id: [unclosed\n")
        #expect(error?.code == .configurationInvalid)
        #expect(error?.location?.line != nil)
    }

    @Test func missingFileIsInputMissing() {
        let error = #expect(throws: HandoverError.self) {
            try ConfigurationLoader().load(from: URL(fileURLWithPath: "/nonexistent/handover.yaml"))
        }
        #expect(error?.code == .inputMissing)
        #expect(error?.description.contains("/nonexistent/handover.yaml") == true)
    }
}

extension ConfigurationLoaderTests {
    @Test func jsonConfigurationIsAccepted() throws {
        let json = """
            {"version": 1,
             "controller": {"name": "C", "email": "p@c.example", "supervisory_authority": {"name": "A"}},
             "sources": [{"id": "s", "kind": "jsonl", "path": "t.jsonl", "collections": [
               {"name": "t", "identities": {"email": ["email", "cc"]}, "purposes": ["essential.service"],
                "legal_basis": "contract", "retention": {"description": "1 year", "period": "P1Y"},
                "fields": {"email": {"category": "user.contact.email", "provenance": "provided"},
                           "cc": {"category": "user.contact.email", "provenance": "provided"}}}]}]}
            """
        let configuration = try ConfigurationLoader().decode(json, file: "handover.json")
        #expect(configuration.sources[0].collections[0].identities["email"] == ["email", "cc"])
        #expect(configuration.sources[0].collections[0].retention.period == "P1Y")
    }
}

extension ConfigurationLoaderTests {
    /// Five problems in five places are thrown together, each as its own diagnostic with its line.
    @Test func everyProblemIsThrownWithItsLine() {
        let text = """
            sources:
              - id: shop
                kind: sqlite
                path: shop.sqlite
                collections:
                  - name: customers
                    identities: { email: mail }
                    purposes: [essential.service]
                    legal_basis: contract
                    retention: { description: Two years., period: two years }
                    fields:
                      email: { category: contact.email, provenance: provided }
              - id: shop
                kind: csv
                path: letters.csv
                delimiter: ";;"
                collections:
                  - name: letters
                    identities: { email: email }
                    purposes: [marketing.communications.email]
                    legal_basis: consent
                    retention: 30 days
                    fields: { email: { category: user.contact.email, provenance: provided } }
            """
        let error = loadError(text)
        // Lines of the whole document: the header takes 5.
        let found = (error?.diagnostics ?? []).map { ($0.location.line ?? 0, $0.message) }
        let expected: [(Int, String)] = [
            (12, "identity field 'mail' is not described"),
            (15, "'two years' is not an ISO 8601 duration"),
            (17, "'contact.email' is not a fideslang data category"),
            (18, "the source id 'shop' is used twice"),
            (21, "the delimiter must be one ASCII character"),
        ]
        #expect(found.count == expected.count, "\(found)")
        for (line, message) in expected {
            #expect(found.contains { $0.0 == line && $0.1.contains(message) }, "line \(line): \(message) in \(found)")
        }
        #expect(error?.description.hasPrefix("5 problems in test.yaml:\n  - test.yaml:") == true)
    }

    @Test func aSettingTheKindDoesNotReadIsRefused() {
        let error = loadError(
            validCollection.replacingOccurrences(of: "path: shop.sqlite", with: "path: shop.sqlite\n    delimiter: ';'")
        )
        #expect(error?.diagnostics.count == 1)
        #expect(error?.location?.line == 10)
        #expect(error?.message.contains("'delimiter' is not a setting of a sqlite source") == true)
    }

    @Test func aCSVSettingOfTheWrongTypeIsRefusedWithItsLine() {
        let csv = """
            sources:
              - id: letters
                kind: csv
                path: letters.csv
                header: maybe
                collections:
                  - name: letters
                    identities: { email: email }
                    purposes: [marketing.communications.email]
                    legal_basis: consent
                    retention: 30 days
                    fields: { email: { category: user.contact.email, provenance: provided } }
            """
        let error = loadError(csv)
        #expect(error?.location?.line == 10)
        #expect(error?.message == "sources[0].header: expected true or false here")
    }

    @Test func csvSettingsAreDecodedForTheKind() throws {
        let csv = """
            sources:
              - id: letters
                kind: csv
                path: letters.csv
                delimiter: "\\t"
                header: false
                columns: [email, name]
                collections:
                  - name: letters
                    identities: { email: email }
                    purposes: [marketing.communications.email]
                    legal_basis: consent
                    retention: 30 days
                    fields:
                      email: { category: user.contact.email, provenance: provided }
                      name: { category: user.name, provenance: provided }
            """
        let source = try load(csv).sources[0]
        let settings = try source.settings.decode(CSVSourceKind.Settings.self)
        #expect(settings == CSVSourceKind.Settings(delimiter: "\t", header: false, columns: ["email", "name"]))
        #expect(settings.delimiterByte == 0x09)
    }
}
