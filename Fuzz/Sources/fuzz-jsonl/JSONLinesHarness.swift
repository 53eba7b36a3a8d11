import FuzzSupport

@testable import JSONCore

/// Reads the input as JSON Lines twice, through the usual buffer and through a tiny one (so that
/// lines are split across refills and the buffer grows), and requires the same records and error.
///
/// The first byte picks the tiny buffer's size; the rest is the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let data, count > 0 else { return 0 }
    let bufferSize = 1 + Int(data.load(as: UInt8.self) & 63)
    let input = Array(UnsafeRawBufferPointer(start: data + 1, count: count - 1))
    let whole = readAll(JSONLinesReader(bytes: input, maxLineBytes: 4096, maxDepth: 64))
    let split = readAll(JSONLinesReader(bytes: input, bufferSize: bufferSize, maxLineBytes: 4096, maxDepth: 64))
    fuzzRequire(whole.records == split.records, "the records depend on the buffer size")
    fuzzRequire(whole.error == split.error, "the error depends on the buffer size")
    var previous = 0
    for line in whole.records.map(\.line) {
        fuzzRequire(line > previous, "line numbers do not increase")
        previous = line
    }
    return 0
}

private func readAll(_ reader: JSONLinesReader) -> (records: [Line], error: JSONSyntaxError?) {
    var reader = reader
    var records: [Line] = []
    do {
        while let (value, line) = try reader.next() { records.append(Line(value: value, line: line)) }
        return (records, nil)
    } catch {
        return (records, error)
    }
}

private struct Line: Equatable {
    var value: JSONValue
    var line: Int
}
