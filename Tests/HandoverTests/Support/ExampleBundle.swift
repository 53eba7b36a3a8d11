import Foundation
import GRDB
import Testing

@testable import Handover

/// A bundle exported from one of the controller examples (`Examples/<name>/`), with its `data.json`
/// parsed, and the checks every example test makes on it.
struct ExampleBundle {
    /// The example's configuration, as loaded for the export.
    let configuration: Handover.Configuration
    /// The bundle's manifest.
    let manifest: Manifest
    /// `data.json`, parsed.
    let data: [String: Any]
    /// Every entry of the zip, by path.
    let entries: [String: Data]

    /// The collections in `data.json`.
    var collections: [[String: Any]] { data["collections"] as? [[String: Any]] ?? [] }

    /// The collection called `name` in `data.json`, if the bundle holds it.
    func collection(_ name: String) -> [String: Any]? {
        collections.first { $0["name"] as? String == name }
    }

    /// The records of collection `name`: field name → `{"type": …, "value": …}`.
    func records(_ name: String) -> [[String: [String: Any]]] {
        collection(name)?["records"] as? [[String: [String: Any]]] ?? []
    }

    /// The names of the fields the bundle describes for collection `name`.
    func fieldNames(_ name: String) -> Set<String> {
        Set((collection(name)?["fields"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String })
    }

    /// The `legalBasis` object of collection `name`.
    func legalBasis(_ name: String) -> [String: Any]? {
        collection(name)?["legalBasis"] as? [String: Any]
    }

    /// The `otherLegalBases` of collection `name`; empty when it has none.
    func otherLegalBases(_ name: String) -> [[String: Any]] {
        collection(name)?["otherLegalBases"] as? [[String: Any]] ?? []
    }

    /// Expects exactly the collections of `expected`, each on its main basis `code`, with the
    /// provision `provision(name)` gives (none by default) and an interest containing `interest`
    /// (none when `nil`).
    func expectMainLegalBases(
        _ expected: [(collection: String, code: String, interest: String?)],
        provision: (String) -> String? = { _ in nil }, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(
            Set(collections.compactMap { $0["name"] as? String }) == Set(expected.map(\.collection)),
            sourceLocation: sourceLocation)
        for (name, code, interest) in expected {
            let basis = legalBasis(name)
            #expect(basis?["code"] as? String == code, "\(name)", sourceLocation: sourceLocation)
            #expect(basis?["provision"] as? String == provision(name), "\(name)", sourceLocation: sourceLocation)
            if let interest {
                #expect(
                    (basis?["interest"] as? String)?.contains(interest) == true, "\(name)",
                    sourceLocation: sourceLocation)
            } else {
                #expect(basis?["interest"] == nil, "\(name)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The `retention` object of collection `name`.
    func retention(_ name: String) -> [String: Any]? {
        collection(name)?["retention"] as? [String: Any]
    }

    /// The `supplementary` object (Art. 15 information) of collection `name`.
    func supplementary(_ name: String) -> [String: Any]? {
        collection(name)?["supplementary"] as? [String: Any]
    }

    /// The names of the recipients of collection `name`.
    func recipients(_ name: String) -> [String] {
        (collection(name)?["recipients"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    /// The controller's `name: value` members that are contacts (`dpo`, `supervisoryAuthority`).
    func controllerContact(_ key: String) -> [String: Any]? {
        (data["controller"] as? [String: Any])?[key] as? [String: Any]
    }

    /// Every field category in the bundle.
    var categories: Set<String> {
        Set(collections.flatMap { ($0["fields"] as? [[String: Any]] ?? []).compactMap { $0["category"] as? String } })
    }

    /// Every purpose in the bundle.
    var purposes: Set<String> {
        Set(collections.flatMap { $0["purposes"] as? [String] ?? [] })
    }

    /// Whether the right to data portability covers processing on `basis`: Art. 20(1)(a) GDPR names
    /// consent (Art. 6(1)(a)) and a contract (Art. 6(1)(b)). Written here rather than asked of
    /// ``ExportScope``, whose rule is what these checks test.
    static func isPortable(_ basis: LegalBasis) -> Bool {
        basis == .consent || basis == .contract
    }

    /// The collections of the configuration that `scope` keeps, by name.
    func configuredCollections(in scope: ExportScope) -> [CollectionConfiguration] {
        // A collection is portable when any of its bases (main, further or per record) is consent or a
        // contract; the records it then carries are checked by the example's own tests.
        configuration.sources.flatMap(\.collections).filter {
            scope == .access || $0.allLegalBases.contains(where: Self.isPortable)
        }
    }

    /// Expects every collection the scope keeps to be in the bundle with at least one record.
    func expectRecordsInEveryCollection(sourceLocation: SourceLocation = #_sourceLocation) {
        let scope = manifest.scope
        for configured in configuredCollections(in: scope) {
            #expect(
                !records(configured.name).isEmpty, "no \(scope.rawValue) record in \(configured.name)",
                sourceLocation: sourceLocation)
        }
        #expect(
            collections.count == configuredCollections(in: scope).count, "unexpected collections",
            sourceLocation: sourceLocation)
    }

    /// Expects each key to be, or to be extended by, a field category in the bundle.
    func expectCategories(_ keys: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for key in keys {
            #expect(Self.covers(categories, key), "no field of category \(key)", sourceLocation: sourceLocation)
        }
    }

    /// Expects each key to be, or to be extended by, a purpose in the bundle.
    func expectPurposes(_ keys: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for key in keys {
            #expect(Self.covers(purposes, key), "no collection with purpose \(key)", sourceLocation: sourceLocation)
        }
    }

    /// Expects some collection to carry each legal basis, with its provision where one is given.
    func expectLegalBases(
        _ bases: [(code: String, provision: String?)], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let present = collections.compactMap { $0["legalBasis"] as? [String: Any] }
        for basis in bases {
            #expect(
                present.contains {
                    $0["code"] as? String == basis.code
                        && (basis.provision == nil || $0["provision"] as? String == basis.provision)
                },
                "no collection on \(basis.code) \(basis.provision ?? "")", sourceLocation: sourceLocation)
        }
    }

    /// Expects collection `name` to state the retention `period` (ISO 8601) running from an event
    /// that mentions `after`.
    func expectRetention(
        _ name: String, period: String?, after: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let retention = retention(name)
        #expect(retention?["period"] as? String == period, "retention of \(name)", sourceLocation: sourceLocation)
        if let after {
            #expect(
                (retention?["after"] as? String)?.localizedCaseInsensitiveContains(after) == true,
                "retention of \(name) runs from \(retention?["after"] ?? "nothing")", sourceLocation: sourceLocation)
        }
    }

    /// Expects no collection to declare a transfer outside the EEA.
    func expectNoTransfers(sourceLocation: SourceLocation = #_sourceLocation) {
        for collection in collections {
            let transfers = (collection["supplementary"] as? [String: Any])?["transfers"] as? [Any]
            #expect(transfers?.isEmpty == true, "\(collection["name"] ?? "")", sourceLocation: sourceLocation)
        }
    }

    /// Expects what Art. 20 leaves out to be absent: collections on bases other than consent or
    /// contract (listed as excluded in the manifest), and derived or inferred fields.
    func expectPortabilityScope(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(manifest.scope == .portability, sourceLocation: sourceLocation)
        let all = configuration.sources.flatMap(\.collections)
        let leftOut = all.filter { !$0.allLegalBases.contains(where: Self.isPortable) }.map(\.name)
        #expect(
            Set(manifest.excluded.map(\.name)) == Set(leftOut), "excluded collections", sourceLocation: sourceLocation)
        for name in leftOut {
            #expect(collection(name) == nil, "\(name) is in a portability bundle", sourceLocation: sourceLocation)
        }
        for configured in all where Self.isPortable(configured.legalBasis) {
            let notPortable = configured.fields.filter {
                $0.value.provenance == .derived || $0.value.provenance == .inferred
            }
            for field in notPortable.keys {
                #expect(
                    !fieldNames(configured.name).contains(field)
                        && records(configured.name).allSatisfy { $0[field] == nil },
                    "\(configured.name).\(field) is not portable", sourceLocation: sourceLocation)
            }
            #expect(supplementary(configured.name) == nil, sourceLocation: sourceLocation)
        }
    }

    /// Expects none of `needles` in any entry of the bundle.
    func expectAbsent(_ needles: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let texts = entries.mapValues { String(decoding: $0, as: UTF8.self).lowercased() }
        for needle in needles where !needle.isEmpty {
            for (path, text) in texts.sorted(by: { $0.key < $1.key }) where text.contains(needle.lowercased()) {
                Issue.record("\(path) holds \(what): \(needle)", sourceLocation: sourceLocation)
            }
        }
    }

    private static func covers(_ keys: Set<String>, _ key: String) -> Bool {
        keys.contains { $0 == key || $0.hasPrefix(key + ".") }
    }
}

/// Exports `subject` (`type=value`, as on the command line) from `Examples/<name>/handover.yaml` in
/// `scope`, into a temporary directory, and reads the bundle back.
func exampleBundle(name: String, subject: String, scope: ExportScope) async throws -> ExampleBundle {
    let configuration = try ConfigurationLoader().load(
        from: Fixtures.examples.appendingPathComponent(name).appendingPathComponent("handover.yaml"))
    let directory = try TemporaryDirectory()
    let target = directory.url.appendingPathComponent("bundle.zip")
    let summary = try await Exporter(configuration: configuration).export(
        ExportRequest(identifiers: [try SubjectIdentifier(parsing: subject)], scope: scope), to: target)
    Fixtures.expectValidBundle(target)
    let entries = try Fixtures.unzip(target)
    let json = try #require(entries["data.json"])
    let data = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    return ExampleBundle(configuration: configuration, manifest: summary.manifest, data: data, entries: entries)
}

/// Reads an example's files directly (SQLite through GRDB, CSV through ``CSVReader``, JSON through
/// Foundation), independently of the export.
enum ExampleFiles {
    /// Every value, in every record, of every field the configuration marks `secret`.
    static func secretValues(of configuration: Handover.Configuration) throws -> [String] {
        var values: [String] = []
        for source in configuration.sources {
            let url = configuration.resolve(path: source.path ?? "")
            for collection in source.collections {
                let secrets = collection.fields.filter { $0.value.disposition == .secret }.keys.sorted()
                guard !secrets.isEmpty else { continue }
                values += try Self.values(of: secrets, in: collection, kind: source.kind, file: url)
            }
        }
        return values
    }

    private static func values(
        of fields: [String], in collection: CollectionConfiguration, kind: String, file: URL
    ) throws -> [String] {
        switch kind {
        case "sqlite":
            var options = GRDB.Configuration()
            options.readonly = true
            let queue = try DatabaseQueue(path: file.path, configuration: options)
            let table = collection.table ?? collection.name
            return try queue.read { db in
                try fields.flatMap { field in
                    try String?.fetchAll(db, sql: "SELECT \"\(field)\" FROM \"\(table)\"").compactMap { $0 }
                }
            }
        case "csv":
            let reader = try CSVReader(path: file.path)
            guard let header = try reader.next()?.fields else { return [] }
            let indices = fields.compactMap { header.firstIndex(of: $0) }
            var values: [String] = []
            while let record = try reader.next() {
                values += indices.filter { $0 < record.fields.count }.map { record.fields[$0] }
            }
            return values
        case "json", "jsonl":
            let data = try Data(contentsOf: file)
            let objects: [Any]
            if kind == "json" {
                objects = try JSONSerialization.jsonObject(with: data) as? [Any] ?? []
            } else {
                objects = try data.split(separator: UInt8(ascii: "\n")).map {
                    try JSONSerialization.jsonObject(with: Data($0))
                }
            }
            return objects.flatMap { object in
                fields.compactMap { (object as? [String: Any])?[$0] as? String }
            }
        default:
            Issue.record("no reader for source kind \(kind)")
            return []
        }
    }
}

/// One controller example: where it is, whom it exports, and what its export must leave out.
struct ControllerExample: Sendable {
    /// The folder under `Examples/`.
    let name: String
    /// The chosen subject, `type=value`.
    let subject: String
    /// Identifiers and the name of another subject whose identifier contains the chosen one's.
    let nearCollision: [String]
    /// The collections a portability bundle must leave out (bases other than consent or contract).
    let excludedFromPortability: Set<String>

    /// The chosen subject's bundle in `scope`.
    func bundle(_ scope: ExportScope) async throws -> ExampleBundle {
        try await exampleBundle(name: name, subject: subject, scope: scope)
    }

    /// Exports the chosen subject in both scopes and expects, in each: a record in every collection
    /// the scope keeps; for portability, the excluded collections and no derived or inferred field;
    /// no value of any `secret` field (read from the example's files) and no secret field described;
    /// nothing of the near-collision subject.
    func expectGeneralRules(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        for scope in ExportScope.allCases {
            let bundle = try await bundle(scope)
            bundle.expectRecordsInEveryCollection(sourceLocation: sourceLocation)
            if scope == .portability {
                bundle.expectPortabilityScope(sourceLocation: sourceLocation)
                #expect(
                    Set(bundle.manifest.excluded.map(\.name)) == excludedFromPortability,
                    sourceLocation: sourceLocation)
            }
            let secrets = try ExampleFiles.secretValues(of: bundle.configuration)
            #expect(secrets.count > 100, "the example's files hold too few secrets", sourceLocation: sourceLocation)
            bundle.expectAbsent(secrets, "a secret value", sourceLocation: sourceLocation)
            for collection in bundle.configuration.sources.flatMap(\.collections) {
                let secretFields = collection.fields.filter { $0.value.disposition == .secret }.keys
                #expect(
                    bundle.fieldNames(collection.name).isDisjoint(with: secretFields), "\(collection.name)",
                    sourceLocation: sourceLocation)
            }
            bundle.expectAbsent(nearCollision, "the near-collision subject", sourceLocation: sourceLocation)
        }
    }
}
