import Foundation
import FuzzSupport
import Handover

/// Loads the input as a YAML configuration file; any outcome but a crash, a hang or unbounded
/// memory is fine (libFuzzer's `-timeout` and `-rss_limit_mb` watch the last two).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfiguration(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzInput.withFile(UnsafeRawBufferPointer(start: data, count: count), suffix: ".yaml") { path in
        _ = try? ConfigurationLoader().load(from: URL(fileURLWithPath: path))
    }
    return 0
}
