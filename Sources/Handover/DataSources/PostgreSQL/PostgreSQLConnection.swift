internal import CLibPQ
import Foundation

/// One libpq connection, used by one scan at a time: connect, run statements with bound text
/// parameters, read results, cancel.
///
/// Errors carry libpq's message, which names the server, the database and what failed, never a
/// password (none is in the connection string; it is passed as its own parameter).
final class PostgreSQLConnection: @unchecked Sendable {
    private let connection: OpaquePointer

    /// Connects with `conninfo` (a URI, `key=value` pairs, or empty for the `PG*` environment),
    /// and `password` when one was given apart.
    init(conninfo: String, password: String?) throws(PostgreSQLError) {
        var keywords = ["dbname", "application_name", "client_encoding"]
        var values = [conninfo, "handover", "UTF8"]
        if let password {
            keywords.append("password")
            values.append(password)
        }
        let pointer = Self.withCStrings(keywords) { keywordPointers in
            Self.withCStrings(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let pointer else { throw PostgreSQLError("libpq could not allocate a connection") }
        // Checked before the property is set: a class whose init throws after setting every
        // property is deinitialised, which would finish the connection a second time.
        guard PQstatus(pointer) == CONNECTION_OK else {
            let message = Self.message(of: pointer)
            PQfinish(pointer)
            throw PostgreSQLError("cannot connect: \(message)")
        }
        connection = pointer
    }

    deinit {
        PQfinish(connection)
    }

    /// Whether the connection is open and outside any transaction, so another scan can use it.
    var isUsable: Bool {
        PQstatus(connection) == CONNECTION_OK && PQtransactionStatus(connection) == PQTRANS_IDLE
    }

    /// Runs `sql` with `parameters` bound as text (`nil` for NULL) and returns the result.
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgreSQLError) -> PostgreSQLResult {
        let result = Self.withOptionalCStrings(parameters) { pointers in
            PQexecParams(connection, sql, Int32(parameters.count), nil, pointers, nil, nil, 0)
        }
        guard let result else { throw PostgreSQLError(Self.message(of: connection)) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            PQclear(result)
            throw PostgreSQLError(message, sqlState: state)
        }
        return PostgreSQLResult(result)
    }

    /// Asks the server to stop the statement now running; safe from any thread.
    func cancel() {
        guard let cancel = PQgetCancel(connection) else { return }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &buffer, Int32(buffer.count))
        PQfreeCancel(cancel)
    }

    private static func message(of connection: OpaquePointer) -> String {
        String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        return body(copies.map { UnsafePointer($0) } + [nil])
    }

    private static func withOptionalCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies = strings.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        return body(copies.map { UnsafePointer($0) })
    }
}

/// A result of rows, in text format.
final class PostgreSQLResult {
    private let result: OpaquePointer

    init(_ result: OpaquePointer) {
        self.result = result
    }

    deinit {
        PQclear(result)
    }

    var rowCount: Int { Int(PQntuples(result)) }
    var columnCount: Int { Int(PQnfields(result)) }

    func columnName(_ column: Int) -> String { String(cString: PQfname(result, Int32(column))) }

    /// The type OID of a column (`pg_type.oid`).
    func columnType(_ column: Int) -> UInt32 { UInt32(PQftype(result, Int32(column))) }

    /// The text of a cell, or `nil` for NULL.
    func text(row: Int, column: Int) -> String? {
        guard PQgetisnull(result, Int32(row), Int32(column)) == 0 else { return nil }
        return String(cString: PQgetvalue(result, Int32(row), Int32(column)))
    }
}

/// A failure reported by libpq or the server.
struct PostgreSQLError: Error, CustomStringConvertible {
    var message: String
    /// The SQLSTATE code, when the server gave one (`57014` for a cancelled statement).
    var sqlState: String?

    init(_ message: String, sqlState: String? = nil) {
        self.message = message
        self.sqlState = sqlState
    }

    var description: String { message }
}
