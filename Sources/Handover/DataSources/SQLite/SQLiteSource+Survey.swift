import Foundation
internal import GRDB

extension SQLiteSource: SchemaSurveying {
    /// Every table and view, SQLite's own excepted, in creation order: name and type.
    static let tablesQuery = """
        SELECT name, type FROM sqlite_schema
        WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid
        """

    /// Every table and view (SQLite's own excepted), in creation order.
    public func surveyCollectionNames() async throws -> [String]? {
        try await withDatabase { db in try Row.fetchAll(db, sql: Self.tablesQuery).map { $0["name"] } }
    }

    /// Every table and view (SQLite's own excepted), in creation order: columns with their
    /// declared types, the primary key, declared foreign keys, and the first `sampleLimit` rows profiled.
    public func surveyCollections(sampleLimit: Int) async throws -> [SurveyedCollection] {
        try await withDatabase { db in
            return try Row.fetchAll(db, sql: Self.tablesQuery).map { listed in
                let table: String = listed["name"]
                let columns = try Row.fetchAll(
                    db, sql: "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
                let primaryKey = columns.filter { ($0["pk"] as Int? ?? 0) > 0 }
                    .sorted { ($0["pk"] as Int) < ($1["pk"] as Int) }.map { $0["name"] as String }
                let foreignKeys = try Row.fetchAll(
                    db, sql: "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)", arguments: [table]
                ).compactMap { row -> SurveyedForeignKey? in
                    let referenced: String = row["table"]
                    // A foreign key without a column names the referenced table's primary key.
                    let key: String? =
                        row["to"]
                        ?? (try? String.fetchOne(
                            db, sql: "SELECT name FROM pragma_table_info(?) WHERE pk = 1", arguments: [referenced]))
                        ?? nil
                    return key.map { SurveyedForeignKey(field: row["from"], table: referenced, key: $0) }
                }
                var fields = FieldSurveyAccumulator(names: columns.map { $0["name"] })
                let location = Diagnostic.Location(file: file.path, field: table)
                let cursor = try Row.fetchCursor(
                    db, sql: "SELECT * FROM \(Self.quoted(table)) LIMIT ?", arguments: [sampleLimit])
                while let row = try cursor.next() {
                    try Task.checkCancellation()
                    let values = row.columnNames.enumerated().map { index, name in
                        Record.Field(
                            name: name, value: (try? Self.value(row[index], column: name, location: location)) ?? .null)
                    }
                    fields.note(Record(fields: values, location: location), profiling: true)
                }
                var surveyed = fields.fields
                for index in surveyed.indices {
                    let declared: String? = columns[index]["type"]
                    surveyed[index].declaredType = declared?.isEmpty == false ? declared : nil
                }
                return SurveyedCollection(
                    name: table, fields: surveyed, primaryKey: primaryKey, foreignKeys: foreignKeys,
                    isView: listed["type"] == "view")
            }
        }
    }
}
