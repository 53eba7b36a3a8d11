import Foundation
import Testing

/// `handover export` on a quickstart whose SQLite database is damaged, not a database, empty or
/// locked: the exit code and message of each (docs/errors.md), no bundle, and the file's bytes as
/// they were.
struct BadSQLiteSourceCommandTests {
    /// Ways to spoil `shop.sqlite`, with the words the error must say.
    enum Damage: String, CaseIterable, Sendable {
        case empty, notSQLite, truncated, damagedPage

        var message: String {
            switch self {
            case .empty: "an empty file (0 bytes)"
            case .notSQLite: "not an SQLite database"
            case .truncated, .damagedPage: "the SQLite database is damaged"
            }
        }

        func apply(to bytes: [UInt8]) -> [UInt8] {
            switch self {
            case .empty:
                return []
            case .notSQLite:
                var generator = SystemRandomNumberGenerator()
                return (0..<bytes.count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            case .truncated:
                return Array(bytes.prefix(bytes.count / 3))
            case .damagedPage:
                // Page 2 is the customers table's root (the quickstart's first table): an invalid
                // page type in its header.
                var damaged = bytes
                let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
                damaged[pageSize] = 0x07
                return damaged
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aBadDatabaseExitsWith65AndWritesNothing(damage: Damage) throws {
        let directory = try ExportCommandTests.quickstartCopy("bad-sqlite")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("shop.sqlite")
        let spoiled = damage.apply(to: [UInt8](try Data(contentsOf: database)))
        try Data(spoiled).write(to: database)
        let output = directory.appendingPathComponent("alice.zip")
        let result = try ExportCommandTests.run([
            "export", "--config", directory.appendingPathComponent("handover.yaml").path,
            "--subject", "email=alice@example.com", "--output", output.path,
        ])
        #expect(result.status == 65, "\(damage): \(result.standardError)")
        #expect(result.standardError.contains(damage.message), "\(damage): \(result.standardError)")
        #expect(result.standardError.contains("shop.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect([UInt8](try Data(contentsOf: database)) == spoiled, "the database was changed")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(left == ["handover.yaml", "newsletter.csv", "shop.sqlite", "tickets.jsonl"])
    }

    /// Another process in the middle of a write holds the database's lock: the export waits a little,
    /// then exits 75 (try again later), writing nothing.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
    func aLockedDatabaseExitsWith75() throws {
        let directory = try ExportCommandTests.quickstartCopy("locked-sqlite")
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("shop.sqlite")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = [
            "-c",
            """
            import sqlite3, sys, time
            connection = sqlite3.connect(sys.argv[1], isolation_level=None)
            connection.execute('BEGIN EXCLUSIVE')
            connection.execute('UPDATE customers SET email = email')
            print('locked', flush=True)
            sys.stdin.read()
            connection.execute('ROLLBACK')
            """,
            database.path,
        ]
        let ready = Pipe()
        let release = Pipe()
        holder.standardOutput = ready
        holder.standardInput = release
        try holder.run()
        defer {
            try? release.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        let said = ready.fileHandleForReading.availableData
        #expect(String(decoding: said, as: UTF8.self).hasPrefix("locked"))
        let output = directory.appendingPathComponent("alice.zip")
        let started = Date()
        let result = try ExportCommandTests.run([
            "export", "--config", directory.appendingPathComponent("handover.yaml").path,
            "--subject", "email=alice@example.com", "--output", output.path,
        ])
        #expect(result.status == 75, "\(result.standardError)")
        #expect(result.standardError.contains("locked by another process"), "\(result.standardError)")
        #expect(Date().timeIntervalSince(started) >= 1.5, "the export did not wait for the lock")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
