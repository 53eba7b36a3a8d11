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
/// DOCTYPE), the parser runs with `XML_PARSE_NONET` only, and every external load is refused.
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

    private enum State {
        case start, beforeCollection, collectionStarted, inRecords, finished
    }

    /// A small element read whole.
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        var children: [Element]
        var line: Int

        func child(_ name: String) -> Element? { children.first { $0.name == name } }
    }

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
            Int32(XML_PARSE_NONET.rawValue))
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
            guard let scopeName = attribute("scope"), let scope = ExportScope(rawValue: scopeName) else {
                throw failure("the scope is missing or unknown")
            }
            var controller: Element?
            var subject: Element?
            loop: while true {
                switch try nextElementOrEnd() {
                case .start where name == "controller": controller = try readElement()
                case .start where name == "subject": subject = try readElement()
                case .start where name == "collection":
                    state = .collectionStarted
                    break loop
                case .start: throw failure("unexpected element <\(name)>")
                case .end:
                    state = .finished
                    break loop
                }
            }
            guard let controller, let subject else { throw failure("<controller> or <subject> is missing") }
            position = BundleDataPosition(line: 1, pointer: "")
            return .header(
                BundleHeader(
                    controller: try self.controller(controller),
                    identifiers: try subject.children.filter { $0.name == "identifier" }.map {
                        identifier throws(HandoverError) in
                        SubjectIdentifier(type: try required(identifier, "type"), value: try decodedText(identifier))
                    },
                    discovered: try subject.children.filter { $0.name == "discovered" }.map {
                        identifier throws(HandoverError) in
                        DiscoveredIdentifier(
                            type: try required(identifier, "type"), value: try decodedText(identifier),
                            via: try required(identifier, "via"))
                    },
                    scope: scope))
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
        let startLine = line
        let source = try requiredAttribute("source")
        let collectionName = try requiredAttribute("name")
        let dataSubject = attribute("dataSubject")
        var parts: [String: Element] = [:]
        var otherBases: [Element] = []
        var recordsEmpty = false
        while true {
            guard try nextElementOrEnd() == .start else { throw failure("<records> is missing") }
            if name == "records" {
                recordsEmpty = xmlTextReaderIsEmptyElement(reader) == 1
                break
            }
            if name == "otherLegalBasis" {
                otherBases.append(try readElement())
            } else {
                parts[name] = try readElement()
            }
        }
        for part in ["purposes", "legalBasis", "retention", "recipients", "fields"] where parts[part] == nil {
            throw failure("<\(part)> is missing from collection '\(collectionName)'")
        }
        let legal = parts["legalBasis"]!
        guard let basis = LegalBasis(rawValue: try required(legal, "code")),
            try required(legal, "article") == basis.article,
            try required(legal, "iri") == basis.iri
        else {
            throw failure(
                "the legal basis of collection '\(collectionName)' is unknown or inconsistent", line: legal.line)
        }
        let retention = parts["retention"]!
        let header = CollectionHeader(
            source: source, name: collectionName, purposes: parts["purposes"]!.children.map(\.text), legalBasis: basis,
            legalBasisProvision: legal.attributes["provision"], legitimateInterest: legal.attributes["interest"],
            otherLegalBases: try otherBases.map { element throws(HandoverError) in
                guard let basis = LegalBasis(rawValue: try required(element, "code")),
                    try required(element, "article") == basis.article, try required(element, "iri") == basis.iri
                else { throw failure("an other legal basis is unknown or inconsistent", line: element.line) }
                return OtherLegalBasis(
                    basis: basis, provision: element.attributes["provision"], interest: element.attributes["interest"],
                    purposes: element.children.map(\.text))
            },
            legalBasisByField: try parts["legalBasisByField"].map { element throws(HandoverError) in
                LegalBasisRule(
                    field: try required(element, "field"),
                    cases: try element.children.map { entry throws(HandoverError) in
                        guard let basis = LegalBasis(rawValue: try required(entry, "code")),
                            try required(entry, "article") == basis.article, try required(entry, "iri") == basis.iri
                        else { throw failure("a per-record legal basis is unknown or inconsistent", line: entry.line) }
                        return LegalBasisRule.Case(
                            value: try required(entry, "value"),
                            basis: OtherLegalBasis(
                                basis: basis, provision: entry.attributes["provision"],
                                interest: entry.attributes["interest"]))
                    })
            },
            dataSubject: dataSubject,
            retention: Retention(
                description: retention.text, period: retention.attributes["period"],
                after: retention.attributes["after"]),
            recipients: try parts["recipients"]!.children.map { recipient throws(HandoverError) in
                Recipient(
                    name: try required(recipient, "name"), role: recipient.attributes["role"],
                    purpose: recipient.attributes["purpose"], country: recipient.attributes["country"])
            },
            fields: try parts["fields"]!.children.map { field throws(HandoverError) in
                guard let provenance = Provenance(rawValue: try required(field, "provenance")),
                    try required(field, "provenanceIri") == provenance.iri
                else { throw failure("the provenance of a field is unknown or inconsistent", line: field.line) }
                return CollectionHeader.Field(
                    name: try required(field, "name"), category: try required(field, "category"),
                    provenance: provenance,
                    description: field.text.isEmpty ? nil : field.text,
                    thirdParty: try field.attributes["thirdParty"].map { word throws(HandoverError) in
                        guard let handling = FieldConfiguration.ThirdPartyHandling(rawValue: word) else {
                            throw failure("'\(word)' is not a third-party handling", line: field.line)
                        }
                        return handling
                    })
            },
            supplementary: try parts["supplementary"].map { element throws(HandoverError) in
                try supplementary(element)
            })
        position = BundleDataPosition(line: startLine, pointer: "/collections/\(collectionIndex)")
        if recordsEmpty {
            state = .inRecords
            // An empty <records/> has no end tag: the next end is the collection's.
            pendingEmptyRecords = true
        } else {
            state = .inRecords
        }
        return .collection(header)
    }

    private func supplementary(_ element: Element) throws(HandoverError) -> CollectionHeader.Supplementary {
        guard let decision = element.child("automatedDecisionMaking"), let transfers = element.child("transfers") else {
            throw failure("<supplementary> needs <automatedDecisionMaking> and <transfers>", line: element.line)
        }
        var automated: AutomatedDecisionMaking?
        if decision.attributes["exists"] == "true" {
            guard let description = decision.child("description")?.text, let logic = decision.child("logic")?.text,
                let consequences = decision.child("consequences")?.text
            else {
                throw failure(
                    "<automatedDecisionMaking> needs description, logic and consequences", line: decision.line)
            }
            automated = AutomatedDecisionMaking(description: description, logic: logic, consequences: consequences)
        }
        return CollectionHeader.Supplementary(
            sourceOfData: element.child("sourceOfData")?.text, automatedDecisionMaking: automated,
            transfers: try transfers.children.map { transfer throws(HandoverError) in
                Transfer(
                    country: transfer.attributes["country"], destination: transfer.attributes["destination"],
                    recipient: transfer.attributes["recipient"],
                    safeguard: try required(transfer, "safeguard"), provision: transfer.attributes["provision"],
                    copyAvailableAt: transfer.attributes["copyAvailableAt"])
            })
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
        guard element.attributes["encoding"] == "base64" else { return element.text }
        guard let bytes = Data(base64Encoded: element.text), let text = String(data: bytes, encoding: .utf8) else {
            throw failure("text marked encoding=\"base64\" is not base64 of UTF-8", line: element.line)
        }
        return text
    }

    private func controller(_ element: Element) throws(HandoverError) -> ControllerConfiguration {
        func contact(_ element: Element?) throws(HandoverError) -> Contact? {
            guard let element else { return nil }
            guard let name = element.child("name")?.text else {
                throw failure("a contact has no <name>", line: element.line)
            }
            return Contact(
                name: name, email: element.child("email")?.text, phone: element.child("phone")?.text,
                address: element.child("address")?.text, url: element.child("url")?.text)
        }
        guard let name = element.child("name")?.text, let authority = try contact(element.child("supervisoryAuthority"))
        else {
            throw failure("<controller> needs <name> and <supervisoryAuthority>", line: element.line)
        }
        return ControllerConfiguration(
            name: name, address: element.child("address")?.text, email: element.child("email")?.text,
            phone: element.child("phone")?.text, website: element.child("website")?.text,
            dpo: try contact(element.child("dpo")), supervisoryAuthority: authority,
            language: element.child("language")?.text,
            registrationNumber: element.child("registrationNumber")?.text,
            responsePeriod: element.child("responsePeriod")?.text)
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
        var element = Element(name: name, attributes: [:], text: "", children: [], line: line)
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            element.attributes[Self.string(xmlTextReaderConstLocalName(reader))] = Self.string(
                xmlTextReaderConstValue(reader))
        }
        xmlTextReaderMoveToElement(reader)
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

    private func requiredAttribute(_ name: String) throws(HandoverError) -> String {
        guard let value = attribute(name) else { throw failure("the attribute '\(name)' is missing") }
        return value
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
