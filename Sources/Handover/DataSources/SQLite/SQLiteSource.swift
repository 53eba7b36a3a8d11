public import Foundation
internal import GRDB
import JSONCore

/// Reads an SQLite database, opened read-only, one row at a time.
///
/// Each collection is a table. Matching runs inside SQLite as
/// `SELECT * FROM "table" WHERE "field" IN (?, …) OR …`: table and column names from the
/// configuration are quoted as identifiers, and the subject's identifiers are always bound
/// parameters, never part of the SQL text. Rows are read through a cursor, so memory does not grow
/// with the table.
public struct SQLiteSource: DataSource {
    /// The source's configuration.
    public let configuration: SourceConfiguration
    /// The database file.
    public let file: URL

    /// Creates a source for the database at `file`.
    public init(_ configuration: SourceConfiguration, file: URL) {
        self.configuration = configuration
        self.file = file
    }

    /// The file's name, used in messages.
    public var sourceName: String { file.lastPathComponent }

    /// See ``DataSource/fieldNames(of:)``.
    public func fieldNames(of collection: CollectionConfiguration) async throws -> [String]? {
        let table = collection.table ?? collection.name
        return try await withDatabase { db in
            guard try db.tableExists(table) || db.viewExists(table) else {
                throw HandoverError(
                    .configurationInvalid, "the table '\(table)' does not exist in \(sourceName)",
                    at: .init(file: file.path, field: table),
                    hint: "Check the collection's 'table' (or 'name') in the configuration")
            }
            return try Self.columns(of: table, in: db).map(\.name)
        }
    }

    /// See ``DataSource/scan(_:matching:_:)``.
    public func scan(
        _ collection: CollectionConfiguration, matching criteria: MatchCriteria,
        _ body: (Record) throws -> Void
    ) async throws {
        guard !criteria.isEmpty else { return }
        let table = collection.table ?? collection.name
        try await withDatabase { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            for (index, condition) in criteria.conditions.enumerated() {
                var column = Self.quoted(condition.field)
                if condition.normalization != .exact,
                    let needles = try CandidateFilter.needles(for: condition, syntax: .sql)
                {
                    // SQLite narrows the rows with its own functions (an index-free scan in C); the
                    // rows it returns are then compared with the exact rule below. See CandidateFilter
                    // for why every matching row contains one of the needles.
                    conditions.append(
                        "(" + needles.map { _ in "instr(lower(\(column)), ?) > 0" }.joined(separator: " OR ") + ")")
                    arguments += needles.map { String(decoding: $0, as: UTF8.self) }
                    continue
                }
                if condition.normalization != .exact {
                    // The same Swift rule as for files, registered for this connection only.
                    let name = "handover_normalize_\(index)"
                    let normalization = condition.normalization
                    db.add(
                        function: DatabaseFunction(name, argumentCount: 1, pure: true) { values in
                            Self.text(of: values[0]).flatMap(normalization.normalize)
                        })
                    column = "\(name)(\(column))"
                }
                let exact = condition.normalization == .exact
                if condition.values.count <= Self.maxBoundValues {
                    var placeholders: [String] = []
                    try condition.values.forEachBatch(size: Self.maxBoundValues) { batch in
                        for value in batch {
                            let forms = Self.boundForms(of: value, exact: exact)
                            arguments += forms
                            placeholders += Array(repeating: "?", count: forms.count)
                        }
                    }
                    conditions.append("\(column) IN (\(placeholders.joined(separator: ", ")))")
                } else {
                    // Too many values to bind at once: load them into a temporary table (still as
                    // bound parameters) and match against it, so each row is returned once.
                    let keys = "handover_keys_\(index)"
                    try db.execute(sql: "CREATE TEMP TABLE \(keys) (k PRIMARY KEY) WITHOUT ROWID")
                    let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO temp.\(keys) (k) VALUES (?)")
                    try condition.values.forEachBatch(size: Self.maxBoundValues) { batch in
                        for value in batch {
                            for form in Self.boundForms(of: value, exact: exact) {
                                try insert.execute(arguments: [form])
                            }
                        }
                    }
                    conditions.append("\(column) IN (SELECT k FROM temp.\(keys))")
                }
            }
            let sql = "SELECT * FROM \(Self.quoted(table)) WHERE \(conditions.joined(separator: " OR "))"
            let statement = try db.makeStatement(sql: sql)
            let columns = statement.columnNames
            let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(arguments))
            let location = Diagnostic.Location(file: file.path, field: table)
            let matchColumns = criteria.conditions.map { condition in
                (columns.firstIndex { $0.lowercased() == condition.field.lowercased() }, condition)
            }
            while let row = try cursor.next() {
                // SQL compares with column affinity; the match is the exact text, as for every source.
                let matches = try matchColumns.contains { index, condition in
                    guard let index, let text = Self.text(of: row[index]) else { return false }
                    return try condition.accepts(text)
                }
                guard matches else { continue }
                var fields: [Record.Field] = []
                fields.reserveCapacity(columns.count)
                for index in columns.indices {
                    let databaseValue: DatabaseValue = row[index]
                    fields.append(
                        Record.Field(
                            name: columns[index],
                            value: try Self.value(databaseValue, column: columns[index], location: location)))
                }
                try body(Record(fields: fields, location: location))
            }
        }
    }

    /// The columns of `table` with their declared types, in table order (the name is bound, not spliced).
    private static func columns(of table: String, in db: Database) throws -> [(name: String, type: String)] {
        try Row.fetchAll(db, sql: "SELECT name, type FROM pragma_table_info(?)", arguments: [table]).map {
            (name: $0["name"], type: $0["type"])
        }
    }

    /// The most values bound as parameters of one `IN` list; larger sets go through a temporary table.
    static let maxBoundValues = 500

    /// What is bound for `key`: the text, and for an exact condition on the text of a number, the
    /// number too.
    ///
    /// SQLite compares with column affinity: in a column declared without a type the integer `7` is
    /// not the text `'7'` (so binding text alone misses it), and in an `INTEGER` column the text
    /// `'07'` becomes the integer 7. The SQL therefore selects every row whose value could read as a
    /// key, and ``scan(_:matching:_:)`` keeps those whose text equals one exactly.
    private static func boundForms(of key: String, exact: Bool) -> [any DatabaseValueConvertible] {
        guard exact else { return [key] }
        if let number = Int64(key), String(number) == key { return [key, number] }
        if let number = Double(key), number.isFinite, "\(number)" == key { return [key, number] }
        return [key]
    }

    /// The text of an SQLite value, as identity matching sees it.
    private static func text(of value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let number): String(number)
        case .double(let number): "\(number)"
        case .string(let text): text
        case .blob(let bytes): String(bytes: bytes, encoding: .utf8)
        }
    }

    /// `name` as an SQL identifier: in double quotes, with inner double quotes doubled.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func value(_ value: DatabaseValue, column: String, location: Diagnostic.Location) throws -> Value {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .integer(number)
        case .double(let number):
            guard number.isFinite else {
                var location = location
                location.field = column
                throw HandoverError(
                    .dataInvalid, "column '\(column)' holds a non-finite number (\(number))", at: location,
                    hint: "Bundles carry finite numbers only; fix the value or mark the column 'ignore'")
            }
            return .decimal(
                number == number.rounded() && abs(number) < 1e15 ? String(format: "%.1f", number) : "\(number)")
        case .string(let text): return .string(text)
        case .blob(let bytes): return .binary(bytes)
        }
    }

    /// Whether the database at `path`, whose first bytes are `header`, is in WAL mode with no
    /// `-wal` or `-shm` file beside it: no process has it open for writing, and a read-only
    /// connection would create both files next to the source. Such a database is opened
    /// `immutable`, so that nothing is ever written beside it. (With the files there, a writer may
    /// be at work: the connection reads through them, as SQLite requires, and creates nothing.)
    static func isUnopenedWAL(header: [UInt8], at path: String) -> Bool {
        let isWAL = header.starts(with: Array("SQLite format 3\u{0}".utf8)) && header[18] == 2 && header[19] == 2
        return isWAL && !FileManager.default.fileExists(atPath: path + "-wal")
            && !FileManager.default.fileExists(atPath: path + "-shm")
    }

    /// An SQLite URI opening `path` read-only and immutable.
    static func immutableURI(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:\(path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path)?mode=ro&immutable=1"
    }

    func withDatabase<T>(_ work: (Database) throws -> T) async throws -> T {
        // Opened once before SQLite opens it: missing, not a regular file (SQLite would wait for a
        // FIFO's writer for ever, or read a device), and the header that tells WAL mode.
        let probe = RegularFile.open(file.path)
        guard probe >= 0 else {
            if errno == ENOENT {
                throw HandoverError(
                    .inputMissing, "the SQLite database does not exist", at: .init(file: file.path),
                    hint: "Check source '\(configuration.id)' 'path' (relative paths start at the configuration file)")
            }
            throw HandoverError(
                .inputUnreadable, "cannot open the SQLite database: \(RegularFile.describe(errno))",
                at: .init(file: file.path),
                hint: "Check source '\(configuration.id)' 'path': it must name a database file")
        }
        var header = [UInt8](repeating: 0, count: 20)
        let headerRead = read(probe, &header, header.count)
        close(probe)
        if headerRead == 0 {
            // SQLite would open it as an empty database and say the first table is missing.
            throw HandoverError(
                .dataInvalid, "the SQLite database is an empty file (0 bytes)", at: .init(file: file.path),
                hint:
                    "Check source '\(configuration.id)' 'path': an export of a live database may still be being written"
            )
        }
        var options = GRDB.Configuration()
        options.readonly = true
        // A writer's lock is waited for this long before the export stops with source-busy.
        options.busyMode = .timeout(Self.lockWait)
        options.label = "handover.\(configuration.id)"
        do {
            try Task.checkCancellation()
            let queue: DatabaseQueue
            if headerRead == header.count, Self.isUnopenedWAL(header: header, at: file.path),
                let immutable = try? DatabaseQueue(path: Self.immutableURI(file.path), configuration: options)
            {
                queue = immutable
            } else {
                queue = try DatabaseQueue(path: file.path, configuration: options)
            }
            defer { try? queue.close() }
            // Cancelling the task interrupts the statement running in SQLite.
            return try await withTaskCancellationHandler {
                try queue.inDatabase(work)
            } onCancel: {
                queue.interrupt()
            }
        } catch let error as HandoverError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw CancellationError()
        } catch let error as DatabaseError {
            throw describe(error)
        }
    }

    /// How long a read waits for another process's write lock, in seconds.
    static let lockWait: TimeInterval = 2

    /// The error for what SQLite reported, with what to do about it.
    private func describe(_ error: DatabaseError) -> HandoverError {
        let location = Diagnostic.Location(file: file.path)
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return HandoverError(
                .sourceBusy, "the SQLite database is locked by another process's write", at: location,
                hint: "Retry when the write is done (waited \(Int(Self.lockWait)) s); nothing was written",
                underlying: error)
        case .SQLITE_NOTADB:
            return HandoverError(
                .dataInvalid, "the file is not an SQLite database", at: location,
                hint: "Check source '\(configuration.id)' 'path' and 'kind'", underlying: error)
        case .SQLITE_CORRUPT:
            return HandoverError(
                .dataInvalid, "the SQLite database is damaged (SQLite: database disk image is malformed)",
                at: location,
                hint:
                    "Restore it from a backup or recover it (sqlite3 FILE .recover); the export stopped and wrote nothing",
                underlying: error)
        default:
            return HandoverError(
                .dataInvalid, "SQLite error: \(error.message ?? "\(error.resultCode)")", at: location,
                hint: "Check that the file is an SQLite database and the configuration's tables and columns exist",
                underlying: error)
        }
    }
}
