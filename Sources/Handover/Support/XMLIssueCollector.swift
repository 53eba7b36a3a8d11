internal import CLibXML2
import Foundation

/// Collects libxml2's structured errors as ``XMLSchemaValidator/Issue`` values.
final class XMLIssueCollector {
    let limit: Int
    var issues: [XMLSchemaValidator.Issue] = []
    var dropped = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// libxml2's structured error callback; the context is the collector.
    static let receive: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let collector = Unmanaged<XMLIssueCollector>.fromOpaque(context).takeUnretainedValue()
        collector.add(error.pointee)
    }

    func add(_ error: xmlError) {
        guard error.level != XML_ERR_WARNING && error.level != XML_ERR_NONE else { return }
        guard issues.count < limit else {
            dropped += 1
            return
        }
        let message = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
        let kind: XMLSchemaValidator.Issue.Kind =
            error.domain == Int32(XML_FROM_SCHEMASV.rawValue) ? .invalid : .malformed
        issues.append(
            XMLSchemaValidator.Issue(
                kind: kind, line: error.line > 0 ? Int(error.line) : nil, message: message ?? "unknown error"))
    }

    /// Runs `body` with this thread's libxml2 structured error handler pointing at the collector,
    /// which is where the parser reports well-formedness errors.
    func capturingParserErrors<T>(_ body: () -> T) -> T {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), Self.receive)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return body()
    }
}
