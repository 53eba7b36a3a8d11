/// Turns a source record into what the bundle may carry: only described, non-secret fields, with
/// their declared types.
///
/// This is where the fail-closed rules for fields live:
/// - a field the configuration does not describe stops the export, listing every such field, so
///   that nothing is left out silently;
/// - `secret` fields (password hashes, tokens) and `ignore` fields are dropped here and never
///   reach a writer;
/// - a value that does not fit its declared type stops the export with its file, line and field.
struct RecordProjector {
    /// The collection whose records are projected.
    let collection: CollectionConfiguration
    /// The source's id, for messages.
    let sourceID: String
    /// The request's scope, which decides which fields leave.
    let scope: ExportScope
    /// The controller's language: a description given per language is written into data.json and
    /// data.xml in it (else as ``LocalizedText/text(in:fallback:)`` chooses).
    var controllerLanguage: String? = nil

    /// Fails when `names` (the fields a source holds) includes any the configuration does not describe.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/dataInvalid`` listing every
    ///   undescribed field.
    func checkDescribed(_ names: [String], at location: Diagnostic.Location) throws {
        let unknown = names.filter { collection.fields[$0] == nil }
        guard !unknown.isEmpty else { return }
        let place = "collection '\(collection.name)' of source '\(sourceID)'"
        // Names come from the data (a CSV header, JSON keys), so they are shown only when some of
        // the fields are described (a column was added) and each looks like a name. When none is,
        // the "names" are most likely values: a file without its header row, or the wrong file.
        guard unknown.count < names.count else {
            throw HandoverError(
                .dataInvalid,
                "none of the \(names.count) fields of \(place) is described in the configuration; their names are "
                    + "not shown, as they may be data",
                at: location,
                hint: "Check that the path names the file meant and that it starts with its header row")
        }
        let shown = unknown.prefix(20).map { Self.looksLikeAName($0) ? $0 : "(\(Value.withheld($0)), not shown)" }
        throw HandoverError(
            .dataInvalid,
            "\(place) holds fields the configuration does not describe: "
                + shown.joined(separator: ", ") + (unknown.count > 20 ? " and \(unknown.count - 20) more" : ""),
            at: location,
            hint: "Describe each under 'fields:' with a category and provenance, or mark it 'ignore' or 'secret'")
    }

    /// Whether `name` looks like a field name — at most 64 letters, digits, spaces and `_ - .` —
    /// rather than a value that ended up where a name belongs.
    static func looksLikeAName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || " _-.".unicodeScalars.contains($0)
            }
    }

    /// Whether `record` is in the request's scope: always for access; for portability when its own
    /// legal basis (``CollectionConfiguration/legalBasis(of:)``) or a further basis of the collection
    /// is consent or a contract (GDPR Art. 20(1)(a)).
    func includes(_ record: Record) -> Bool {
        scope.includes(collection.legalBasis(of: record))
            || collection.otherLegalBases.contains { scope.includes($0.basis) }
    }

    /// The exported form of `record`.
    ///
    /// - Throws: ``HandoverError`` for undescribed fields or values that do not fit their type.
    func project(_ record: Record) throws -> ExportedRecord {
        var fields: [Record.Field] = []
        fields.reserveCapacity(record.fields.count)
        var unknown: [String] = []
        for field in record.fields {
            guard let configuration = collection.fields[field.name] else {
                unknown.append(field.name)
                continue
            }
            guard configuration.disposition == .export, scope.includes(configuration.provenance ?? .inferred),
                configuration.thirdParty != .omit
            else { continue }
            if configuration.thirdParty == .redact, field.value != .null {
                fields.append(Record.Field(name: field.name, value: .redacted))
                continue
            }
            var value = field.value
            if let type = configuration.type {
                guard let converted = ValueConverter.convert(value, to: type) else {
                    var location = record.location
                    location.field = field.name
                    throw HandoverError(
                        .dataInvalid, "the value (\(value.withheldDescription)) is not a valid \(type.rawValue)",
                        at: location,
                        hint: "Fix the value, or change the field's 'type' in the configuration")
                }
                value = converted
            }
            fields.append(Record.Field(name: field.name, value: value))
        }
        if !unknown.isEmpty { try checkDescribed(record.fields.map(\.name), at: record.location) }
        return ExportedRecord(fields: fields)
    }

    /// The header describing the collection's exported fields, in `order` where known.
    func header(fieldOrder sourceOrder: [String]?) -> CollectionHeader {
        let order = collection.fieldOrder.isEmpty ? sourceOrder : collection.fieldOrder
        let exported = collection.fields.filter { _, field in
            field.disposition == .export && scope.includes(field.provenance ?? .inferred) && field.thirdParty != .omit
        }
        let names =
            (order?.filter { exported[$0] != nil } ?? [])
            + exported.keys.sorted().filter { !(order ?? []).contains($0) }
        return CollectionHeader(
            source: sourceID, name: collection.name, purposes: collection.purposes,
            legalBasis: collection.legalBasis, legalBasisProvision: collection.legalBasisProvision,
            legitimateInterest: collection.legitimateInterest, otherLegalBases: collection.otherLegalBases,
            legalBasisByField: collection.legalBasisByField,
            dataSubject: collection.dataSubject,
            retention: collection.retention, recipients: collection.recipients,
            fields: names.map { name in
                let field = exported[name]!
                return CollectionHeader.Field(
                    name: name, category: field.category ?? "", provenance: field.provenance ?? .provided,
                    description: field.description?.text(in: controllerLanguage ?? "en"),
                    thirdParty: field.thirdParty, label: field.label, type: field.type,
                    localizedDescription: field.description)
            },
            supplementary: scope == .access
                ? CollectionHeader.Supplementary(
                    sourceOfData: collection.sourceOfData, automatedDecisionMaking: collection.automatedDecisionMaking,
                    transfers: collection.transfers)
                : nil,
            label: collection.label)
    }
}
