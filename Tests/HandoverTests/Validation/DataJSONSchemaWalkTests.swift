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
        ]
        for corrupt in corruptions {
            #expect(corrupt != valid, "the corruption must apply")
            let whole = try pointers(whole: corrupt)
            #expect(!whole.isEmpty)
            #expect(try pointers(walking: corrupt) == whole)
        }
    }

    @Test func aDuplicateKeyOutsideRecordsIsAnError() {
        #expect(throws: JSONSyntaxError.self) {
            try pointers(walking: #"{"formatVersion":1,"formatVersion":1,"collections":[]}"#)
        }
    }
}
