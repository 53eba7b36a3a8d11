/// What data.json and data.xml hold before the first collection — the scope, the controller and
/// the subject — besides each format's framing (data.json's `format` member, data.xml's namespace)
/// and the format version.
extension BundleHeader {
    static let content = ContentShape<BundleHeader>(
        [
            .string("scope", .attribute) { $0.scope.rawValue },
            .object("controller", ControllerConfiguration.content) { $0.controller },
            .object("subject", BundleSubject.content) {
                BundleSubject(identifiers: $0.identifiers, discovered: $0.discovered)
            },
            // The controller's own categories and uses, so that a reader of the bundle (another
            // controller importing it) learns what a key outside fideslang means.
            .objects(
                "extensions", .repeated(element: "extension"), TaxonomyExtension.content, required: false,
                omittedWhenEmpty: true
            ) { $0.extensions },
        ]
    ) { reader throws(ContentError) in
        let subject = try reader.object("subject", BundleSubject.content)
        var header = BundleHeader(
            controller: try reader.object("controller", ControllerConfiguration.content),
            identifiers: subject.identifiers, discovered: subject.discovered,
            scope: try reader.value("scope", "a known scope"))
        header.extensions = try reader.objects("extensions", TaxonomyExtension.content)
        return header
    }
}

extension TaxonomyExtension {
    /// Written without its `label`: the page's name for it is not part of the data.
    static let content = ContentShape<TaxonomyExtension>(
        [
            .string("key", .attribute) { $0.key }, .string("parent", .attribute) { $0.parent },
            .string("description") { $0.description },
        ]
    ) { reader throws(ContentError) in
        TaxonomyExtension(
            key: try reader.string("key"), parent: try reader.string("parent"),
            description: try reader.string("description"))
    }
}

/// The `subject` member: the identifiers the request gave and the ones found.
struct BundleSubject: Sendable {
    var identifiers: [SubjectIdentifier]
    var discovered: [DiscoveredIdentifier]

    static let content = ContentShape<BundleSubject>(
        [
            .objects("identifiers", .repeated(element: "identifier"), SubjectIdentifier.content) { $0.identifiers },
            .objects("discovered", .repeated(element: "discovered"), DiscoveredIdentifier.content, required: false) {
                $0.discovered
            },
        ]
    ) { reader throws(ContentError) in
        BundleSubject(
            identifiers: try reader.objects("identifiers", SubjectIdentifier.content),
            discovered: try reader.objects("discovered", DiscoveredIdentifier.content))
    }
}

extension SubjectIdentifier {
    static let content = ContentShape<SubjectIdentifier>(
        [.string("type", .attribute) { $0.type }, .string("value", .encodedText) { $0.value }]
    ) { reader throws(ContentError) in
        SubjectIdentifier(type: try reader.string("type"), value: try reader.string("value"))
    }
}

extension DiscoveredIdentifier {
    static let content = ContentShape<DiscoveredIdentifier>(
        [
            .string("type", .attribute) { $0.type }, .string("value", .encodedText) { $0.value },
            .string("via", .attribute) { $0.via },
        ]
    ) { reader throws(ContentError) in
        DiscoveredIdentifier(
            type: try reader.string("type"), value: try reader.string("value"), via: try reader.string("via"))
    }
}

extension ControllerConfiguration {
    static let content = ContentShape<ControllerConfiguration>(
        [
            .string("name") { $0.name },
            .optionalString("address") { $0.address },
            .optionalString("email") { $0.email },
            .optionalString("phone") { $0.phone },
            .optionalString("website") { $0.website },
            .optionalString("language") { $0.language },
            .optionalString("registrationNumber") { $0.registrationNumber },
            .optionalString("responsePeriod") { $0.responsePeriod },
            .optionalObject("dpo", Contact.content) { $0.dpo },
            .object("supervisoryAuthority", Contact.content) { $0.supervisoryAuthority },
        ]
    ) { reader throws(ContentError) in
        ControllerConfiguration(
            name: try reader.string("name"), address: try reader.optionalString("address"),
            email: try reader.optionalString("email"), phone: try reader.optionalString("phone"),
            website: try reader.optionalString("website"), dpo: try reader.optionalObject("dpo", Contact.content),
            supervisoryAuthority: try reader.object("supervisoryAuthority", Contact.content),
            language: try reader.optionalString("language"),
            registrationNumber: try reader.optionalString("registrationNumber"),
            responsePeriod: try reader.optionalString("responsePeriod"))
    }
}

extension Contact {
    static let content = ContentShape<Contact>(
        [
            .string("name") { $0.name },
            .optionalString("email") { $0.email },
            .optionalString("phone") { $0.phone },
            .optionalString("address") { $0.address },
            .optionalString("url") { $0.url },
        ]
    ) { reader throws(ContentError) in
        Contact(
            name: try reader.string("name"), email: try reader.optionalString("email"),
            phone: try reader.optionalString("phone"), address: try reader.optionalString("address"),
            url: try reader.optionalString("url"))
    }
}
