public import Foundation

/// Reads a PostgreSQL database through libpq, in a read-only transaction, a batch of rows at a time.
///
/// Each collection is a table or view (`table:` may be schema-qualified, `sales.customers`). Names
/// from the configuration are quoted as identifiers and the subject's values are always bound
/// parameters (arrays, `= ANY($1)`), never part of the SQL text. Rows come through a cursor,
/// 1,000 at a time, so memory does not grow with the table.
///
/// Matching is the same Swift rule as for every source. The SQL only narrows the rows:
/// - an **exact** condition on an integer column binds the keys that are integers written
///   canonically (`= ANY($n::int8[])`, which an index on the column serves); on any other column
///   it compares the column's text (`::text = ANY($n::text[])`);
/// - a **normalised** condition (e-mail) on a `text` or `varchar` column keeps the rows whose text
///   starts, in byte order, with one of the case variants of the address's first characters, or
///   with whitespace or a non-ASCII character (`CandidateFilter.prefixes(for:limit:)` says why
///   every spelling does): a few ranges (`col >= $a AND col < $b OR …`), which a B-tree index on
///   the column serves when the column's collation is `C`; otherwise the ranges are compared
///   `COLLATE "C"`, which an index on `(col COLLATE "C")` serves;
/// - a normalised condition without such a prefix (addresses starting with `k`, domains that
///   ignore dots or `+tags`, other column types) keeps the rows whose ASCII-lowercased text
///   contains a piece that every spelling keeps, as the SQLite source does (every row is read);
///   when no such piece exists (phones), every row is read and compared;
///
/// and each row returned is then compared with the exact rule in Swift, so the records are those
/// a file of the same rows gives.
///
/// Types are kept: booleans, integers, `numeric` and floats as exact decimal text, dates, times
/// stamps with a zone as RFC 3339 in UTC, `bytea` as binary; `uuid`, `json`/`jsonb` and arrays as
/// their text.
public struct PostgreSQLSource: DataSource {
    /// The source's configuration.
    public let configuration: SourceConfiguration
    /// How to connect.
    public let settings: PostgreSQLSourceKind.Settings
    private let passwordFile: URL?
    private let pool = PostgreSQLConnectionPool()

    /// How many rows one `FETCH` reads.
    static let batchSize = 1000

    /// Creates a source; it connects when first read.
    public init(_ configuration: SourceConfiguration, settings: PostgreSQLSourceKind.Settings, passwordFile: URL?) {
        self.configuration = configuration
        self.settings = settings
        self.passwordFile = passwordFile
    }

    /// `postgresql:ID`, used in messages and record locations.
    public var sourceName: String { "postgresql:\(configuration.id)" }

    /// See ``DataSource/fieldNames(of:)``.
    public func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? {
        try await withConnection { connection in
            try columns(of: collection, in: connection).map(\.name)
        }
    }

    /// See ``DataSource/scan(_:matching:_:)``.
    public func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria,
        _ body: (Record) throws -> Void
    ) async throws {
        guard !criteria.isEmpty else { return }
        try Task.checkCancellation()
        let table = collection.table ?? collection.name
        let location = Diagnostic.Location(file: sourceName, field: table)
        try await withConnection { connection in
            try connection.execute("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try connection.execute("SET LOCAL TimeZone = 'UTC'")
            try connection.execute("SET LOCAL DateStyle = 'ISO'")
            try connection.execute("SET LOCAL extra_float_digits = 1")
            let columns = try self.columns(of: collection, in: connection)
            var conditions: [String] = []
            var parameters: [String?] = []
            for condition in criteria.conditions {
                guard let column = columns.first(where: { $0.name == condition.field }) else { continue }
                let name = Self.quoted(column.name)
                if condition.normalization == .exact {
                    var keys: [String] = []
                    try condition.values.forEachBatch(size: 10_000) { keys += $0 }
                    if Self.integerTypes.contains(column.type) {
                        let numbers = keys.filter { Int64($0).map(String.init) == $0 }
                        parameters.append(Self.arrayLiteral(numbers))
                        conditions.append("\(name) = ANY($\(parameters.count)::int8[])")
                    } else {
                        parameters.append(Self.arrayLiteral(keys))
                        conditions.append("\(name)::text = ANY($\(parameters.count)::text[])")
                    }
                } else if Self.textTypes.contains(column.type),
                    let prefixes = try CandidateFilter.prefixes(for: condition)
                {
                    // Ranges in byte order, which an index on the column serves when its collation is C.
                    let text = column.byteOrdered ? name : "(\(name) COLLATE \"C\")"
                    var alternatives: [String] = []
                    for prefix in prefixes {
                        var end = prefix
                        end[end.count - 1] += 1
                        parameters.append(String(decoding: prefix, as: UTF8.self))
                        parameters.append(String(decoding: end, as: UTF8.self))
                        alternatives.append("(\(text) >= $\(parameters.count - 1) AND \(text) < $\(parameters.count))")
                    }
                    // Text that starts with whitespace (or any byte below '!'), or with a non-ASCII character.
                    parameters.append("!")
                    parameters.append("\u{80}")
                    alternatives.append("\(text) < $\(parameters.count - 1) OR \(text) >= $\(parameters.count)")
                    conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
                } else if let needles = try CandidateFilter.needles(for: condition, syntax: .sql) {
                    var alternatives: [String] = []
                    for needle in needles {
                        parameters.append(String(decoding: needle, as: UTF8.self))
                        alternatives.append("strpos(lower(\(name)::text COLLATE \"C\"), $\(parameters.count)) > 0")
                    }
                    conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
                } else {
                    // No piece every spelling keeps (phones): every row is compared in Swift.
                    conditions.append("TRUE")
                }
            }
            guard !conditions.isEmpty else { return }
            let sql =
                "DECLARE handover_scan NO SCROLL CURSOR FOR SELECT * FROM \(Self.qualified(table)) WHERE "
                + conditions.joined(separator: " OR ")
            try connection.execute(sql, parameters)
            let matchColumns = criteria.conditions.map { condition in
                (columns.firstIndex { $0.name == condition.field }, condition)
            }
            while true {
                try Task.checkCancellation()
                let rows = try connection.execute("FETCH \(Self.batchSize) FROM handover_scan")
                guard rows.rowCount > 0 else { break }
                for row in 0..<rows.rowCount {
                    let matches = try matchColumns.contains { index, condition in
                        guard let index, let text = rows.text(row: row, column: index) else { return false }
                        return try condition.accepts(text)
                    }
                    guard matches else { continue }
                    var fields: [Record.Field] = []
                    fields.reserveCapacity(rows.columnCount)
                    for column in 0..<rows.columnCount {
                        let name = rows.columnName(column)
                        fields.append(
                            Record.Field(
                                name: name,
                                value: try Self.value(
                                    rows.text(row: row, column: column), type: rows.columnType(column), column: name,
                                    location: location)))
                    }
                    try body(Record(fields: fields, location: location))
                }
            }
            try connection.execute("CLOSE handover_scan")
            try connection.execute("COMMIT")
        }
    }

    // MARK: - Schema

    /// A column of a table: its name, its type's OID, and whether its collation orders text by
    /// bytes (`C` or `POSIX`, named or the database's default with the libc provider).
    struct Column {
        var name: String
        var type: UInt32
        var byteOrdered: Bool
    }

    /// The columns of the collection's table, in table order.
    private func columns(of collection: CollectionConfiguration, in connection: PostgreSQLConnection) throws
        -> [Column]
    {
        let table = collection.table ?? collection.name
        // `datlocprovider` exists from PostgreSQL 15 on; read through to_jsonb so older servers answer too.
        let result = try connection.execute(
            """
            SELECT a.attname, a.atttypid::int8,
                CASE WHEN a.attcollation = 100 THEN
                    (SELECT d.datcollate IN ('C', 'POSIX') AND coalesce(to_jsonb(d) ->> 'datlocprovider', 'c') = 'c'
                     FROM pg_database d WHERE d.datname = current_database())
                ELSE
                    (SELECT c.collprovider = 'c' AND c.collcollate IN ('C', 'POSIX')
                     FROM pg_collation c WHERE c.oid = a.attcollation)
                END
            FROM pg_attribute a
            WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
            """, [Self.qualified(table)])
        guard result.rowCount > 0 else {
            throw HandoverError(
                .configurationInvalid, "the table '\(table)' does not exist in \(sourceName) (or has no columns)",
                at: .init(file: sourceName, field: table),
                hint: "Check the collection's 'table' (or 'name'), with its schema when not on the search_path")
        }
        return (0..<result.rowCount).map { row in
            Column(
                name: result.text(row: row, column: 0) ?? "",
                type: UInt32(result.text(row: row, column: 1) ?? "0") ?? 0,
                byteOrdered: result.text(row: row, column: 2) == "t")
        }
    }

    static let integerTypes: Set<UInt32> = [20, 21, 23]
    /// `text` and `varchar`, whose comparison operators are those of text.
    static let textTypes: Set<UInt32> = [25, 1043]

    /// `name` as an SQL identifier: in double quotes, inner double quotes doubled.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `schema.table` or `table`, each part quoted.
    static func qualified(_ table: String) -> String {
        guard let dot = table.firstIndex(of: ".") else { return quoted(table) }
        return quoted(String(table[..<dot])) + "." + quoted(String(table[table.index(after: dot)...]))
    }

    /// A PostgreSQL array literal of text elements, each quoted with `\` and `"` escaped.
    static func arrayLiteral(_ values: [String]) -> String {
        "{"
            + values.map {
                "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            }.joined(separator: ",") + "}"
    }

    // MARK: - Values

    /// A cell's value, by its column's type.
    static func value(_ text: String?, type: UInt32, column: String, location: Diagnostic.Location) throws -> Value {
        guard let text else { return .null }
        switch type {
        case 16: return .boolean(text == "t")
        case 20, 21, 23: return Int64(text).map(Value.integer) ?? .string(text)
        case 700, 701, 1700:
            guard text != "NaN", !text.hasSuffix("Infinity") else {
                var location = location
                location.field = column
                throw HandoverError(
                    .dataInvalid, "column '\(column)' holds a non-finite number", at: location,
                    hint: "Bundles carry finite numbers only; fix the value or mark the column 'ignore'")
            }
            return .decimal(text)
        case 1082: return ValueConverter.isDate(Array(text.utf8)) ? .date(text) : .string(text)
        case 1114, 1184:
            let zoned = text.hasSuffix("+00") ? String(text.dropLast(3)) + "Z" : text
            return ValueConverter.normalisedDateTime(zoned).map(Value.dateTime) ?? .string(text)
        case 17:
            guard text.hasPrefix("\\x"), let bytes = Self.hexBytes(text.dropFirst(2)) else { return .string(text) }
            return .binary(bytes)
        default: return .string(text)
        }
    }

    private static func hexBytes(_ hex: Substring) -> Data? {
        guard hex.count % 2 == 0 else { return nil }
        var bytes = Data(capacity: hex.count / 2)
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }

    // MARK: - Connecting

    private func password() throws -> String? {
        if let name = settings.passwordEnv {
            guard let value = ProcessInfo.processInfo.environment[name] else {
                throw HandoverError(
                    .configurationInvalid, "the environment variable \(name), named by 'password_env', is not set",
                    at: .init(file: sourceName), hint: "Set it to the database password before exporting")
            }
            return value
        }
        if let passwordFile {
            guard let text = try? String(contentsOf: passwordFile, encoding: .utf8) else {
                throw HandoverError(
                    .inputMissing, "the password file cannot be read", at: .init(file: passwordFile.path),
                    hint: "Check 'password_file' and the file's permissions")
            }
            return String(text.prefix { $0 != "\n" && $0 != "\r" })
        }
        return nil
    }

    /// A new connection, with the password read now.
    private func connect() throws -> PostgreSQLConnection {
        let password = try password()
        do {
            return try PostgreSQLConnection(conninfo: settings.url ?? "", password: password)
        } catch {
            throw HandoverError(
                .inputMissing, "PostgreSQL: \(error.message)", at: .init(file: sourceName),
                hint: "Check source '\(configuration.id)' 'url' (or the PG* environment variables) and the password",
                underlying: error)
        }
    }

    func withConnection<T>(_ work: (PostgreSQLConnection) throws -> T) async throws -> T {
        let connection = try pool.take() ?? connect()
        do {
            let result = try await withTaskCancellationHandler {
                try work(connection)
            } onCancel: {
                connection.cancel()
            }
            if connection.isUsable { pool.giveBack(connection) }
            return result
        } catch let error as HandoverError {
            throw error
        } catch let error as PostgreSQLError where error.sqlState == "57014" {
            throw CancellationError()
        } catch let error as PostgreSQLError {
            throw HandoverError(
                .dataInvalid, "PostgreSQL: \(error.message)", at: .init(file: sourceName),
                hint: "Check the configuration's tables and columns against the database", underlying: error)
        }
    }
}
