import Foundation

/// A value shared between threads behind a `pthread` mutex (`NSLock`).
///
/// Used instead of the standard library's `Mutex`, which on Linux waits on a futex the thread
/// sanitizer cannot see: under `swift test --sanitize=thread` every value a `Mutex` protected was
/// reported as raced between threads. The sanitizer follows `pthread` mutexes, so a real race
/// stays visible among no false ones.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// Creates the lock around `value`.
    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value, holding the lock.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
