import Foundation

@testable import Handover

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A PostgreSQL server of its own for the tests: `initdb` into a temporary directory, `pg_ctl` on a
/// free loopback port (as the `postgres` user when the tests run as root, which `initdb` refuses),
/// stopped when the test process exits — also when a test fails.
final class TestPostgreSQLServer: Sendable {
    /// The directory of `initdb`, `pg_ctl` and `psql` (`pg_config --bindir`), when installed.
    static let binaries: URL? = {
        for candidate in ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"] {
            if FileManager.default.isExecutableFile(atPath: candidate + "/initdb") {
                return URL(fileURLWithPath: candidate)
            }
        }
        return nil
    }()

    /// The server of this test process, started on first use.
    static var shared: TestPostgreSQLServer {
        get throws {
            try started.withLock { server in
                if let server { return server }
                let new = try TestPostgreSQLServer()
                server = new
                atexit { TestPostgreSQLServer.started.withLock { $0?.stop() } }
                return new
            }
        }
    }

    private static let started = Locked<TestPostgreSQLServer?>(nil)

    let directory: URL
    let port: Int
    private let bin: URL
    private let asPostgresUser: Bool

    private init() throws {
        guard let bin = Self.binaries else { throw ServerError("PostgreSQL is not installed") }
        self.bin = bin
        asPostgresUser = getuid() == 0
        directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "handover-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if asPostgresUser { try Self.run("/bin/chown", ["postgres", directory.path]) }
        port = try Self.freePort()
        try run(
            "initdb",
            [
                "-D", directory.path + "/data", "-A", "trust", "-U", "handover", "--no-sync", "-E", "UTF8",
                "--locale=C",
            ])
        try run(
            "pg_ctl",
            [
                "-D", directory.path + "/data", "-l", directory.path + "/log", "-w", "-o",
                "-p \(port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start",
            ])
    }

    /// A connection URL for `database` (no password: the test server trusts loopback).
    func url(_ database: String = "postgres") -> String { "postgresql://handover@127.0.0.1:\(port)/\(database)" }

    /// Creates a fresh database and returns its name.
    func createDatabase() throws -> String {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try psql("CREATE DATABASE \(name)", database: "postgres")
        return String(name)
    }

    /// Runs SQL in `database` with `psql`, stopping at the first error.
    func psql(_ sql: String, database: String) throws {
        let file = directory.appendingPathComponent("script-\(UUID().uuidString).sql")
        try Data(sql.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try run("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-d", url(database), "-f", file.path], asPostgres: false)
    }

    func stop() {
        try? run("pg_ctl", ["-D", directory.path + "/data", "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: directory)
    }

    private func run(_ tool: String, _ arguments: [String], asPostgres: Bool = true) throws {
        if asPostgres && asPostgresUser {
            try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", bin.path + "/" + tool] + arguments)
        } else {
            try Self.run(bin.path + "/" + tool, arguments)
        }
    }

    /// Runs a tool and waits for it with `posix_spawn` and `waitpid`. Not `Process`: on Linux it
    /// learns of the child's end through a descriptor the child inherits, and the server that
    /// `pg_ctl start` leaves running inherits it too, so `waitUntilExit` would wait for the server.
    private static func run(_ executable: String, _ arguments: [String]) throws {
        let errorFile = NSTemporaryDirectory() + "pg-\(UUID().uuidString).err"
        defer { try? FileManager.default.removeItem(atPath: errorFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Nothing else is inherited: a pipe another test has open for a child's output (made
        // without close-on-exec) would otherwise stay open in the server, and that test would
        // wait for the end of the child's output until the server stopped.
        // (glibc 2.34 has the call; Swift's Glibc module does not declare it.)
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ServerError("cannot start \(executable) (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else {
            let message = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
            throw ServerError("\(executable) failed (\(status)): \(message)")
        }
    }

    /// A loopback port that is free now (asked of the system through Python's socket module).
    private static func freePort() throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])",
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw ServerError("no free port")
        }
        return port
    }

    struct ServerError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
