internal import CLibXML2
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Validates XML documents against an XML Schema (XSD 1.0) with libxml2, streaming.
///
/// The schema is compiled once from text that Handover ships (see ``BundledSchemas``), never from
/// a location a document names (`xsi:schemaLocation` is ignored). Documents are read in one SAX pass
/// with the schema validator plugged into the parser's events, so memory stays small whatever the
/// document's size; no tree is built.
///
/// Untrusted input is handled defensively:
/// - the prolog is scanned before the parser sees it, and a document with a `<!DOCTYPE` (where
///   entity-expansion attacks and external entities live) or in an encoding other than UTF-8 is
///   refused unread (`XMLPrologScanner`);
/// - the parser runs with `XML_PARSE_NONET` and `XML_PARSE_HUGE`: no entity substitution, no DTD
///   loading, no XInclude; one text node may be up to 1 GB rather than 10,000,000 bytes, since an
///   export writes values of any size (the bundle's size limits bound it);
/// - libxml2's external-entity loader is replaced, process-wide, by one that refuses every load.
///
/// ## Usage
/// ```swift
/// let validator = try XMLSchemaValidator.bundleData()
/// let issues = try validator.validate(fileAt: URL(fileURLWithPath: "data.xml"))
/// ```
public final class XMLSchemaValidator: Sendable {
    /// One problem found in a document.
    public struct Issue: Sendable, Equatable, CustomStringConvertible {
        /// The kind of problem.
        public enum Kind: String, Sendable {
            /// The document is well-formed but breaks the schema.
            case invalid
            /// The document is not well-formed XML.
            case malformed
            /// The document was refused before parsing (a DOCTYPE, not UTF-8).
            case refused
        }

        /// The kind of problem.
        public var kind: Kind
        /// The 1-based line, when known.
        public var line: Int?
        /// libxml2's message, or Handover's for refusals.
        public var message: String

        /// The text shown to users: `line 12: message`.
        public var description: String {
            line.map { "line \($0): \(message)" } ?? message
        }
    }

    /// The compiled schema. libxml2 only reads it while validating, but validations are serialised
    /// all the same: libxml2 does not promise that concurrent use of one schema is safe.
    private nonisolated(unsafe) let schema: OpaquePointer
    private let lock = Locked(())

    /// Compiles an XML Schema from its text.
    ///
    /// - Parameters:
    ///   - text: The schema. It must be self-contained: includes and imports are refused, like
    ///     every other external load.
    ///   - name: The name used in error messages.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/dataInvalid`` when the schema does
    ///   not compile.
    public init(schema text: String, name: String = "schema") throws(HandoverError) {
        LibXML2.prepare()
        let collector = XMLIssueCollector(limit: 20)
        let compiled: OpaquePointer? = text.utf8CString.withUnsafeBufferPointer { buffer in
            guard let parser = xmlSchemaNewMemParserCtxt(buffer.baseAddress, Int32(buffer.count - 1)) else {
                return nil
            }
            defer { xmlSchemaFreeParserCtxt(parser) }
            let context = Unmanaged.passUnretained(collector).toOpaque()
            xmlSchemaSetParserStructuredErrors(parser, XMLIssueCollector.receive, context)
            return collector.capturingParserErrors { xmlSchemaParse(parser) }
        }
        guard let compiled else {
            throw HandoverError(
                .dataInvalid,
                "the XML Schema \(name) does not compile: "
                    + collector.issues.map(\.description).joined(separator: "; "),
                hint: "Fix the schema")
        }
        schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// The validator for `data.xml`, from the bundled `Schemas/v1/data.xsd`.
    ///
    /// - Throws: ``HandoverError`` if the bundled schema does not compile (a build defect).
    public static func bundleData() throws(HandoverError) -> XMLSchemaValidator {
        try XMLSchemaValidator(schema: BundledSchemas.dataXSD.text, name: BundledSchemas.dataXSD.path)
    }

    /// Validates the document in the file at `url`.
    ///
    /// - Parameters:
    ///   - url: The document.
    ///   - maxIssues: How many issues to keep; validation goes on to the end, counting the rest.
    /// - Returns: The issues, in document order; empty when the document is valid. When more than
    ///   `maxIssues` were found, the last one says how many were left out.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/inputMissing`` when the file cannot
    ///   be opened, ``Diagnostic/Code/ioFailed`` when reading it fails.
    public func validate(fileAt url: URL, maxIssues: Int = 100) throws(HandoverError) -> [Issue] {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw HandoverError(
                .inputMissing, "cannot open the XML document (\(String(cString: strerror(errno))))",
                at: .init(file: url.path))
        }
        defer { close(descriptor) }
        let input = XMLInputStream(descriptor: descriptor)
        let collector = XMLIssueCollector(limit: maxIssues)
        let result = lock.withLock { _ -> handover_xml_validation_result in
            guard let validator = xmlSchemaNewValidCtxt(schema) else { return HANDOVER_XML_INTERNAL_ERROR }
            defer { xmlSchemaFreeValidCtxt(validator) }
            xmlSchemaSetValidStructuredErrors(
                validator, XMLIssueCollector.receive, Unmanaged.passUnretained(collector).toOpaque())
            return collector.capturingParserErrors {
                handover_xmlSchemaValidateIO(
                    validator, XMLInputStream.readCallback, Unmanaged.passUnretained(input).toOpaque())
            }
        }
        if let refusal = input.refusal {
            return [Issue(kind: .refused, line: input.scanner.line, message: Self.explain(refusal))]
        }
        if let readError = input.readError {
            throw HandoverError(
                .ioFailed, "reading the XML document failed (\(String(cString: strerror(readError))))",
                at: .init(file: url.path))
        }
        var issues = collector.issues
        if result == HANDOVER_XML_INTERNAL_ERROR {
            issues.append(Issue(kind: .malformed, line: nil, message: "libxml2 could not set up the validator"))
        } else if result != HANDOVER_XML_VALID && issues.isEmpty {
            let kind: Issue.Kind = result == HANDOVER_XML_MALFORMED ? .malformed : .invalid
            issues.append(
                Issue(
                    kind: kind, line: nil,
                    message: "the document is \(kind == .malformed ? "not well-formed" : "not valid")"))
        }
        if collector.dropped > 0 {
            issues.append(
                Issue(
                    kind: issues.last?.kind ?? .invalid, line: nil,
                    message: "\(collector.dropped) more problems not shown"))
        }
        return issues
    }

    static func explain(_ refusal: XMLPrologScanner.Refusal) -> String {
        switch refusal {
        case .documentType:
            "the document has a DOCTYPE declaration, which bundle XML never has (it is where entity-expansion "
                + "and external-entity attacks live); it was not parsed"
        case .notUTF8(let what):
            "the document must be UTF-8, but it has \(what); it was not parsed"
        case .unexpectedContent:
            "something other than an XML declaration, comment or processing instruction comes before the "
                + "root element; it was not parsed"
        case .declarationTooLong:
            "the XML declaration is longer than \(XMLPrologScanner.maxDeclarationLength) bytes; it was not parsed"
        }
    }
}
