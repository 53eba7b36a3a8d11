public import Foundation
import JSONCore
import JSONSchema
import Yams

/// Checks a configuration file and reports every problem as a ``Diagnostic`` with its line: against
/// `Schemas/v1/config.schema.json` (what editors and other tools check), and with the same loading
/// and checks as an export (``ConfigurationLoader``: vocabularies, references, consistency).
public struct ConfigurationValidator: Sendable {
    /// The loader whose rules apply (its known source kinds).
    public var loader: ConfigurationLoader

    /// Creates a validator.
    public init(loader: ConfigurationLoader = ConfigurationLoader()) {
        self.loader = loader
    }

    /// Validates the configuration at `url`.
    ///
    /// - Parameters:
    ///   - url: The configuration file.
    ///   - name: How to name the file in diagnostics (default: the path as given).
    /// - Returns: The report; ``ValidationReport/inputUnusable`` is set when the file cannot be read.
    public func validate(configurationAt url: URL, name: String? = nil) -> ValidationReport {
        validated(configurationAt: url, name: name).report
    }

    /// The report, and the configuration when it has no problem: read and decoded once, for a
    /// check that goes on to use it (``LiveSourceCheck``).
    func validated(configurationAt url: URL, name: String?) -> (report: ValidationReport, configuration: Configuration?)
    {
        let file = name ?? url.relativePath
        var report = ValidationReport(subject: file)
        report.checks = ["configuration"]
        guard let data = try? Data(contentsOf: url) else {
            report.inputUnusable = true
            report.diagnostics.append(
                Diagnostic(
                    .error, .inputUnreadable, "cannot read the configuration file", at: .init(file: file),
                    hint: "Check that the configuration file exists and is readable"))
            return (report, nil)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            report.diagnostics.append(
                Diagnostic(
                    .error, .configurationInvalid, "the configuration file is not UTF-8 text", at: .init(file: file)))
            return (report, nil)
        }
        let (configuration, loading, root) = loader.check(text, file: file)
        report.diagnosticsByCheck["configuration"] = loading
        report.checks.append("json-schema")
        let schema = root.map { schemaDiagnostics($0, file: file) } ?? []
        report.diagnosticsByCheck["json-schema"] = schema
        report.diagnostics = loading + schema
        let usable = report.isValid ? configuration.map { loader.placed($0, at: url) } : nil
        return (report, usable)
    }

    /// The configuration's errors against `Schemas/v1/config.schema.json`, each with its line.
    /// `root` is the document the loading check composed (a syntax error or an alias bomb leaves none).
    private func schemaDiagnostics(_ root: Node, file: String) -> [Diagnostic] {
        guard let validator = try? BundleJSONSchemas.configuration.get() else { return [] }
        return BundleJSONSchemas.problems(BundleJSONSchemas.jsonValue(of: root), against: validator).map {
            pointer, message in
            let path = ConfigurationPath(
                pointer.split(separator: "/", omittingEmptySubsequences: true).map { token in
                    let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                    return Int(key).map { .index($0) } ?? .key(key)
                })
            return Diagnostic(
                .error, .jsonSchemaInvalid, "\(path): \(message)",
                at: .init(file: file, line: path.line(in: root), pointer: pointer.isEmpty ? "/" : pointer),
                hint: "See Schemas/v1/config.schema.json")
        }
    }
}
