import Foundation
import Testing

@testable import Handover

/// A JSON Lines file read by two threads gives the records, lines and errors of one thread.
struct JSONLinesSplitScanTests {
    private let collection = CollectionConfiguration(
        name: "messages", identities: ["email": ["from"]], purposes: ["essential.service"], legalBasis: .contract,
        retention: Retention(description: "test"), fields: [:])

    private func scan(_ file: URL, splitAbove threshold: Int) async throws -> Result<[String], HandoverError> {
        var source = JSONSource(
            .init(id: "m", kind: "jsonl", path: file.path, collections: []), file: file, format: .lines)
        source.splitThreshold = threshold
        let criteria = MatchCriteria(conditions: [
            .init(
                field: "from", normalization: .email(EmailNormalization()),
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

    @Test(arguments: [false, true])
    func twoThreadsReadWhatOneReads(bad: Bool) async throws {
        let directory = try TemporaryDirectory()
        var lines: [String] = []
        for index in 0..<500 {
            let from =
                index % 9 == 0 ? " TARGET@example.com" : index % 13 == 0 ? "target\\u0040example.com" : "u\(index)@x"
            lines.append(#"{"id": \#(index), "from": "\#(from)", "body": "a\nb \"c\""}"#)
            if index % 50 == 0 { lines.append("") }
            if bad && index == 400 { lines.append(#"{"id": 9999, "from": "target@example.com", "body": }"#) }
        }
        let url = try directory.write("messages.jsonl", lines.joined(separator: "\n") + "\n")
        let single = try await scan(url, splitAbove: .max)
        let split = try await scan(url, splitAbove: 1)
        switch (single, split) {
        case (.success(let one), .success(let two)):
            #expect(!bad)
            #expect(one.count == 56 + 34)
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
