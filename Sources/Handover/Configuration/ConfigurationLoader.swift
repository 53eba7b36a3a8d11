public import Foundation
internal import Yams

/// Reads a configuration file (YAML, or JSON, which is YAML too) and checks it.
///
/// Errors name the file and line and say what to change:
/// `handover.yaml:14: sources[0].collections[0].legal_basis: 'contrat' is not a legal basis; …`.
public struct ConfigurationLoader: Sendable {
    /// The source kinds a configuration may use. Each kind checks its own sources, and the loaded
    /// configuration carries the registry to the exporter (``Configuration/registry``).
    public var registry: DataSourceRegistry

    /// Creates a loader for the given source kinds.
    ///
    /// - Parameter registry: The kinds; ``DataSourceRegistry/standard`` plus any of your own.
    public init(registry: DataSourceRegistry = .standard) {
        self.registry = registry
    }

    /// Loads, decodes and checks the configuration at `url`.
    ///
    /// - Parameter url: The configuration file. Relative source paths resolve against its directory.
    /// - Returns: The checked configuration.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/inputMissing`` when the file cannot
    ///   be read, ``Diagnostic/Code/configurationInvalid`` when it is malformed or inconsistent (one
    ///   diagnostic per problem, each with its line).
    public func load(from url: URL) throws -> Configuration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw HandoverError(
                .inputMissing, "cannot read the configuration file", at: .init(file: url.path),
                hint: "Check that the configuration file exists and is readable", underlying: error)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw HandoverError(
                .configurationInvalid, "the configuration file is not UTF-8 text", at: .init(file: url.path))
        }
        return placed(try decode(text, file: url.path), at: url)
    }

    /// `configuration` as loaded from the file at `url`: with this loader's registry, its paths
    /// resolved from the file's folder.
    func placed(_ configuration: Configuration, at url: URL) -> Configuration {
        var configuration = configuration
        configuration.registry = registry
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
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/configurationInvalid`` and one
    ///   diagnostic per problem.
    public func decode(_ text: String, file: String = "configuration") throws -> Configuration {
        let (configuration, problems) = check(text, file: file)
        guard problems.isEmpty, var configuration else { throw HandoverError(problems) }
        configuration.registry = registry
        return configuration
    }

    /// Decodes and checks configuration text, returning every problem found rather than throwing.
    ///
    /// - Parameters:
    ///   - text: YAML or JSON.
    ///   - file: The name to use in problems.
    /// - Returns: The configuration when it decodes (even with problems), and the problems, each
    ///   located by line; a syntax or decoding error is the only problem when there is one.
    func check(_ text: String, file: String) -> (Configuration?, [Diagnostic]) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (nil, [Self.syntaxError(error, file: file)])
        } catch {
            return (nil, [Diagnostic(.error, .configurationInvalid, "\(error)", at: .init(file: file))])
        }
        guard let root else {
            return (
                nil,
                [
                    Diagnostic(
                        .error, .configurationInvalid, "the configuration file is empty", at: .init(file: file),
                        hint: "Start from Examples/quickstart/handover.yaml")
                ]
            )
        }
        func diagnostic(_ problem: ConfigurationProblem) -> Diagnostic {
            Diagnostic(
                .error, .configurationInvalid, "\(problem.path): \(problem.message)",
                at: .init(file: file, line: problem.path.line(in: root)), hint: problem.hint)
        }
        let configuration: Configuration
        do {
            configuration = try YAMLDecoder().decode(Configuration.self, from: root)
        } catch let error as DecodingError {
            return (nil, [diagnostic(ConfigurationProblem(error, under: ConfigurationPath()))])
        } catch {
            return (nil, [Diagnostic(.error, .configurationInvalid, "\(error)", at: .init(file: file))])
        }
        let problems = ConfigurationChecker(registry: registry).problems(in: configuration)
        return (configuration, problems.map(diagnostic))
    }

    private static func syntaxError(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(
                .error, .configurationInvalid, "YAML syntax error: \(problem)",
                at: .init(file: file, line: mark.line, column: mark.column),
                hint: "Check indentation and quoting around this line")
        default:
            return Diagnostic(.error, .configurationInvalid, "YAML syntax error: \(error)", at: .init(file: file))
        }
    }
}
