/// The checks every kind whose source is a file shares: a `path`, and for a one-table file format,
/// exactly one collection.
enum FileSourceProblems {
    /// A problem when `source` names no file.
    static func missingPath(_ source: SourceConfiguration) -> [ConfigurationProblem] {
        guard source.path == nil else { return [] }
        return [
            ConfigurationProblem(
                at: ConfigurationPath(), "a \(source.kind) source needs a 'path'",
                hint: "Add 'path:' relative to the configuration file")
        ]
    }

    /// A problem when a file that holds one collection is described with another number.
    static func notOneCollection(_ source: SourceConfiguration) -> [ConfigurationProblem] {
        guard source.collections.count != 1 else { return [] }
        return [
            ConfigurationProblem(
                at: ConfigurationPath().appending("collections"),
                "a \(source.kind) file holds exactly one collection, not \(source.collections.count)",
                hint: "Describe each file as its own source")
        ]
    }
}
