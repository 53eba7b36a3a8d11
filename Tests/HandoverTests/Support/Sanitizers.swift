#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which sanitizer the tests run under (`swift test --sanitize=…`, see `Scripts/sanitize.sh`), found
/// by looking for its runtime's entry point in the process.
///
/// Under the address sanitizer every stack frame is several times larger, so the validator's
/// stack guard stops nesting that fits a normal stack; under either sanitizer the code runs several
/// times slower. Tests that measure those relax their bounds, and say so.
enum Sanitizers {
    /// The address sanitizer's runtime is loaded.
    static let address = loaded("__asan_init")
    /// The thread sanitizer's runtime is loaded.
    static let thread = loaded("__tsan_init")
    /// Any of them.
    static var any: Bool { address || thread }

    private static func loaded(_ symbol: String) -> Bool {
        guard let process = dlopen(nil, RTLD_NOW) else { return false }
        return dlsym(process, symbol) != nil
    }
}
