/// A source that can describe what it holds, for drafting a configuration (`handover init`).
///
/// The built-in kinds conform: SQLite and PostgreSQL list their tables, columns, primary and
/// foreign keys; CSV, JSON and JSON Lines files are one collection each. A survey reads at most
/// `sampleLimit` records per collection for their values' shapes (a JSON file is read to its end
/// for its keys), and keeps no value.
public protocol SchemaSurveying: DataSource {
    /// Every collection of the source.
    ///
    /// - Parameter sampleLimit: The most records profiled per collection.
    /// - Returns: The collections, in the source's order.
    /// - Throws: ``HandoverError`` when the source cannot be read.
    func surveyCollections(sampleLimit: Int) async throws -> [SurveyedCollection]

    /// The names of the source's tables and views, as ``surveyCollections(sampleLimit:)`` names
    /// them, for `handover check` to find the ones no collection names; `nil` for a source that is
    /// one collection (a file). Reads the catalogue only.
    ///
    /// - Throws: ``HandoverError`` when the source cannot be read.
    func surveyCollectionNames() async throws -> [String]?
}

extension SchemaSurveying {
    /// A file is one collection: `nil`.
    public func surveyCollectionNames() async throws -> [String]? { nil }
}

/// Collects the fields of records as they are read: names in first-seen order, each with its profile.
struct FieldSurveyAccumulator {
    private(set) var fields: [SurveyedField] = []
    private var positions: [String: Int] = [:]

    init(names: [String] = []) {
        for name in names { add(name) }
    }

    /// Notes `record`'s field names, and profiles its values when `profiling`.
    mutating func note(_ record: Record, profiling: Bool) {
        for field in record.fields {
            let position = positions[field.name] ?? add(field.name)
            if profiling { fields[position].profile.note(field.value) }
        }
    }

    @discardableResult
    private mutating func add(_ name: String) -> Int {
        if let position = positions[name] { return position }
        positions[name] = fields.count
        fields.append(SurveyedField(name: name))
        return fields.count - 1
    }
}
