#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells a recursion whether the current thread's stack still has room for it.
///
/// The evaluator's depth limits are counted in levels, and what a level costs depends on the build
/// (an address-sanitized frame is several times larger) and on the thread (a server's worker may
/// have far less than the main thread's 8 MB). So deep recursions also ask this guard, which knows
/// where the thread's stack ends and keeps ``reserve`` bytes free above that end; a recursion that
/// would go lower fails as "nested too deeply" instead of overflowing the stack.
struct StackGuard {
    /// Bytes kept free at the end of the stack, for the frames between two checks and for the
    /// caller's work after a failure.
    static let reserve = 256 << 10

    /// The depth from which recursions ask the guard: shallower ones, nearly all, never pay for it.
    static let checkedDepth = 32

    /// The lowest address a checked frame may have, or 0 when the stack's bounds are unknown.
    private let floor: UInt

    /// Reads the current thread's stack bounds; a few microseconds, so callers create a guard only
    /// once a recursion is already deep.
    init() {
        floor = Self.stackLowEnd().map { $0 + UInt(Self.reserve) } ?? 0
    }

    /// Whether the caller's frame is still above the reserve.
    func hasRoom() -> Bool {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } > floor
    }

    /// The lowest address of the current thread's stack (stacks grow down on every supported platform).
    private static func stackLowEnd() -> UInt? {
        #if canImport(Glibc)
            // `pthread_getattr_np` is a GNU extension that Swift's Glibc module does not declare.
            guard let symbol = dlsym(nil, "pthread_getattr_np") else { return nil }
            typealias GetAttributes = @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
            let getAttributes = unsafeBitCast(symbol, to: GetAttributes.self)
            let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
            defer { attributes.deallocate() }
            guard getAttributes(pthread_self(), attributes) == 0 else { return nil }
            defer { pthread_attr_destroy(attributes) }
            var address: UnsafeMutableRawPointer?
            var size = 0
            guard pthread_attr_getstack(attributes, &address, &size) == 0, let address else { return nil }
            return UInt(bitPattern: address)
        #elseif canImport(Darwin)
            let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
            return top - UInt(pthread_get_stacksize_np(pthread_self()))
        #else
            return nil
        #endif
    }
}
