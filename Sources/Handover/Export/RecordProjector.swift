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

    /// Fails when `names` (the fields a source holds) includes any the configuration does not describe.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/dataInvalid`` listing every
    ///   undescribed field.
    func checkDescribed(_ names: [String], at location: Diagnostic.Location) throws {
        let unknown = names.filter { collection.fields[$0] == nil }
        guard !unknown.isEmpty else { return }
        throw HandoverError(
            .dataInvalid,
            "collection '\(collection.name)' of source '\(sourceID)' holds fields the configuration does not describe: "
                + unknown.joined(separator: ", "),
            at: location,
            hint: "Describe each under 'fields:' with a category and provenance, or mark it 'ignore' or 'secret'")
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
                        .dataInvalid, "the value '\(value.text ?? "")' is not a valid \(type.rawValue)", at: location,
                        hint: "Fix the value, or change the field's 'type' in the configuration")
                }
                value = converted
            }
            fields.append(Record.Field(name: field.name, value: value))
        }
        if !unknown.isEmpty { try checkDescribed(unknown, at: record.location) }
        return ExportedRecord(fields: fields)
    }

    /// The header describing the collection's exported fields, in `order` where known.
    func header(fieldOrder order: [String]?) -> CollectionHeader {
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
                    description: field.description, thirdParty: field.thirdParty)
            },
            supplementary: scope == .access
                ? CollectionHeader.Supplementary(
                    sourceOfData: collection.sourceOfData, automatedDecisionMaking: collection.automatedDecisionMaking,
                    transfers: collection.transfers)
                : nil)
    }
}
