/// The data categories and data uses a configuration may name: fideslang's, and the extensions it
/// declares under `extensions:`.
struct Vocabulary {
    /// Every data category key allowed.
    var dataCategories: Set<String>
    /// Every data use key allowed.
    var dataUses: Set<String>

    /// fideslang's keys alone.
    static let standard = Vocabulary(dataCategories: Taxonomy.dataCategories, dataUses: Taxonomy.dataUses)

    /// The standard keys plus `extensions`, and what is wrong with the declarations: a key that does
    /// not extend its parent, a parent that is in neither vocabulary, a key declared twice or
    /// already standard.
    ///
    /// Extensions may build on each other in any order: a parent declared further down is found.
    static func extended(
        by extensions: [TaxonomyExtension], at path: ConfigurationPath
    ) -> (Vocabulary, [ConfigurationProblem]) {
        var vocabulary = standard
        var problems: [ConfigurationProblem] = []
        var pending = Array(extensions.enumerated())
        var declared: Set<String> = []
        for (index, item) in pending where !declared.insert(item.key).inserted {
            problems.append(
                ConfigurationProblem(
                    path: path.appending(index: index).appending("key"),
                    message: "the extension '\(item.key)' is declared twice", hint: "Declare each key once"))
        }
        // Resolve parents until no declaration can be placed: each pass places those whose parent is known.
        while true {
            var placed = false
            pending.removeAll { index, item in
                let isCategory = vocabulary.dataCategories.contains(item.parent)
                guard isCategory || vocabulary.dataUses.contains(item.parent) else { return false }
                placed = true
                let itemPath = path.appending(index: index)
                if Taxonomy.dataCategories.contains(item.key) || Taxonomy.dataUses.contains(item.key) {
                    problems.append(
                        ConfigurationProblem(
                            path: itemPath.appending("key"),
                            message: "'\(item.key)' is a standard fideslang key, not an extension",
                            hint: "Remove the declaration; the key can be used as it is"))
                } else if !item.key.hasPrefix(item.parent + ".") {
                    problems.append(
                        ConfigurationProblem(
                            path: itemPath.appending("key"),
                            message: "'\(item.key)' does not extend its parent '\(item.parent)'",
                            hint: "Write the key as the parent plus dotted segments, e.g. '\(item.parent).my_key'"))
                } else if isCategory {
                    vocabulary.dataCategories.insert(item.key)
                } else {
                    vocabulary.dataUses.insert(item.key)
                }
                return true
            }
            if !placed { break }
        }
        let everyStandardKey = Taxonomy.dataCategories.union(Taxonomy.dataUses)
        for (index, item) in pending {
            let suggestions = Taxonomy.suggestions(for: item.parent, in: everyStandardKey)
            problems.append(
                ConfigurationProblem(
                    path: path.appending(index: index).appending("parent"),
                    message:
                        "'\(item.parent)' is neither a fideslang data category or data use nor a declared extension",
                    hint: suggestions.isEmpty
                        ? "Name the standard key the extension refines, e.g. user.financial or essential.service"
                        : "Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"))
        }
        return (vocabulary, problems)
    }
}
