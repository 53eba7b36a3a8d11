/// Finds the inconsistencies that decoding alone cannot: duplicate ids, unknown vocabulary, identity
/// fields that are not described, file sources with several collections.
struct ConfigurationChecker {
    typealias Problem = ConfigurationProblem

    /// The source kinds that can be built, each checking its own sources.
    var registry: DataSourceRegistry
    /// The keys categories and purposes may use: fideslang's and the configuration's extensions.
    private var vocabulary = Vocabulary.standard

    /// Creates a checker for configurations whose sources `registry` builds.
    init(registry: DataSourceRegistry) {
        self.registry = registry
    }

    /// All problems in `configuration`, in document order.
    func problems(in configuration: Configuration) -> [Problem] {
        let root = ConfigurationPath()
        var checker = self
        let (vocabulary, extensionProblems) = Vocabulary.extended(
            by: configuration.extensions, at: root.appending("extensions"))
        checker.vocabulary = vocabulary
        return extensionProblems + checker.documentProblems(in: configuration, at: root)
    }

    private func documentProblems(in configuration: Configuration, at root: ConfigurationPath) -> [Problem] {
        var problems: [Problem] = []
        if configuration.version != Configuration.formatVersion {
            problems.append(
                Problem(
                    path: root.appending("version"),
                    message: "this Handover reads configuration version \(Configuration.formatVersion), "
                        + "not \(configuration.version)",
                    hint: "Set 'version: \(Configuration.formatVersion)'"))
        }
        let controller = configuration.controller
        if controller.email == nil && controller.address == nil {
            problems.append(
                Problem(
                    path: root.appending("controller"),
                    message: "the controller gives neither an e-mail nor a postal address for requests",
                    hint: "Add 'email:' or 'address:'"))
        }
        if let period = controller.responsePeriod, !Self.isISODuration(period) {
            problems.append(
                Problem(
                    path: root.appending("controller").appending("response_period"),
                    message: "'\(period)' is not an ISO 8601 duration", hint: "Write e.g. P30D or P1M"))
        }
        if configuration.sources.isEmpty {
            problems.append(
                Problem(
                    path: root.appending("sources"), message: "no sources are configured",
                    hint: "Add at least one source"))
        }
        var sourceIDs: Set<String> = []
        for (index, source) in configuration.sources.enumerated() {
            let path = root.appending("sources").appending(index: index)
            if !sourceIDs.insert(source.id).inserted {
                problems.append(
                    Problem(
                        path: path.appending("id"), message: "the source id '\(source.id)' is used twice",
                        hint: "Give every source its own id"))
            }
            problems += sourceProblems(source, at: path, among: configuration.sources)
        }
        return problems
    }

    private func sourceProblems(
        _ source: SourceConfiguration, at path: ConfigurationPath, among allSources: [SourceConfiguration]
    ) -> [Problem] {
        var problems: [Problem] = []
        problems += registry.problems(in: source).map { $0.under(path) }
        var names: Set<String> = []
        for (index, collection) in source.collections.enumerated() {
            let collectionPath = path.appending("collections").appending(index: index)
            if !names.insert(collection.name).inserted {
                problems.append(
                    Problem(
                        path: collectionPath.appending("name"),
                        message: "the collection name '\(collection.name)' is used twice in source '\(source.id)'"))
            }
            problems += collectionProblems(collection, at: collectionPath, in: source, among: allSources)
        }
        let read = Set(source.collections.map { $0.table ?? $0.name })
        for (index, table) in source.ignoredTables.enumerated() where read.contains(table) {
            problems.append(
                Problem(
                    path: path.appending("ignore").appending(index: index),
                    message: "the table '\(table)' is both ignored and read by a collection of source '\(source.id)'",
                    hint: "Remove it from 'ignore'; mark single fields 'ignore' instead"))
        }
        return problems
    }

    private func collectionProblems(
        _ collection: CollectionConfiguration, at path: ConfigurationPath, in currentSource: SourceConfiguration,
        among allSources: [SourceConfiguration]
    ) -> [Problem] {
        var problems: [Problem] = []
        if collection.identities.isEmpty && collection.references.isEmpty {
            problems.append(
                Problem(
                    path: path.appending("identities"),
                    message:
                        "collection '\(collection.name)' names no identity fields and no references, "
                        + "so no record can be matched",
                    hint: "Map an identity type to a field (email: email) or add a reference (field: …, to: …)"))
        }
        for (type, fieldNames) in collection.discovers.sorted(by: { $0.key < $1.key }) {
            for name in fieldNames {
                let discoverPath = path.appending("discovers").appending(type)
                guard let field = collection.fields[name] else {
                    problems.append(
                        Problem(
                            path: discoverPath, message: "discovering field '\(name)' is not described under 'fields'",
                            hint: "Add '\(name)' to the collection's fields"))
                    continue
                }
                // A discovered value is written into the manifest, data.json, data.xml and the page:
                // a field that must never leave the source cannot be discovered from.
                if field.disposition != .export {
                    problems.append(
                        Problem(
                            path: discoverPath,
                            message:
                                "'\(name)' is marked '\(field.disposition.rawValue)', so it cannot be discovered from: "
                                + "discovered values are written into the bundle",
                            hint:
                                "Remove '\(name)' from 'discovers', or describe it with a category if it may be exported"
                        ))
                } else if field.thirdParty != nil {
                    problems.append(
                        Problem(
                            path: discoverPath,
                            message:
                                "'\(name)' holds data about other people (third_party), so it cannot be discovered "
                                + "from: their identifiers would pull their records into this bundle",
                            hint: "Remove '\(name)' from 'discovers'"))
                }
            }
        }
        for (index, reference) in collection.references.enumerated() {
            let referencePath = path.appending("references").appending(index: index)
            if collection.fields[reference.field] == nil {
                problems.append(
                    Problem(
                        path: referencePath.appending("field"),
                        message: "referencing field '\(reference.field)' is not described under 'fields'",
                        hint: "Add '\(reference.field)' to the collection's fields"))
            }
            let sourceID = reference.source ?? currentSource.id
            guard let targetSource = allSources.first(where: { $0.id == sourceID }) else {
                problems.append(
                    Problem(
                        path: referencePath.appending("to"), message: "there is no source '\(sourceID)'",
                        hint: "Use one of: \(allSources.map(\.id).joined(separator: ", "))"))
                continue
            }
            guard let target = targetSource.collections.first(where: { $0.name == reference.collection }) else {
                problems.append(
                    Problem(
                        path: referencePath.appending("to"),
                        message: "source '\(sourceID)' has no collection '\(reference.collection)'",
                        hint: "Use one of: \(targetSource.collections.map(\.name).joined(separator: ", "))"))
                continue
            }
            if let key = target.fields[reference.key] {
                // The referring field holds the same values as the key and is exported: a secret key
                // would reach the bundle through it.
                if key.disposition == .secret {
                    problems.append(
                        Problem(
                            path: referencePath.appending("to"),
                            message:
                                "'\(reference.collection).\(reference.key)' is marked 'secret', so it cannot be a "
                                + "reference key: the referring field '\(reference.field)' would carry its values "
                                + "into the bundle",
                            hint: "Refer to a key that may be exported, such as an id"))
                }
            } else {
                problems.append(
                    Problem(
                        path: referencePath.appending("to"),
                        message: "collection '\(reference.collection)' does not describe a field '\(reference.key)'",
                        hint: "Reference a field listed under that collection's 'fields'"))
            }
        }
        for (type, fieldNames) in collection.identities.sorted(by: { $0.key < $1.key }) {
            for name in fieldNames {
                let field = collection.fields[name]
                if field == nil {
                    problems.append(
                        Problem(
                            path: path.appending("identities").appending(type),
                            message: "identity field '\(name)' is not described under 'fields'",
                            hint: "Add '\(name)' to the collection's fields"))
                } else if field?.disposition == .ignore {
                    problems.append(
                        Problem(
                            path: path.appending("fields").appending(name),
                            message: "'\(name)' identifies the subject, so it cannot be 'ignore'",
                            hint: "Describe it with a category and provenance, or mark it 'secret'"))
                }
            }
        }
        if let subject = collection.dataSubject, !Taxonomy.accepts(subject, in: Taxonomy.dataSubjects) {
            problems.append(
                Problem(
                    path: path.appending("data_subject"), message: "'\(subject)' is not a fideslang data subject",
                    hint: "Use one of: \(Taxonomy.dataSubjects.sorted().joined(separator: ", "))"))
        }
        if collection.legalBasis == .legitimateInterest && collection.legitimateInterest == nil {
            problems.append(
                Problem(
                    path: path.appending("legal_basis"),
                    message: "a legitimate-interest basis must name the interest pursued (Art. 13(1)(d))",
                    hint: "Write legal_basis: {basis: legitimate_interest, interest: …}"))
        }
        if collection.purposes.isEmpty {
            problems.append(
                Problem(
                    path: path.appending("purposes"), message: "no purpose is given",
                    hint: "Name at least one fideslang data use, e.g. 'essential.service'"))
        }
        for (index, purpose) in collection.purposes.enumerated()
        where !vocabulary.dataUses.contains(purpose) {
            problems.append(
                Problem(
                    path: path.appending("purposes").appending(index: index),
                    message: "'\(purpose)' is not a fideslang data use, nor one declared under 'extensions'",
                    hint: Self.suggestionHint(purpose, vocabulary.dataUses)))
        }
        if let period = collection.retention.period, !Self.isISODuration(period) {
            problems.append(
                Problem(
                    path: path.appending("retention").appending("period"),
                    message: "'\(period)' is not an ISO 8601 duration", hint: "Write e.g. P7Y, P2Y6M or P30D"))
        }
        for (index, recipient) in collection.recipients.enumerated() {
            if let country = recipient.country, !CountryCode.assigned.contains(country) {
                problems.append(
                    Problem(
                        path: path.appending("recipients").appending(index: index).appending("country"),
                        message: "'\(country)' is not an ISO 3166-1 alpha-2 country code",
                        hint: "Write an assigned code in capitals (e.g. BE, US), or leave 'country' out"))
            }
        }
        for (index, transfer) in collection.transfers.enumerated() {
            let transferPath = path.appending("transfers").appending(index: index)
            if let country = transfer.country {
                if !CountryCode.assigned.contains(country) {
                    problems.append(
                        Problem(
                            path: transferPath.appending("country"),
                            message: "'\(country)' is not an ISO 3166-1 alpha-2 country code",
                            hint:
                                "Write an assigned code in capitals (e.g. US, GB, CH); when the controller names no "
                                + "country, leave 'country' out and say where in 'destination'"))
                } else if CountryCode.europeanEconomicArea.contains(country) {
                    problems.append(
                        Problem(
                            path: transferPath.appending("country"),
                            message:
                                "'\(country)' is in the EEA, so sending data there is not a transfer (GDPR Chapter V)",
                            hint: "List the recipient under 'recipients' with its country instead"))
                }
            }
            if transfer.country == nil && transfer.destination == nil {
                problems.append(
                    Problem(
                        path: transferPath, message: "a transfer names neither a country nor a destination",
                        hint: "Add 'country: US', or 'destination:' in words when the controller names no country"))
            }
        }
        if let rule = collection.legalBasisByField {
            let rulePath = path.appending("legal_basis_by")
            if collection.fields[rule.field] == nil {
                problems.append(
                    Problem(
                        path: rulePath.appending("field"),
                        message:
                            "the field '\(rule.field)' that selects the legal basis is not described under 'fields'",
                        hint: "Add '\(rule.field)' to the collection's fields"))
            }
            for ruleCase in rule.cases {
                let casePath = rulePath.appending("values").appending(ruleCase.value)
                if ruleCase.basis.basis == .legitimateInterest && ruleCase.basis.interest == nil {
                    problems.append(
                        Problem(
                            path: casePath, message: "a legitimate-interest basis must name the interest pursued",
                            hint: "Write {basis: legitimate_interest, interest: …}"))
                }
                if !ruleCase.basis.purposes.isEmpty {
                    problems.append(
                        Problem(
                            path: casePath, message: "a per-record basis covers the record, not single purposes",
                            hint: "Remove 'purposes' here"))
                }
            }
        }
        for (index, other) in collection.otherLegalBases.enumerated() {
            if other.basis == .legitimateInterest && other.interest == nil {
                problems.append(
                    Problem(
                        path: path.appending("other_legal_bases").appending(index: index),
                        message: "a legitimate-interest basis must name the interest pursued (Art. 13(1)(d))",
                        hint: "Add 'interest: …'"))
            }
            for purpose in other.purposes where !collection.purposes.contains(purpose) {
                problems.append(
                    Problem(
                        path: path.appending("other_legal_bases").appending(index: index).appending("purposes"),
                        message: "'\(purpose)' is not one of the collection's purposes",
                        hint: "Name purposes listed under the collection's 'purposes'"))
            }
        }
        for (name, field) in collection.fields.sorted(by: { $0.key < $1.key }) where field.disposition == .export {
            let fieldPath = path.appending("fields").appending(name)
            if let category = field.category {
                if !vocabulary.dataCategories.contains(category) {
                    problems.append(
                        Problem(
                            path: fieldPath.appending("category"),
                            message:
                                "'\(category)' is not a fideslang data category, nor one declared under 'extensions'",
                            hint: Self.suggestionHint(category, vocabulary.dataCategories)))
                }
            } else {
                problems.append(
                    Problem(
                        path: fieldPath, message: "exported field '\(name)' has no category",
                        hint: "Add 'category:' (e.g. user.contact.email), or mark the field 'secret' or 'ignore'"))
            }
            if field.provenance == nil {
                problems.append(
                    Problem(
                        path: fieldPath, message: "exported field '\(name)' has no provenance",
                        hint: "Add 'provenance:' provided, observed, derived or inferred"))
            }
        }
        return problems
    }

    private static func suggestionHint(_ key: String, _ vocabulary: Set<String>) -> String {
        let suggestions = Taxonomy.suggestions(for: key, in: vocabulary)
        let declare = "a key of your own is declared under 'extensions:' with its parent and a description"
        if suggestions.isEmpty {
            return "Use a key from the fideslang taxonomy; \(declare)"
        }
        return "Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))? Otherwise \(declare)"
    }

    /// Whether `text` is an ISO 8601 duration such as `P7Y`, `P1Y6M`, `P30D` or `PT12H`.
    static func isISODuration(_ text: String) -> Bool {
        var rest = Substring(text)
        guard rest.first == "P", rest.count > 1 else { return false }
        rest = rest.dropFirst()
        var inTime = false
        var sawNumber = false
        var sawUnit = false
        var digits = 0
        for character in rest {
            if character.isASCII && character.isNumber {
                digits += 1
                sawNumber = true
            } else if character == "T" && !inTime && digits == 0 {
                inTime = true
            } else if digits > 0 && (inTime ? "HMS" : "YMWD").contains(character) {
                digits = 0
                sawUnit = true
            } else {
                return false
            }
        }
        return sawNumber && sawUnit && digits == 0
    }
}
