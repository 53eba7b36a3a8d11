import Foundation

/// The connections a source has finished with, so that its next scan need not connect again
/// (connecting costs a server process and a round of authentication, several milliseconds).
///
/// A connection is put back only after a scan that ended well (its transaction committed), and is
/// taken again only while it is fresh: one idle longer than ``maximumIdle`` may have been closed by
/// the server and is dropped instead. Connections still idle are closed with the pool.
final class PostgreSQLConnectionPool: Sendable {
    /// How long an idle connection is taken again.
    static let maximumIdle: Duration = .seconds(30)
    /// The most idle connections kept.
    static let capacity = 4

    private let idle = Locked<[(connection: PostgreSQLConnection, since: ContinuousClock.Instant)]>([])

    /// A fresh idle connection, or `nil` when there is none.
    func take() -> PostgreSQLConnection? {
        let now = ContinuousClock.now
        return idle.withLock { idle in
            while let last = idle.popLast() {
                if now - last.since < Self.maximumIdle && last.connection.isUsable { return last.connection }
            }
            return nil
        }
    }

    /// Keeps `connection` for the next scan (or closes it when the pool is full).
    func giveBack(_ connection: PostgreSQLConnection) {
        idle.withLock { idle in
            if idle.count < Self.capacity { idle.append((connection, .now)) }
        }
    }
}
