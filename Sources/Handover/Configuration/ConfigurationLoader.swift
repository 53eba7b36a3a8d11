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
        let (configuration, problems, _) = check(text, file: file)
        guard problems.isEmpty, var configuration else { throw HandoverError(problems) }
        configuration.registry = registry
        return configuration
    }

    /// Decodes and checks configuration text, returning every problem found rather than throwing.
    ///
    /// - Parameters:
    ///   - text: YAML or JSON.
    ///   - file: The name to use in problems.
    /// - Returns: The configuration when it decodes (even with problems), the problems, each
    ///   located by line (a syntax or decoding error is the only problem when there is one), and
    ///   the composed document when the text composed, for a caller that checks it further.
    func check(_ text: String, file: String) -> (Configuration?, [Diagnostic], Node?) {
        let root: Node?
        do {
            root = try Self.compose(text, file: file)
        } catch let error as HandoverError {
            return (nil, error.diagnostics, nil)
        } catch let error as YamlError {
            return (nil, [Self.syntaxError(error, file: file)], nil)
        } catch {
            return (nil, [Diagnostic(.error, .configurationInvalid, "\(error)", at: .init(file: file))], nil)
        }
        guard let root else {
            return (
                nil,
                [
                    Diagnostic(
                        .error, .configurationInvalid, "the configuration file is empty", at: .init(file: file),
                        hint: "Start from Examples/quickstart/handover.yaml")
                ],
                nil
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
            return (nil, [diagnostic(ConfigurationProblem(error, under: ConfigurationPath()))], root)
        } catch {
            return (nil, [Diagnostic(.error, .configurationInvalid, "\(error)", at: .init(file: file))], root)
        }
        let problems = ConfigurationChecker(registry: registry).problems(in: configuration)
        return (configuration, problems.map(diagnostic), root)
    }

    /// YAML 1.1's implicit types without timestamps, merge keys and `=`: a configuration holds no
    /// timestamp (dates stay text), and every plain scalar is matched against each rule's regular
    /// expression, which dominated loading a configuration of thousands of sources.
    static let resolver = Resolver.default.removing(.timestamp).removing(.merge).removing(.value)

    /// The most fields one collection may describe: more columns than SQLite (2,000) or PostgreSQL
    /// (1,600) allow in a table. Decoding a mapping takes time proportional to its size per key.
    public static let fieldLimit = 2_000

    /// The most nodes a configuration may have once its aliases are expanded: 100,000, or two per
    /// byte of the file for a larger one. A document as written has fewer nodes than bytes, so
    /// only aliases repeated into millions of nodes (an "alias bomb") reach it.
    static func nodeLimit(forBytes bytes: Int) -> Int { max(100_000, 2 * bytes) }

    /// Composes YAML text into its node tree, refusing a tree whose aliases expand past
    /// ``nodeLimit(forBytes:)`` before anything walks it whole.
    ///
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/configurationInvalid`` for an alias
    ///   bomb; `YamlError` for a syntax error.
    static func compose(_ text: String, file: String) throws -> Node? {
        guard let root = try Yams.compose(yaml: text, resolver) else { return nil }
        var budget = nodeLimit(forBytes: text.utf8.count)
        func fits(_ node: Node) -> Bool {
            budget -= 1
            guard budget >= 0 else { return false }
            switch node {
            case .scalar, .alias: return true
            case .sequence(let sequence): return sequence.allSatisfy(fits)
            case .mapping(let mapping): return mapping.allSatisfy { fits($0.key) && fits($0.value) }
            }
        }
        if let sources = root["sources"]?.sequence {
            for (sourceIndex, source) in sources.enumerated() {
                for (index, collection) in (source["collections"]?.sequence ?? []).enumerated() {
                    guard let fields = collection["fields"]?.mapping, fields.count > fieldLimit else { continue }
                    throw HandoverError(
                        .configurationInvalid,
                        "sources[\(sourceIndex)].collections[\(index)].fields: \(fields.count) fields, more than the "
                            + "\(fieldLimit) a collection may describe",
                        at: .init(file: file, line: fields.mark?.line),
                        hint: "Split the table or file into collections of fewer fields, or mark what is not "
                            + "exported in the source itself")
                }
            }
        }
        guard fits(root) else {
            throw HandoverError(
                .configurationInvalid,
                "the configuration's aliases expand to more than \(nodeLimit(forBytes: text.utf8.count)) nodes",
                at: .init(file: file),
                hint: "Use anchors and aliases (&name, *name) for repeated blocks, not to multiply them; "
                    + "write the configuration out if it is really this large")
        }
        return root
    }

    private static func syntaxError(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Named, not quoted whole: the error's own text holds the entire configuration.
            let keys = duplicates.prefix(3).map { "'\($0.count > 60 ? String($0.prefix(60)) + "…" : $0)'" }
            return Diagnostic(
                .error, .configurationInvalid,
                "a mapping holds the key\(duplicates.count > 1 ? "s" : "") \(keys.joined(separator: ", "))"
                    + "\(duplicates.count > 3 ? " and \(duplicates.count - 3) more" : "") twice",
                at: .init(file: file, line: context.mark.line, column: context.mark.column),
                hint: "Keep one of each; YAML mappings cannot repeat a key")
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
