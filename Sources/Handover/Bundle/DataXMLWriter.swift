import Foundation

/// Writes `data.xml`: the same content as `data.json`, as XML in the namespace
/// ``namespace``, through ``XMLStreamWriter``.
///
/// A text value holding characters XML 1.0 cannot carry (most control characters) is written as
/// base64 of its UTF-8 bytes, marked `encoding="base64"`, so the XML stays well-formed and the value
/// is not lost.
final class DataXMLWriter: BundleContentWriter {
    /// The namespace of bundle XML, format version 1.
    static let namespace = "urn:handover:bundle:1"

    private var xml: XMLStreamWriter

    /// Creates a writer into `sink`.
    init(sink: any ByteSink) throws {
        xml = try XMLStreamWriter(sink: sink)
    }

    func begin(_ header: BundleHeader) throws {
        try xml.startElement("bundle")
        try xml.attribute("xmlns", Self.namespace)
        try xml.attribute("formatVersion", String(BundleHeader.formatVersion))
        try xml.contentMembers(BundleHeader.content.node(header))
    }

    func beginCollection(_ collection: CollectionHeader) throws {
        try xml.startElement("collection")
        try xml.contentMembers(CollectionHeader.content.node(collection))
        try xml.startElement("records")
    }

    func write(_ record: ExportedRecord) throws {
        try xml.startElement("record")
        for field in record.fields {
            try xml.startElement("value")
            try xml.attribute("field", field.name)
            try xml.attribute("type", field.value.typeName)
            if case .binary = field.value {
                try xml.attribute("encoding", "base64")
                try xml.text(field.value.text ?? "")
            } else if let text = field.value.text {
                try xml.encodedText(text)
            }
            try xml.endElement()
        }
        try xml.endElement()
    }

    func endCollection(recordCount: Int) throws {
        try xml.endElement()  // records
        try xml.endElement()  // collection
    }

    func finish() throws {
        try xml.endElement()  // bundle
        try xml.finish()
    }
}
