import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Hands a fuzzer's input to readers that take a path.
///
/// Each process keeps one scratch file (in `/dev/shm` when there is one, so runs stay in memory) and
/// overwrites it with every input; it is removed when the process exits normally.
public enum FuzzInput {
    private static let directory: String = {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDirectory), isDirectory.boolValue {
            return "/dev/shm"
        }
        return NSTemporaryDirectory()
    }()

    /// Writes `bytes` to this process's scratch file named with `suffix` and calls `body` with its path.
    public static func withFile<Result>(
        _ bytes: UnsafeRawBufferPointer, suffix: String, _ body: (String) throws -> Result
    ) rethrows -> Result {
        let path = "\(directory)/handover-fuzz-\(getpid())\(suffix)"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        precondition(descriptor >= 0, "cannot create the scratch file \(path)")
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            precondition(result > 0, "cannot write the scratch file \(path)")
            written += result
        }
        close(descriptor)
        registerRemoval(of: path)
        return try body(path)
    }

    private nonisolated(unsafe) static var pathsToRemove: Set<String> = []

    private static func registerRemoval(of path: String) {
        guard pathsToRemove.insert(path).inserted else { return }
        if pathsToRemove.count == 1 {
            atexit {
                for path in FuzzInput.pathsToRemove { unlink(path) }
            }
        }
    }
}

/// Stops the run with `message` when an invariant does not hold; libFuzzer saves the input as a crash.
public func fuzzRequire(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        fatalError("fuzz invariant broken: \(message())")
    }
}
