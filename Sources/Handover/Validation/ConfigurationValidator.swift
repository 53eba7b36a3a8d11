public import Foundation

/// Checks a configuration file and reports every problem as a ``Diagnostic`` with its line,
/// using the same loading and checks as an export (``ConfigurationLoader``).
///
/// JSON Schema validation against `Schemas/v1/config.schema.json` is not part of it yet.
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
        let file = name ?? url.relativePath
        var report = ValidationReport(subject: file)
        report.checks = ["configuration"]
        guard let data = try? Data(contentsOf: url) else {
            report.inputUnusable = true
            report.diagnostics.append(
                Diagnostic(
                    .error, .inputUnreadable, "cannot read the configuration file", at: .init(file: file),
                    hint: "Check the path given to --config"))
            return report
        }
        guard let text = String(data: data, encoding: .utf8) else {
            report.diagnostics.append(
                Diagnostic(
                    .error, .configurationInvalid, "the configuration file is not UTF-8 text", at: .init(file: file)))
            return report
        }
        let (_, problems) = loader.check(text, file: file)
        report.diagnostics = problems.map { problem in
            Diagnostic(
                .error, .configurationInvalid, problem.message,
                at: .init(file: file, line: problem.location?.line), hint: problem.hint)
        }
        report.diagnosticsByCheck["configuration"] = report.diagnostics
        return report
    }
}
