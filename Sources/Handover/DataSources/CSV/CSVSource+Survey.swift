import Foundation

extension CSVSource: SchemaSurveying {
    /// The file as one collection: the header's columns, with the first `sampleLimit` records profiled.
    public func surveyCollections(sampleLimit: Int) async throws -> [SurveyedCollection] {
        try Task.checkCancellation()
        var reader = try openReader()
        let names = try header(from: &reader)
        var fields = FieldSurveyAccumulator(names: names)
        var count = 0
        while count < sampleLimit, try advance(&reader) {
            count += 1
            guard reader.fieldCount == names.count else {
                throw HandoverError(
                    .dataInvalid,
                    "this record has \(reader.fieldCount) fields but the header names \(names.count)",
                    at: .init(file: file.path, line: reader.recordLine),
                    hint: "Quote fields that contain the delimiter, or fix the record")
            }
            let values = names.indices.map {
                Record.Field(name: names[$0], value: .string(reader.string(at: $0)))
            }
            fields.note(Record(fields: values, location: .init(file: file.path)), profiling: true)
        }
        return [
            SurveyedCollection(name: configuration.collections.first?.name ?? configuration.id, fields: fields.fields)
        ]
    }
}
