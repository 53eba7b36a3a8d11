/// One problem in a configuration, located by its path in the document.
///
/// The configuration checker and each source kind report problems; the loader turns each into a
/// ``Diagnostic`` with the line its path starts on, and throws them all together.
public struct ConfigurationProblem: Sendable, Equatable {
    /// Where the problem is: from the document root for the checker, from the source's mapping for
    /// a ``DataSourceKind`` (the registry adds `sources[i]`).
    public var path: ConfigurationPath
    /// What is wrong, as a sentence fragment.
    public var message: String
    /// What to change, when there is advice.
    public var hint: String?

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - path: Where the problem is.
    ///   - message: What is wrong.
    ///   - hint: What to change.
    public init(at path: ConfigurationPath, _ message: String, hint: String? = nil) {
        self.path = path
        self.message = message
        self.hint = hint
    }

    init(path: ConfigurationPath, message: String, hint: String? = nil) {
        self.init(at: path, message, hint: hint)
    }

    /// This problem with its path placed under `prefix`.
    func under(_ prefix: ConfigurationPath) -> ConfigurationProblem {
        ConfigurationProblem(at: ConfigurationPath(prefix.components + path.components), message, hint: hint)
    }
}
