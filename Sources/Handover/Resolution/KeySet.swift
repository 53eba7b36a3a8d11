import Foundation
internal import GRDB

/// A set of key or identifier values that stays bounded in memory however large it grows.
///
/// Up to ``memoryLimit`` values live in a hash set. Past that the set spills to a temporary SQLite
/// database in a private directory (indexed, so lookups stay fast) and memory stops growing. The
/// temporary files are removed when the set is released.
///
/// The resolver keeps one `KeySet` per identity type and per referenced key field; sources read them
/// through ``MatchCriteria``. Membership is exact string equality, byte for byte (after whatever
/// normalisation the caller applied).
public final class KeySet: Sendable {
    /// The default number of values held in memory before spilling.
    public static let defaultMemoryLimit = 100_000

    /// The number of values held in memory before spilling to disk.
    public let memoryLimit: Int
    private let storage = Locked(Storage())

    /// The values: in memory until the limit, then in the spill file only.
    private struct Storage {
        var memory: Set<Data> = []
        var spill: SpillFile?
        var spilledCount = 0
    }

    /// Creates an empty set.
    ///
    /// - Parameter memoryLimit: How many values to keep in memory before spilling to disk.
    public init(memoryLimit: Int = KeySet.defaultMemoryLimit) {
        self.memoryLimit = memoryLimit
    }

    /// Creates a set holding `values`.
    public convenience init(_ values: some Sequence<String>, memoryLimit: Int = KeySet.defaultMemoryLimit) throws {
        self.init(memoryLimit: memoryLimit)
        for value in values { try insert(value) }
    }

    /// The number of values.
    public var count: Int {
        storage.withLock { $0.spill == nil ? $0.memory.count : $0.spilledCount }
    }

    /// Whether the set is empty.
    public var isEmpty: Bool { count == 0 }

    /// Whether the set has spilled to disk.
    public var isSpilled: Bool {
        storage.withLock { $0.spill != nil }
    }

    /// Adds `value`.
    ///
    /// - Returns: `true` when the value was not in the set yet.
    /// - Throws: ``HandoverError`` when the spill file cannot be written.
    @discardableResult
    public func insert(_ value: String) throws -> Bool {
        let bytes = Data(value.utf8)
        return try storage.withLock { storage throws -> Bool in
            if let spill = storage.spill {
                let inserted = try spill.insert(CollectionOfOne(bytes))
                storage.spilledCount += inserted
                return inserted > 0
            }
            let inserted = storage.memory.insert(bytes).inserted
            if storage.memory.count > memoryLimit {
                let spill = try SpillFile()
                try spill.insert(storage.memory)
                storage.spilledCount = storage.memory.count
                storage.memory = []
                storage.spill = spill
            }
            return inserted
        }
    }

    /// Whether `value` is in the set.
    ///
    /// - Throws: ``HandoverError`` when the spill file cannot be read (never for an in-memory set).
    public func contains(_ value: String) throws -> Bool {
        let bytes = Data(value.utf8)
        return try storage.withLock { storage in
            if let spill = storage.spill { return try spill.contains(bytes) }
            return storage.memory.contains(bytes)
        }
    }

    /// Byte order, compared with `memcmp` (the generic comparison of `Data` steps through an
    /// iterator, and sorting 10,000 keys with it took 30 ms).
    static func precedes(_ a: Data, _ b: Data) -> Bool {
        a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in
                let common = min(a.count, b.count)
                let order = common == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }

    /// Calls `body` with the values in ascending byte order, in batches of at most `size`.
    ///
    /// Sources that query by value (SQL `IN` lists, API calls) use batches so that neither the query
    /// nor memory grows with the set.
    public func forEachBatch(size: Int = 500, _ body: ([String]) throws -> Void) throws {
        let spill = storage.withLock { $0.spill }
        if let spill {
            try spill.forEachBatch(size: size) { try body($0.map { String(decoding: $0, as: UTF8.self) }) }
            return
        }
        let values = storage.withLock { Array($0.memory) }
        let sorted = values.sorted(by: Self.precedes)
        var start = 0
        while start < sorted.count {
            let end = min(start + size, sorted.count)
            try body(sorted[start..<end].map { String(decoding: $0, as: UTF8.self) })
            start = end
        }
    }
}

/// The on-disk half of a ``KeySet``: one indexed table in a temporary SQLite database.
private final class SpillFile: Sendable {
    private let queue: DatabaseQueue
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("handover-keys-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            var configuration = GRDB.Configuration()
            configuration.prepareDatabase { db in
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            queue = try DatabaseQueue(
                path: directory.appendingPathComponent("keys.sqlite").path, configuration: configuration)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE keys (k BLOB PRIMARY KEY) WITHOUT ROWID")
            }
        } catch {
            throw HandoverError(
                .ioFailed, "cannot create a temporary key file (\(error))", at: .init(file: directory.path),
                hint: "Check free space in the temporary directory (TMPDIR)", underlying: error)
        }
    }

    deinit {
        try? queue.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Inserts `values`, returning how many were new.
    @discardableResult
    func insert(_ values: some Sequence<Data>) throws -> Int {
        try queue.write { db in
            let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO keys (k) VALUES (?)")
            var inserted = 0
            for value in values {
                try statement.execute(arguments: [value])
                inserted += db.changesCount
            }
            return inserted
        }
    }

    func contains(_ value: Data) throws -> Bool {
        do {
            return try queue.read { db in
                try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM keys WHERE k = ?"), arguments: [value])
                    ?? false
            }
        } catch {
            throw HandoverError(
                .ioFailed, "cannot read the temporary key file (\(error))", at: .init(file: directory.path),
                hint: "Check the temporary directory (TMPDIR)", underlying: error)
        }
    }

    func forEachBatch(size: Int, _ body: ([Data]) throws -> Void) throws {
        var after: Data? = nil
        while true {
            let batch: [Data] = try queue.read { db in
                if let after {
                    return try Data.fetchAll(
                        db, sql: "SELECT k FROM keys WHERE k > ? ORDER BY k LIMIT ?", arguments: [after, size])
                }
                return try Data.fetchAll(db, sql: "SELECT k FROM keys ORDER BY k LIMIT ?", arguments: [size])
            }
            guard let last = batch.last else { return }
            try body(batch)
            after = last
        }
    }
}
