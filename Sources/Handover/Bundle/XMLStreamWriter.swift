internal import CLibXML2
import Foundation

/// Writes one XML document element by element through libxml2's streaming `xmlTextWriter`, into a
/// ``ByteSink``.
///
/// libxml2 escapes markup characters; the writer itself never holds more than libxml2's small
/// output buffer. Text must consist of characters XML 1.0 allows (``isRepresentable(_:)``):
/// callers encode anything else (see ``DataXMLWriter``).
final class XMLStreamWriter {
    private let sink: any ByteSink
    private var writer: xmlTextWriterPtr?
    /// The first error the sink threw inside libxml2's write callback.
    fileprivate var sinkError: (any Error)?

    /// Creates a writer into `sink` and writes the XML declaration.
    ///
    /// - Throws: ``HandoverError`` when libxml2 cannot set up the writer.
    init(sink: any ByteSink) throws {
        self.sink = sink
        let context = Unmanaged.passUnretained(self).toOpaque()
        let output = xmlOutputBufferCreateIO(
            { context, bytes, length in
                guard let context, let bytes else { return -1 }
                let writer = Unmanaged<XMLStreamWriter>.fromOpaque(context).takeUnretainedValue()
                do {
                    try writer.sink.write(UnsafeRawBufferPointer(start: bytes, count: Int(length)))
                    return length
                } catch {
                    writer.sinkError = writer.sinkError ?? error
                    return -1
                }
            },
            { _ in 0 },
            context,
            nil
        )
        guard let output, let writer = xmlNewTextWriter(output) else {
            throw HandoverError(.ioFailed, "libxml2 could not create an XML writer")
        }
        self.writer = writer
        xmlTextWriterSetIndent(writer, 1)
        "  ".withXMLChars { _ = xmlTextWriterSetIndentString(writer, $0) }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// Opens an element.
    func startElement(_ name: String) throws {
        try check(name.withXMLChars { xmlTextWriterStartElement(writer, $0) }, "open <\(name)>")
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: String, _ value: String) throws {
        try check(
            name.withXMLChars { name in value.withXMLChars { xmlTextWriterWriteAttribute(writer, name, $0) } },
            "write attribute \(name)")
    }

    /// Writes escaped character data.
    func text(_ value: String) throws {
        try check(value.withXMLChars { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    /// Closes the innermost open element.
    func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "close an element")
    }

    /// Writes `text` as character data, or, when XML 1.0 cannot carry it, adds `encoding="base64"`
    /// to the element just opened and writes base64 of its UTF-8 bytes.
    func encodedText(_ value: String) throws {
        if Self.isRepresentable(value) {
            try text(value)
        } else {
            try attribute("encoding", "base64")
            try text(Data(value.utf8).base64EncodedString())
        }
    }

    /// Writes `<name>text</name>`, or nothing when `text` is `nil`.
    func element(_ name: String, _ text: String?) throws {
        guard let text else { return }
        try startElement(name)
        try self.text(text)
        try endElement()
    }

    /// Closes all open elements, ends the document and flushes everything to the sink.
    func finish() throws {
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush")
        xmlFreeTextWriter(writer)
        writer = nil
        if let sinkError { throw sinkError }
    }

    private func check(_ result: Int32, _ action: String) throws {
        if let sinkError { throw sinkError }
        guard result >= 0 else {
            throw HandoverError(.ioFailed, "libxml2 failed to \(action) while writing data.xml")
        }
    }

    /// Whether every character of `text` may appear in an XML 1.0 document.
    static func isRepresentable(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: continue
            default: return false
            }
        }
        return true
    }
}

extension String {
    /// Calls `body` with the string as NUL-terminated `xmlChar` (UTF-8) text.
    fileprivate func withXMLChars<T>(_ body: (UnsafePointer<xmlChar>) -> T) -> T {
        withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: utf8.count + 1, body)
        }
    }
}
