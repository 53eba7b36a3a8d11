internal import CLibXML2
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams a bundle's `data.xml` back as ``BundleDataItem`` values, one record at a time, through
/// libxml2's pull parser (`xmlTextReader`).
///
/// The same defences as ``XMLSchemaValidator`` apply: the prolog is checked before parsing (no
/// DOCTYPE), the parser runs with `XML_PARSE_NONET` and `XML_PARSE_HUGE` (a value may exceed
/// libxml2's default of 10,000,000 bytes per text node, up to 1 GB), and every external load is refused.
/// Small elements (the controller, a collection's description, one record) are read whole into a
/// little tree; `collection` and `records` are stepped through. Text marked `encoding="base64"` is
/// decoded, so values come back exactly as written.
final class DataXMLReader {
    private let entry: String
    private let input: XMLInputStream
    private let errors = XMLIssueCollector(limit: 5)
    private nonisolated(unsafe) var reader: OpaquePointer?
    private var state = State.start
    private var collectionIndex = -1
    private var recordIndex = -1
    /// Where the last item was read.
    private(set) var position = BundleDataPosition(line: 1, pointer: "")

    /// The children of `<bundle>` that hold the header, as the header's shape places its members
    /// (`controller`, `subject`, each `extension`), so a new header member needs no change here.
    private static let headerElements = Set(
        BundleHeader.content.members.compactMap { member -> String? in
            switch member.form.placement {
            case .element, .wrapped: member.form.name
            case .repeated(let element): element
            case .attribute, .text, .encodedText: nil
            }
        })

    private enum State {
        case start, beforeCollection, collectionStarted, inRecords, finished
    }

    private typealias Element = XMLContentElement

    /// Opens `data.xml` at `path`; `entry` names it in errors.
    init(path: String, entry: String = "data.xml") throws(HandoverError) {
        LibXML2.prepare()
        self.entry = entry
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw HandoverError(.inputMissing, "cannot open the XML document", at: .init(file: entry))
        }
        input = XMLInputStream(descriptor: descriptor, ownsDescriptor: true)
        reader = xmlReaderForIO(
            XMLInputStream.readCallback, nil, Unmanaged.passUnretained(input).toOpaque(), nil, "UTF-8",
            Int32(XML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue))
        guard let reader else {
            throw HandoverError(.ioFailed, "libxml2 could not create an XML reader", at: .init(file: entry))
        }
        xmlTextReaderSetStructuredErrorHandler(
            reader, XMLIssueCollector.receive, Unmanaged.passUnretained(errors).toOpaque())
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
    }

    /// The next item, or `nil` after the last.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/bundleInvalid``, with the line.
    func next() throws(HandoverError) -> BundleDataItem? {
        do {
            return try step()
        } catch {
            state = .finished
            throw error
        }
    }

    private func step() throws(HandoverError) -> BundleDataItem? {
        switch state {
        case .start:
            guard try nextElementOrEnd() == .start, name == "bundle", namespace == DataXMLWriter.namespace else {
                throw failure("the root element must be <bundle> in the namespace \(DataXMLWriter.namespace)")
            }
            guard attribute("formatVersion") == String(BundleHeader.formatVersion) else {
                throw failure(
                    "this Handover reads bundle format version \(BundleHeader.formatVersion); the data declares "
                        + "\(attribute("formatVersion").map { "'\($0)'" } ?? "none")")
            }
            var root = Element(name: "bundle", attributes: currentAttributes(), text: "", children: [], line: line)
            root.attributes["formatVersion"] = nil
            loop: while true {
                switch try nextElementOrEnd() {
                case .start where Self.headerElements.contains(name):
                    root.children.append(try readElement())
                case .start where name == "collection":
                    state = .collectionStarted
                    break loop
                case .start: throw failure("unexpected element <\(name)>")
                case .end:
                    state = .finished
                    break loop
                }
            }
            let header = try decode(BundleHeader.content, root, at: "")
            position = BundleDataPosition(line: 1, pointer: "")
            return .header(header)
        case .beforeCollection:
            switch try nextElementOrEnd() {
            case .start where name == "collection": break
            case .start: throw failure("unexpected element <\(name)>")
            case .end:
                state = .finished
                return nil
            }
            fallthrough
        case .collectionStarted:
            return try readCollectionHeader()
        case .inRecords:
            switch try nextElementOrEnd() {
            case .start where name == "record":
                recordIndex += 1
                let pointer = "/collections/\(collectionIndex)/records/\(recordIndex)"
                position = BundleDataPosition(line: line, pointer: pointer)
                let record = try readElement()
                return .record(
                    ExportedRecord(
                        fields: try record.children.map { value throws(HandoverError) in
                            Record.Field(name: try required(value, "field"), value: try typedValue(value))
                        }))
            case .start: throw failure("unexpected element <\(name)> among the records")
            case .end:
                guard try nextElementOrEnd() == .end else {
                    throw failure("unexpected element <\(name)> after <records>")
                }
                position = BundleDataPosition(line: line, pointer: "/collections/\(collectionIndex)")
                state = .beforeCollection
                return .collectionEnd(declaredRecordCount: nil)
            }
        case .finished:
            return nil
        }
    }

    private func readCollectionHeader() throws(HandoverError) -> BundleDataItem {
        collectionIndex += 1
        recordIndex = -1
        let pointer = "/collections/\(collectionIndex)"
        var collection = Element(
            name: "collection", attributes: currentAttributes(), text: "", children: [], line: line)
        var recordsEmpty = false
        while true {
            guard try nextElementOrEnd() == .start else { throw failure("<records> is missing") }
            if name == "records" {
                recordsEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                break
            }
            collection.children.append(try readElement())
        }
        let header = try decode(CollectionHeader.content, collection, at: pointer)
        position = BundleDataPosition(line: collection.line, pointer: pointer)
        state = .inRecords
        // An empty <records/> has no end tag: the next end is the collection's.
        pendingEmptyRecords = recordsEmpty
        return .collection(header)
    }

    /// Decodes an element read whole through its shape; errors name the element's line and the
    /// JSON pointer of the member (the same place in data.json).
    private func decode<Model>(_ shape: ContentShape<Model>, _ element: Element, at pointer: String)
        throws(HandoverError) -> Model
    {
        do {
            return try shape.decode(ContentNode(xml: element, form: shape.form, at: pointer), at: pointer)
        } catch {
            throw HandoverError(
                .bundleInvalid, error.message,
                at: .init(file: entry, line: element.line, field: error.pointer.isEmpty ? "/" : error.pointer))
        }
    }

    /// Set when `<records/>` was empty, so its missing end tag is not waited for.
    private var pendingEmptyRecords = false

    // MARK: - Values

    private func typedValue(_ element: Element) throws(HandoverError) -> Value {
        let type = try required(element, "type")
        let base64 = element.attributes["encoding"] == "base64"
        let text = element.text
        func bad(_ what: String) -> HandoverError {
            failure("the value of field '\(element.attributes["field"] ?? "")' is not \(what)", line: element.line)
        }
        switch type {
        case "null":
            guard text.isEmpty else { throw bad("empty, as a null value must be") }
            return .null
        case "string": return .string(try decodedText(element))
        case "integer":
            guard let number = Int64(text) else { throw bad("a 64-bit whole number") }
            return .integer(number)
        case "decimal":
            guard ValueConverter.isDecimal(text) else { throw bad("a decimal number") }
            return .decimal(text)
        case "boolean":
            guard text == "true" || text == "false" else { throw bad("true or false") }
            return .boolean(text == "true")
        case "date": return .date(text)
        case "date-time": return .dateTime(text)
        case "redacted":
            guard text == Value.redactionMarker else { throw bad("the redaction marker") }
            return .redacted
        case "binary":
            guard base64, let bytes = Data(base64Encoded: text) else { throw bad("base64 with encoding=\"base64\"") }
            return .binary(bytes)
        default:
            throw failure("'\(type)' is not a value type", line: element.line)
        }
    }

    private func decodedText(_ element: Element) throws(HandoverError) -> String {
        guard let text = element.decodedText else {
            throw failure("text marked encoding=\"base64\" is not base64 of UTF-8", line: element.line)
        }
        return text
    }

    // MARK: - Walking the document

    private enum Mark { case start, end }

    /// Moves to the next element start or end tag, skipping whitespace and comments; text elsewhere
    /// is an error.
    private func nextElementOrEnd() throws(HandoverError) -> Mark {
        if pendingEmptyRecords {
            pendingEmptyRecords = false
            return .end
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status != 1 { throw readFailure(status) }
            switch xmlTextReaderNodeType(reader) {
            case 1: return .start
            case 15: return .end
            case 13, 14, 7, 8: continue  // whitespace, processing instruction, comment
            case 3, 4: throw failure("unexpected text")
            default: continue
            }
        }
    }

    /// Reads the element the reader is on, with its attributes, text and children, and leaves the
    /// reader on its end.
    private func readElement(depth: Int = 0) throws(HandoverError) -> Element {
        guard depth < 16 else { throw failure("elements are nested too deeply") }
        var element = Element(name: name, attributes: currentAttributes(), text: "", children: [], line: line)
        if xmlTextReaderIsEmptyElement(reader) == 1 { return element }
        while true {
            let status = xmlTextReaderRead(reader)
            if status != 1 { throw readFailure(status) }
            switch xmlTextReaderNodeType(reader) {
            case 1: element.children.append(try readElement(depth: depth + 1))
            case 3, 4, 13, 14:
                element.text += Self.string(xmlTextReaderConstValue(reader))
                guard element.text.utf8.count <= 64 << 20 else { throw failure("an element's text is too long") }
            case 15:
                if !element.children.isEmpty { element.text = "" }
                return element
            default: continue
            }
        }
    }

    /// The attributes of the element the reader is on, namespace declarations left out; the
    /// reader stays on the element.
    private func currentAttributes() -> [String: String] {
        var attributes: [String: String] = [:]
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            attributes[Self.string(xmlTextReaderConstLocalName(reader))] = Self.string(xmlTextReaderConstValue(reader))
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    private var name: String { Self.string(xmlTextReaderConstLocalName(reader)) }
    private var namespace: String { Self.string(xmlTextReaderConstNamespaceUri(reader)) }
    /// The line of the node the reader is on (the parser's own line runs ahead of it).
    private var line: Int {
        if let node = xmlTextReaderCurrentNode(reader), case let number = xmlGetLineNo(node), number > 0 {
            return Int(number)
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    private func attribute(_ name: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { handover_xmlFree(value) }
        return Self.string(value)
    }

    private func required(_ element: Element, _ attribute: String) throws(HandoverError) -> String {
        guard let value = element.attributes[attribute] else {
            throw failure("<\(element.name)> has no '\(attribute)' attribute", line: element.line)
        }
        return value
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private func readFailure(_ status: Int32) -> HandoverError {
        if let refusal = input.refusal {
            return failure(XMLSchemaValidator.explain(refusal), line: input.scanner.line)
        }
        if status == 0 { return failure("the document ends early") }
        let issue = errors.issues.first
        return failure(issue?.message ?? "the document is not well-formed XML", line: issue?.line ?? line)
    }

    private func failure(_ message: String, line: Int? = nil) -> HandoverError {
        HandoverError(.bundleInvalid, message, at: .init(file: entry, line: line ?? self.line))
    }
}
