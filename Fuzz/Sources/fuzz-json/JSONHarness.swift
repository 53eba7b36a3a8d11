import FuzzSupport
import JSONCore

/// Parses the input as one JSON text; a value that parses must come back equal from its own
/// compact text (numbers are kept exact, strings escaped and unescaped without loss).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: data, count: count)
    guard let value = try? JSONParser.parse(bytes, maxDepth: 64) else { return 0 }
    let text = value.compactText()
    do {
        let again = try JSONParser.parse(text, maxDepth: 64)
        fuzzRequire(again == value, "the compact text parses to another value")
    } catch {
        fuzzRequire(false, "the compact text of a parsed value does not parse: \(error)")
    }
    return 0
}
