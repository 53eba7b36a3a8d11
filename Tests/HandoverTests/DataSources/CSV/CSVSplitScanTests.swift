import Foundation
import Testing

@testable import Handover

/// A CSV file read by two threads (``AheadScan``) gives exactly the records, lines and errors of
/// one thread reading it from the start — also when the middle of the file falls inside a quoted
/// field that spans lines, and with CRLF line ends.
struct CSVSplitScanTests {
    private let collection = CollectionConfiguration(
        name: "events", identities: ["email": ["email"]], purposes: ["essential.service"], legalBasis: .contract,
        retention: Retention(description: "test"), fields: [:])

    private func scan(_ file: URL, splitAbove threshold: Int) async throws -> Result<[String], HandoverError> {
        var source = try CSVSource(.init(id: "e", kind: "csv", path: file.path, collections: []), file: file)
        source.splitThreshold = threshold
        let criteria = MatchCriteria(conditions: [
            .init(
                field: "email", normalization: .email(EmailNormalization()),
                values: try KeySet(["target@example.com"]))
        ])
        var found: [String] = []
        do {
            try await source.scan(collection, matching: criteria) { record in
                found.append("\(record["id"]?.text ?? "?")@\(record.location.line ?? -1)")
            }
        } catch let error as HandoverError {
            return .failure(error)
        }
        return .success(found)
    }

    /// A file whose middle lies in `middle` (a quoted note over many lines, or plain records).
    private func file(in directory: TemporaryDirectory, middle: String, lineEnd: String, bad: Bool) throws -> URL {
        var text = "id,email,note" + lineEnd
        for index in 0..<400 {
            let email = index % 7 == 0 ? " Target@Example.com " : "user\(index)@example.com"
            text += "\(index),\(email),\"line one\nline two, \"\"quoted\"\"\"" + lineEnd
            if index == 200 { text += "\(index)b,target@example.com,\(middle)" + lineEnd }
            if bad && index == 300 { text += "broken,target@example.com" + lineEnd }
        }
        return try directory.write("events.csv", text)
    }

    @Test(arguments: [
        ("\"", "\n", false), ("\"", "\r\n", false), ("plain", "\n", false), ("\"", "\n", true), ("plain", "\r\n", true),
    ])
    func twoThreadsReadWhatOneReads(kind: String, lineEnd: String, bad: Bool) async throws {
        let directory = try TemporaryDirectory()
        // A long quoted note whose line breaks look like record boundaries with the subject's address.
        let fake = (0..<2000).map { "\($0),target@example.com,fake" }.joined(separator: lineEnd)
        let middle = kind == "\"" ? "\"" + fake + "\"" : "plain"
        let url = try file(in: directory, middle: middle, lineEnd: lineEnd, bad: bad)
        let single = try await scan(url, splitAbove: .max)
        let split = try await scan(url, splitAbove: 1)
        switch (single, split) {
        case (.success(let one), .success(let two)):
            #expect(!bad)
            #expect(one.count == 59)
            #expect(one == two)
        case (.failure(let one), .failure(let two)):
            #expect(bad)
            #expect(one.location?.line == two.location?.line)
            #expect(one.description == two.description)
        default:
            Issue.record("one thread: \(single), two: \(split)")
        }
    }
}
