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
        let message = error.message.map { Self.withholdingValues(String(cString: $0)) }?
            .trimmingCharacters(in: .whitespacesAndNewlines)
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

    /// The phrases with which libxml2's schema validator quotes the value it refused, each with the
    /// text to put in the quote's place.
    private static let quotedValues: [(NSRegularExpression, String)] = [
        (#"(^|: )'.*' (is not a valid value of)"#, "$1the value $2"),
        (
            #"The value '.*' (is not accepted|is not an element|has a length|does not match|is less than|is greater than|has more|has less|is not)"#,
            "The value $1"
        ),
    ].map { (try! NSRegularExpression(pattern: $0.0, options: [.dotMatchesLineSeparators]), $0.1) }

    /// `message` without the values libxml2 quotes from the document (`'Alice' is not a valid value
    /// of the atomic type 'xs:date'` becomes `the value is not a valid value of …`): a bundle's values
    /// are personal data, and validation messages go to terminals and CI logs. Element and
    /// attribute names, types and facets stay.
    static func withholdingValues(_ message: String) -> String {
        var text = message
        for (expression, template) in quotedValues {
            text = expression.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text
    }
}
