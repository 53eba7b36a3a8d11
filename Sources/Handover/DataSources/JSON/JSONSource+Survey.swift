import Foundation
import JSONCore

extension JSONSource: SchemaSurveying {
    /// The file as one collection: every key of every object (the file is read to its end), with
    /// the first `sampleLimit` objects' values profiled.
    public func surveyCollections(sampleLimit: Int) async throws -> [SurveyedCollection] {
        var fields = FieldSurveyAccumulator()
        var count = 0
        func note(_ object: JSONValue) {
            guard case .object(let members) = object else { return }
            let record = Record(
                fields: members.map { Record.Field(name: $0.key, value: $0.value.recordValue) },
                location: .init(file: file.path))
            fields.note(record, profiling: count < sampleLimit)
            count += 1
        }
        switch format {
        case .array:
            var reader: JSONArrayStreamReader
            do { reader = try JSONArrayStreamReader(path: file.path) } catch { throw missingFile(error) }
            while let (object, _) = try next(from: &reader) {
                try Task.checkCancellation()
                note(object)
            }
        case .lines:
            var reader = try openLines(at: 0)
            while let (object, _) = try next(from: &reader) {
                try Task.checkCancellation()
                note(object)
            }
        }
        return [
            SurveyedCollection(name: configuration.collections.first?.name ?? configuration.id, fields: fields.fields)
        ]
    }
}
