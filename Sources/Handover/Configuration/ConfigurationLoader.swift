public import Foundation
internal import Yams

/// Reads a configuration file (YAML, or JSON, which is YAML too) and checks it.
///
/// Errors name the file and line and say what to change:
/// `handover.yaml:14: sources[0].collections[0].legal_basis: 'contrat' is not a legal basis; …`.
public struct ConfigurationLoader: Sendable {
    /// The source kinds the checker accepts; see ``DataSourceRegistry``.
    public var knownSourceKinds: Set<String>

    /// Creates a loader that accepts the given source kinds.
    public init(knownSourceKinds: Set<String> = DataSourceRegistry.standard.kinds) {
        self.knownSourceKinds = knownSourceKinds
    }

    /// Loads, decodes and checks the configuration at `url`.
    ///
    /// - Parameter url: The configuration file. Relative source paths resolve against its directory.
    /// - Returns: The checked configuration.
    /// - Throws: ``HandoverError`` with code ``HandoverError/Code/inputMissing`` when the file cannot
    ///   be read, ``HandoverError/Code/configurationInvalid`` when it is malformed or inconsistent.
    public func load(from url: URL) throws -> Configuration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw HandoverError(
                .inputMissing, "cannot read the configuration file",
                at: .init(file: url.path), hint: "Check the path given to --config")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw HandoverError(
                .configurationInvalid, "the configuration file is not UTF-8 text", at: .init(file: url.path))
        }
        var configuration = try decode(text, file: url.path)
        configuration.baseDirectory = url.deletingLastPathComponent().standardizedFileURL
        configuration.file = url.standardizedFileURL
        return configuration
    }

    /// Decodes and checks configuration text.
    ///
    /// - Parameters:
    ///   - text: YAML or JSON.
    ///   - file: The name to use in error messages.
    /// - Returns: The checked configuration; its ``Configuration/baseDirectory`` is the current directory.
    /// - Throws: ``HandoverError`` with code ``HandoverError/Code/configurationInvalid``.
    public func decode(_ text: String, file: String = "configuration") throws -> Configuration {
        let (configuration, problems) = check(text, file: file)
        guard problems.isEmpty, let configuration else {
            if problems.count == 1 { throw problems[0] }
            throw HandoverError(
                .configurationInvalid,
                "\(problems.count) problems in the configuration:\n"
                    + problems.map { "  - \($0.description)" }.joined(separator: "\n"),
                at: .init(file: file))
        }
        return configuration
    }

    /// Decodes and checks configuration text, returning every problem found rather than throwing.
    ///
    /// - Parameters:
    ///   - text: YAML or JSON.
    ///   - file: The name to use in problems.
    /// - Returns: The configuration when it decodes (even with problems), and the problems, each
    ///   located by line; a syntax or decoding error is the only problem when there is one.
    func check(_ text: String, file: String) -> (Configuration?, [HandoverError]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (nil, [Self.syntaxError(error, file: file)])
        } catch {
            return (nil, [HandoverError(.configurationInvalid, "\(error)", at: .init(file: file))])
        }
        guard let root else {
            return (
                nil,
                [
                    HandoverError(
                        .configurationInvalid, "the configuration file is empty", at: .init(file: file),
                        hint: "Start from Examples/quickstart/handover.yaml")
                ]
            )
        }
        let configuration: Configuration
        do {
            configuration = try YAMLDecoder().decode(Configuration.self, from: root)
        } catch let error as DecodingError {
            return (nil, [Self.decodingError(error, file: file, root: root)])
        } catch {
            return (nil, [HandoverError(.configurationInvalid, "\(error)", at: .init(file: file))])
        }
        let problems = ConfigurationChecker(knownSourceKinds: knownSourceKinds).problems(in: configuration)
        return (
            configuration,
            problems.map { problem in
                HandoverError(
                    .configurationInvalid, "\(problem.path): \(problem.message)",
                    at: .init(file: file, line: problem.path.line(in: root)), hint: problem.hint)
            }
        )
    }

    private static func syntaxError(_ error: YamlError, file: String) -> HandoverError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return HandoverError(
                .configurationInvalid, "YAML syntax error: \(problem)",
                at: .init(file: file, line: mark.line, column: mark.column),
                hint: "Check indentation and quoting around this line")
        default:
            return HandoverError(.configurationInvalid, "YAML syntax error: \(error)", at: .init(file: file))
        }
    }

    private static func decodingError(_ error: DecodingError, file: String, root: Node) -> HandoverError {
        let path: ConfigurationPath
        let message: String
        switch error {
        case .keyNotFound(let key, let context):
            path = ConfigurationPath(codingPath: context.codingPath)
            message = "the required key '\(key.stringValue)' is missing"
        case .typeMismatch(let type, let context):
            path = ConfigurationPath(codingPath: context.codingPath)
            message = "expected \(Self.describe(type)) here"
        case .valueNotFound(let type, let context):
            path = ConfigurationPath(codingPath: context.codingPath)
            message = "expected \(Self.describe(type)), found nothing"
        case .dataCorrupted(let context):
            path = ConfigurationPath(codingPath: context.codingPath)
            message = Self.readable(context.debugDescription)
        @unknown default:
            path = ConfigurationPath()
            message = "\(error)"
        }
        return HandoverError(
            .configurationInvalid, "\(path): \(message)", at: .init(file: file, line: path.line(in: root)),
            hint: "See the configuration reference in README.md")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is [String].Type: "a list of text"
        default: "a \(type)"
        }
    }

    private static func readable(_ debugDescription: String) -> String {
        // Yams reports an unknown enum case as "Cannot initialize X from invalid String value y".
        if let range = debugDescription.range(of: "from invalid String value ") {
            let value = debugDescription[range.upperBound...]
            let typeName = debugDescription.components(separatedBy: " ").dropFirst(2).first ?? ""
            let allowed: [String] =
                switch typeName {
                case "LegalBasis": LegalBasis.allCases.map(\.rawValue)
                case "Provenance": Provenance.allCases.map(\.rawValue)
                case "ValueType": ValueType.allCases.map(\.rawValue)
                case "ThirdPartyHandling": FieldConfiguration.ThirdPartyHandling.allCases.map(\.rawValue)
                default: []
                }
            if !allowed.isEmpty {
                return "'\(value)' is not allowed here; use one of: \(allowed.joined(separator: ", "))"
            }
            return "'\(value)' is not allowed here"
        }
        return debugDescription
    }
}
