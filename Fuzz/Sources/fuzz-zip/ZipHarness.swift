import Foundation
import FuzzSupport

@testable import Handover

/// Opens the input as a zip archive and inflates every entry it accepts, checking that no entry
/// yields more bytes than its declared size and that accepted names are safe relative paths.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    FuzzInput.withFile(UnsafeRawBufferPointer(start: data, count: count), suffix: ".zip") { path in
        let limits = ZipArchiveReader.Limits(maxEntries: 16, maxTotalUncompressedSize: 1 << 20)
        guard let archive = try? ZipArchiveReader(url: URL(fileURLWithPath: path), limits: limits) else { return }
        for entry in archive.entries {
            fuzzRequire(!entry.path.hasPrefix("/"), "an absolute entry name was accepted")
            fuzzRequire(!entry.path.split(separator: "/").contains(".."), "an entry name with .. was accepted")
            var produced: UInt64 = 0
            do {
                try archive.extract(entry) { bytes in produced += UInt64(bytes.count) }
                fuzzRequire(produced == entry.uncompressedSize, "an entry inflated to another size than declared")
            } catch {
                fuzzRequire(produced <= entry.uncompressedSize, "an entry inflated past its declared size")
            }
        }
    }
    return 0
}
