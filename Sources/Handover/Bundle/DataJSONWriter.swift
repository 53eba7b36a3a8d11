/// Writes `data.json`: the subject's records grouped by collection, with what each field and
/// collection means.
///
/// The header and each collection's description are written from their ``ContentShape``; every
/// record value is written as `{"type": …, "value": …}` so that a reader never has to guess a type;
/// binary values are base64 text. The layout is documented in `Schemas/README.md`.
final class DataJSONWriter: BundleContentWriter {
    private var json: JSONStreamWriter

    /// Creates a writer into `sink`.
    init(sink: any ByteSink) {
        json = JSONStreamWriter(sink: sink)
    }

    func begin(_ header: BundleHeader) throws {
        try json.beginObject()
        try json.member("format", "handover-bundle-data")
        try json.key("formatVersion")
        try json.number(Int64(BundleHeader.formatVersion))
        try json.contentMembers(BundleHeader.content.node(header))
        try json.key("collections")
        try json.beginArray()
    }

    func beginCollection(_ collection: CollectionHeader) throws {
        try json.beginObject()
        try json.contentMembers(CollectionHeader.content.node(collection))
        try json.key("records")
        try json.beginArray()
    }

    func write(_ record: ExportedRecord) throws {
        try json.beginObject()
        for field in record.fields {
            try json.key(field.name)
            try json.beginObject()
            try json.member("type", field.value.typeName)
            try json.key("value")
            switch field.value {
            case .null: try json.null()
            case .integer(let number): try json.number(number)
            case .decimal(let text): try json.number(text)
            case .boolean(let flag): try json.bool(flag)
            case .string, .date, .dateTime, .binary, .redacted: try json.string(field.value.text ?? "")
            }
            try json.endObject()
        }
        try json.endObject()
    }

    func endCollection(recordCount: Int) throws {
        try json.endArray()
        try json.key("recordCount")
        try json.number(Int64(recordCount))
        try json.endObject()
    }

    func finish() throws {
        try json.endArray()
        try json.endObject()
        try json.finish()
    }
}
