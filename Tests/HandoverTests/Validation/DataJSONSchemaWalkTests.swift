import Foundation
import JSONCore
import Testing

@testable import Handover

/// Validating data.json record by record reports exactly the errors that validating the whole
/// parsed document reports.
struct DataJSONSchemaWalkTests {
    private func pointers(walking text: String) throws -> [String] {
        var walk = DataJSONSchemaWalk(
            document: try BundleJSONSchemas.data.get(), record: try BundleJSONSchemas.dataRecord.get(), limit: 1000)
        var reader = JSONStructureReader(bytes: Array(text.utf8), bufferSize: 7)
        try walk.validate(&reader)
        return walk.problems.map(\.0).sorted()
    }

    private func pointers(whole text: String) throws -> [String] {
        BundleJSONSchemas.problems(try JSONParser.parse(Array(text.utf8)), against: try BundleJSONSchemas.data.get())
            .map(\.0).sorted()
    }

    @Test func sameErrorsAsTheWholeDocument() async throws {
        let directory = try Fixtures.quickstartCopy()
        let bundle = try await Fixtures.export(["email=alice@example.com"], in: directory)
        let valid = String(decoding: try Fixtures.unzip(bundle)["data.json"]!, as: UTF8.self)
        #expect(try pointers(walking: valid).isEmpty)
        let corruptions = [
            // A record value of the wrong shape, a header member of the wrong type, both.
            valid.replacingOccurrences(of: "\"type\": \"integer\"", with: "\"type\": \"integre\""),
            valid.replacingOccurrences(of: "\"scope\": \"access\"", with: "\"scope\": 7"),
            valid.replacingOccurrences(of: "\"recordCount\": ", with: "\"recordCount\": -").replacingOccurrences(
                of: "\"type\": \"string\"", with: "\"type\": 1"),
            // Containers where the shape has another value: stepped over, reported alike.
            "[" + valid + ", [1, {\"a\": [\"]}\"]}]]",
            valid.replacingOccurrences(of: "\"type\": \"integer\"", with: "\"type\": [\"integer\", {\"x\": []}]"),
            valid.replacingOccurrences(of: "\"value\": 1\n", with: "\"value\": [[1], [2, [3]]]\n"),
            valid.replacingOccurrences(of: "\"records\": [", with: "\"records\": [[0, 0, 0], "),
        ]
        for corrupt in corruptions {
            #expect(corrupt != valid, "the corruption must apply")
            let whole = try pointers(whole: corrupt)
            #expect(!whole.isEmpty)
            #expect(try pointers(walking: corrupt) == whole)
        }
    }

    /// A record or value of the wrong kind never makes the walk build it: a flat array of a
    /// million numbers as the root is stepped over and reported as the wrong type.
    @Test func aHugeContainerInTheWrongPlaceIsSteppedOver() throws {
        let flat = "[" + String(repeating: "0,", count: 1_000_000) + "0]"
        #expect(try pointers(walking: flat) == [""])
        var walk = DataJSONSchemaWalk(
            document: try BundleJSONSchemas.data.get(), record: try BundleJSONSchemas.dataRecord.get(), limit: 1000)
        // The reader's value limit is far below the array's size: it is never read as one value.
        var reader = JSONStructureReader(bytes: Array(flat.utf8), bufferSize: 1 << 12, maxValueBytes: 1 << 14)
        try walk.validate(&reader)
        #expect(walk.problems.map(\.1) == ["expected object, found array (schema /type)"])
    }

    @Test func aDuplicateKeyOutsideRecordsIsAnError() {
        #expect(throws: JSONSyntaxError.self) {
            try pointers(walking: #"{"formatVersion":1,"formatVersion":1,"collections":[]}"#)
        }
    }
}
