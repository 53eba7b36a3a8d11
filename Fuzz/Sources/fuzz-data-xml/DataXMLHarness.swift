import FuzzSupport

@testable import Handover

/// Reads the input as a bundle's data.xml, item by item, until the end or the first error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDataXML(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzInput.withFile(UnsafeRawBufferPointer(start: data, count: count), suffix: ".xml") { path in
        guard let reader = try? DataXMLReader(path: path) else { return }
        var items = 0
        while let item = try? reader.next() {
            _ = item
            items += 1
            fuzzRequire(items <= count + 1, "more items than input bytes")
        }
    }
    return 0
}
