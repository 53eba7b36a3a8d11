import ArgumentParser
import Foundation
import Handover

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// How `handover validate` prints its report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    /// One line per finding, then a verdict.
    case text
    /// One JSON object, keys sorted: `checks`, `diagnostics`, `subject`, `usable`, `valid`.
    case json
    /// JUnit XML: one test case per check, failures for findings; for CI test reports.
    case junit
    /// GitHub Actions workflow commands: `::error file=…,line=…::message`.
    case github

    /// The reports as text in this format, ending with a newline: one after the other, or for JSON
    /// one object (a single report) or an array, for JUnit one document with a suite per report.
    func render(_ reports: [ValidationReport]) -> String {
        switch self {
        case .text: reports.map(Self.text).joined()
        case .json: reports.count == 1 ? Self.json(reports[0]) : Self.json(reports)
        case .junit: Self.junit(reports)
        case .github: reports.map(Self.github).joined()
        }
    }

    private static func text(_ report: ValidationReport) -> String {
        var lines = report.diagnostics.map(\.description)
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let subject = report.subject.escapingTerminalControls
        if report.inputUnusable {
            lines.append("\(subject): could not be examined.")
        } else if report.isValid {
            lines.append("\(subject): valid (checked: \(report.checks.joined(separator: ", "))).")
        } else {
            lines.append("\(subject): invalid, \(errors) error\(errors == 1 ? "" : "s").")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func json(_ report: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, numbers and booleans cannot fail.
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func junit(_ reports: [ValidationReport]) -> String {
        let failures = reports.map(errorCount).reduce(0, +)
        let tests = reports.map(\.checks.count).reduce(0, +)
        let root = element(
            "testsuites", ["name": "handover validate", "tests": "\(tests)", "failures": "\(failures)"])
        for report in reports {
            let suite = element(
                "testsuite",
                ["name": report.subject, "tests": "\(report.checks.count)", "failures": "\(errorCount(report))"])
            for check in report.checks {
                let testCase = element("testcase", ["classname": report.subject, "name": check])
                for diagnostic in (report.diagnosticsByCheck[check] ?? []) where diagnostic.severity == .error {
                    let failure = element("failure", ["type": diagnostic.code.name, "message": diagnostic.message])
                    failure.stringValue = xmlText(diagnostic.description)
                    testCase.addChild(failure)
                }
                suite.addChild(testCase)
            }
            root.addChild(suite)
        }
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        return document.xmlString(options: [.nodePrettyPrint, .nodePreserveAttributeOrder]) + "\n"
    }

    private static func errorCount(_ report: ValidationReport) -> Int {
        report.diagnostics.filter { $0.severity == .error }.count
    }

    /// An element with attributes in the order given (names sorted would hide `name` behind `failures`).
    private static func element(_ name: String, _ attributes: KeyValuePairs<String, String>) -> XMLElement {
        let element = XMLElement(name: name)
        for (key, value) in attributes {
            if let attribute = XMLNode.attribute(withName: key, stringValue: xmlText(value)) as? XMLNode {
                element.addAttribute(attribute)
            }
        }
        return element
    }

    /// Text XML 1.0 can hold: control characters other than tab and line breaks become `?`.
    private static func xmlText(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) ? "?" : $0 }))
    }

    private static func github(_ report: ValidationReport) -> String {
        var lines: [String] = []
        for diagnostic in report.diagnostics {
            var properties = ["file=\(property(diagnostic.location.file ?? report.subject))"]
            // A line inside a zip entry is not a line of the file GitHub knows, so it goes in the message.
            if diagnostic.location.entry == nil, let line = diagnostic.location.line {
                properties.append("line=\(line)")
            }
            properties.append("title=\(property("handover: \(diagnostic.code.name)"))")
            var message = diagnostic.message
            if let entry = diagnostic.location.entry {
                var place = entry
                if let line = diagnostic.location.line { place += ":\(line)" }
                if let pointer = diagnostic.location.pointer { place += " (\(pointer))" }
                message = "\(place): \(message)"
            }
            if let hint = diagnostic.hint { message += " \(hint)" }
            let command = diagnostic.severity == .error ? "error" : "warning"
            lines.append("::\(command) \(properties.joined(separator: ","))::\(data(message))")
        }
        let verdict = report.inputUnusable ? "could not be examined" : report.isValid ? "valid" : "invalid"
        lines.append("\(report.subject): \(verdict).")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Escaping

    /// GitHub workflow command data: `%`, CR and LF escaped.
    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub workflow command property values: also `:` and `,` escaped.
    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
