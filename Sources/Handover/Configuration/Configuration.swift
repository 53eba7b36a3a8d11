public import Foundation

/// What a privacy engineer writes once per system: who the controller is, where personal data
/// lives, and what each field means.
///
/// Load one with ``ConfigurationLoader``; its reference is in the README ("Configuration").
public struct Configuration: Sendable, Decodable {
    /// The configuration format version this build reads.
    public static let formatVersion = 1

    /// The configuration format version the file declares (`version: 1`).
    public var version: Int
    /// The controller answering the request.
    public var controller: ControllerConfiguration
    /// The places that hold personal data.
    public var sources: [SourceConfiguration]
    /// How each identity type is normalised; types not listed match exactly.
    public var identityTypes: [String: IdentityTypeConfiguration]
    /// Limits on identities discovered in the data.
    public var discovery: DiscoveryConfiguration
    /// Data categories and data uses of the controller's own, beyond fideslang's.
    public var extensions: [TaxonomyExtension] = []
    /// The directory that relative source paths are resolved against (the configuration file's).
    public var baseDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    /// The file the configuration was loaded from, when it came from one; an export never writes
    /// its bundle over it.
    public var file: URL?
    /// The source kinds the configuration was checked with, which open its sources when exporting.
    ///
    /// ``ConfigurationLoader`` sets the registry it was given; by default ``DataSourceRegistry/standard``.
    public var registry: DataSourceRegistry = .standard

    /// Creates a configuration in code, for library users who do not write YAML.
    public init(
        controller: ControllerConfiguration, sources: [SourceConfiguration], baseDirectory: URL,
        identityTypes: [String: IdentityTypeConfiguration] = [:], discovery: DiscoveryConfiguration = .init()
    ) {
        self.version = Self.formatVersion
        self.controller = controller
        self.sources = sources
        self.baseDirectory = baseDirectory
        self.identityTypes = identityTypes
        self.discovery = discovery
    }

    /// The normalisation of `identityType`: as configured, or exact.
    public func normalization(of identityType: String) -> IdentityNormalization {
        identityTypes[identityType]?.normalization ?? .exact
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case version, controller, sources, discovery, extensions
        case identityTypes = "identity_types"
    }

    /// Decodes the YAML or JSON form, rejecting unknown keys.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        controller = try container.decode(ControllerConfiguration.self, forKey: .controller)
        sources = try container.decode([SourceConfiguration].self, forKey: .sources)
        identityTypes =
            try container.decodeIfPresent([String: IdentityTypeConfiguration].self, forKey: .identityTypes) ?? [:]
        discovery = try container.decodeIfPresent(DiscoveryConfiguration.self, forKey: .discovery) ?? .init()
        extensions = try container.decodeIfPresent([TaxonomyExtension].self, forKey: .extensions) ?? []
    }

    /// The files an export reads: the configuration file and every source's `path`.
    public var inputFiles: [URL] {
        (file.map { [$0] } ?? []) + sources.compactMap { $0.path.map(resolve(path:)) }
    }

    /// Resolves a path from the configuration against ``baseDirectory``.
    public func resolve(path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
        return baseDirectory.appendingPathComponent(path).standardizedFileURL
    }
}
