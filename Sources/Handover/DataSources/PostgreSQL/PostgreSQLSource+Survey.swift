extension PostgreSQLSource: SchemaSurveying {
    /// A table's name as the search path sees it: bare when visible, schema-qualified otherwise.
    static let visibleTableName = """
        CASE WHEN pg_table_is_visible(c.oid) THEN c.relname ELSE n.nspname || '.' || c.relname END
        """

    /// The oid and visible name of every table, view and materialised view outside PostgreSQL's own schemas.
    static let tablesQuery = """
        SELECT c.oid::int8, \(visibleTableName), c.relkind IN ('v', 'm') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        ORDER BY n.nspname, c.relname
        """

    /// Every table, view and materialised view outside PostgreSQL's own schemas, named as the search
    /// path sees them, in a read-only transaction.
    public func surveyCollectionNames() async throws -> [String]? {
        try await withConnection { connection in
            try connection.execute("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? connection.execute("ROLLBACK") }
            let tables = try connection.execute(Self.tablesQuery)
            return (0..<tables.rowCount).map { tables.text(row: $0, column: 1) ?? "" }
        }
    }

    /// Every table, view and materialised view outside PostgreSQL's own schemas, named as the
    /// search path sees them (`customers`, or `billing.invoices` when `billing` is not on it):
    /// columns with their types, the primary key, single-column foreign keys, and the first
    /// `sampleLimit` rows profiled, in a read-only transaction.
    public func surveyCollections(sampleLimit: Int) async throws -> [SurveyedCollection] {
        try await withConnection { connection in
            try connection.execute("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? connection.execute("ROLLBACK") }
            let visibleName = Self.visibleTableName
            let tables = try connection.execute(Self.tablesQuery)
            return try (0..<tables.rowCount).map { row in
                let oid = tables.text(row: row, column: 0) ?? "0"
                let name = tables.text(row: row, column: 1) ?? ""
                let columns = try connection.execute(
                    """
                    SELECT a.attname, format_type(a.atttypid, a.atttypmod),
                           EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = a.attrelid AND k.contype = 'p'
                                   AND a.attnum = ANY (k.conkey))
                    FROM pg_attribute a WHERE a.attrelid = $1::oid AND a.attnum > 0 AND NOT a.attisdropped
                    ORDER BY a.attnum
                    """, [oid])
                let foreignKeys = try connection.execute(
                    """
                    SELECT a.attname, \(visibleName), ra.attname FROM pg_constraint k
                    JOIN pg_class c ON c.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                    JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1]
                    WHERE k.contype = 'f' AND k.conrelid = $1::oid AND cardinality(k.conkey) = 1
                    ORDER BY k.conname
                    """, [oid])
                var fields = FieldSurveyAccumulator(
                    names: (0..<columns.rowCount).map { columns.text(row: $0, column: 0) ?? "" })
                let sample = try connection.execute(
                    "SELECT * FROM \(Self.qualified(name)) LIMIT $1", [String(sampleLimit)])
                let location = Diagnostic.Location(file: sourceName, field: name)
                for sampled in 0..<sample.rowCount {
                    let values = (0..<sample.columnCount).map { column in
                        let field = sample.columnName(column)
                        return Record.Field(
                            name: field,
                            value: (try? Self.value(
                                sample.text(row: sampled, column: column), type: sample.columnType(column),
                                column: field, location: location)) ?? .null)
                    }
                    fields.note(Record(fields: values, location: location), profiling: true)
                }
                var surveyed = fields.fields
                for index in surveyed.indices where index < columns.rowCount {
                    surveyed[index].declaredType = columns.text(row: index, column: 1)
                }
                return SurveyedCollection(
                    name: name, fields: surveyed,
                    primaryKey: (0..<columns.rowCount).filter { columns.text(row: $0, column: 2) == "t" }.compactMap {
                        columns.text(row: $0, column: 0)
                    },
                    foreignKeys: (0..<foreignKeys.rowCount).map {
                        SurveyedForeignKey(
                            field: foreignKeys.text(row: $0, column: 0) ?? "",
                            table: foreignKeys.text(row: $0, column: 1) ?? "",
                            key: foreignKeys.text(row: $0, column: 2) ?? "")
                    },
                    isView: tables.text(row: row, column: 2) == "t")
            }
        }
    }
}
