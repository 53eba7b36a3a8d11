import ArgumentParser
import Foundation
import Handover
import JSONCore

/// How `handover validate` prints its report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    /// One line per finding, then a verdict.
    case text
    /// One JSON object: the verdict and every finding.
    case json
    /// JUnit XML: one test case per check, failures for findings; for CI test reports.
    case junit
    /// GitHub Actions workflow commands: `::error file=…,line=…::message`.
    case github

    /// The report as text in this format, ending with a newline.
    func render(_ report: ValidationReport) -> String {
        switch self {
        case .text: Self.text(report)
        case .json: Self.json(report)
        case .junit: Self.junit(report)
        case .github: Self.github(report)
        }
    }

    private static func text(_ report: ValidationReport) -> String {
        var lines = report.diagnostics.map(\.description)
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        if report.inputUnusable {
            lines.append("\(report.subject): could not be examined.")
        } else if report.isValid {
            lines.append("\(report.subject): valid (checked: \(report.checks.joined(separator: ", "))).")
        } else {
            lines.append("\(report.subject): invalid, \(errors) error\(errors == 1 ? "" : "s").")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func json(_ report: ValidationReport) -> String {
        var text = "{\n  \"subject\": \(quoted(report.subject)),\n  \"valid\": \(report.isValid),\n"
        text += "  \"usable\": \(!report.inputUnusable),\n"
        text += "  \"checks\": [\(report.checks.map(quoted).joined(separator: ", "))],\n"
        text += "  \"diagnostics\": ["
        text += report.diagnostics.map { diagnostic in
            var members = [
                "\"severity\": \(quoted(diagnostic.severity.rawValue))", "\"code\": \(quoted(diagnostic.code.name))",
                "\"message\": \(quoted(diagnostic.message))",
            ]
            let location = diagnostic.location
            if let file = location.file { members.append("\"file\": \(quoted(file))") }
            if let entry = location.entry { members.append("\"entry\": \(quoted(entry))") }
            if let line = location.line { members.append("\"line\": \(line)") }
            if let pointer = location.pointer { members.append("\"pointer\": \(quoted(pointer))") }
            if let hint = diagnostic.hint { members.append("\"hint\": \(quoted(hint))") }
            return "\n    {" + members.joined(separator: ", ") + "}"
        }.joined(separator: ",")
        text += report.diagnostics.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return text
    }

    private static func junit(_ report: ValidationReport) -> String {
        let failures = report.diagnostics.filter { $0.severity == .error }.count
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<testsuites name=\"handover validate\" tests=\"\(report.checks.count)\" failures=\"\(failures)\">\n"
        text +=
            "  <testsuite name=\(attribute(report.subject)) tests=\"\(report.checks.count)\" failures=\"\(failures)\">\n"
        for check in report.checks {
            let found = (report.diagnosticsByCheck[check] ?? []).filter { $0.severity == .error }
            text += "    <testcase classname=\(attribute(report.subject)) name=\(attribute(check))"
            if found.isEmpty {
                text += "/>\n"
                continue
            }
            text += ">\n"
            for diagnostic in found {
                text +=
                    "      <failure type=\(attribute(diagnostic.code.name)) message=\(attribute(diagnostic.message))>"
                text += escape(diagnostic.description) + "</failure>\n"
            }
            text += "    </testcase>\n"
        }
        text += "  </testsuite>\n</testsuites>\n"
        return text
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

    private static func quoted(_ text: String) -> String { JSONValue.quoted(text) }

    private static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n": result += "&#10;"
            case _ where scalar.value < 0x20 && scalar != "\t": result += "?"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func attribute(_ text: String) -> String { "\"\(escape(text))\"" }

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
