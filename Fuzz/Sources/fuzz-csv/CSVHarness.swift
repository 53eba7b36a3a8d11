import FuzzSupport

@testable import Handover

/// Reads the input as CSV twice, from memory and from a file through a tiny buffer (so that every
/// field and line break is split across refills), and requires the same records and the same error.
///
/// The first byte picks the delimiter and the buffer size; the rest is the CSV.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let data, count > 0 else { return 0 }
    let control = data.load(as: UInt8.self)
    let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]
    let delimiter = delimiters[Int(control & 3)]
    let bufferSize = 4 + Int(control >> 2)
    let csv = UnsafeRawBufferPointer(start: data + 1, count: count - 1)
    let maxFieldBytes = 64

    let inMemory = readAll(CSVReader(bytes: Array(csv), delimiter: delimiter, maxFieldBytes: maxFieldBytes))
    let fromFile = FuzzInput.withFile(csv, suffix: ".csv") { path in
        do {
            return readAll(
                try CSVReader(
                    path: path, delimiter: delimiter, bufferSize: bufferSize, maxFieldBytes: maxFieldBytes,
                    maxRecordBytes: .max))
        } catch {
            fatalError("cannot open the scratch file: \(error)")
        }
    }
    fuzzRequire(inMemory == fromFile, "the file reader and the in-memory reader disagree")
    if case .success(let records) = inMemory {
        var previousLine = 0
        for record in records {
            fuzzRequire(record.line > previousLine, "lines do not increase")
            fuzzRequire(!record.fields.isEmpty, "a record without fields")
            previousLine = record.line
        }
    }
    return 0
}

private func readAll(_ reader: CSVReader) -> Result<[CSVRecord], CSVSyntaxError> {
    var records: [CSVRecord] = []
    do {
        while let record = try reader.next() { records.append(record) }
        return .success(records)
    } catch {
        return .failure(error)
    }
}
