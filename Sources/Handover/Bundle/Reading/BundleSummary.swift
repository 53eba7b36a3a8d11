public import Foundation

/// What a person or a support desk wants to know about a bundle at a glance: whose it is, from
/// whom, in which scope, how many records of which categories, and whether each file is intact.
///
/// Built by streaming `data.json` once (records are counted, never kept) and hashing every entry.
public struct BundleSummary: Sendable, Encodable {
    /// One collection's figures.
    public struct Collection: Sendable, Equatable, Encodable {
        /// `source/collection`.
        public var name: String
        /// The number of records.
        public var records: Int
        /// The data categories of its fields.
        public var categories: [String]
    }

    /// One entry and whether it matches the manifest.
    public struct File: Sendable, Equatable, Encodable {
        /// The path in the zip.
        public var path: String
        /// The uncompressed size.
        public var size: UInt64
        /// `true` when the size and SHA-256 match the manifest (the manifest itself: `nil`).
        public var intact: Bool?
    }

    /// The manifest.
    public var manifest: Manifest
    /// The controller and subject, from `data.json`.
    public var header: BundleHeader
    /// Per collection, in bundle order.
    public var collections: [Collection]
    /// Per data category, the number of records that hold a value of it, sorted by category.
    public var recordsByCategory: [(category: String, records: Int)]
    /// Every entry of the zip.
    public var files: [File]

    /// Summarises the bundle at `url`.
    ///
    /// - Throws: ``HandoverError`` when the zip, the manifest or `data.json` cannot be read.
    public init(bundleAt url: URL) throws {
        let bundle = try HandoverBundle(contentsOf: url)
        manifest = try bundle.manifest()
        var header: BundleHeader?
        var collections: [Collection] = []
        var byCategory: [String: Int] = [:]
        var currentFields: [String: String] = [:]
        try bundle.readData(from: .json) { item, _ in
            switch item {
            case .header(let value): header = value
            case .collection(let collection):
                currentFields = Dictionary(
                    collection.fields.map { ($0.name, $0.category) }, uniquingKeysWith: { first, _ in first })
                collections.append(
                    Collection(
                        name: "\(collection.source)/\(collection.name)", records: 0,
                        categories: Array(Set(collection.fields.map(\.category))).sorted()))
            case .record(let record):
                collections[collections.count - 1].records += 1
                var seen: Set<String> = []
                for field in record.fields where field.value != .null {
                    if let category = currentFields[field.name], seen.insert(category).inserted {
                        byCategory[category, default: 0] += 1
                    }
                }
            case .collectionEnd: break
            }
        }
        guard let header else {
            throw HandoverError(.bundleInvalid, "data.json holds no header", at: .init(file: "data.json"))
        }
        self.header = header
        self.collections = collections
        recordsByCategory = byCategory.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let listed = Dictionary(manifest.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        // Each listed entry is hashed as it inflates, none written to disk; an entry the manifest
        // does not list cannot match it and is not read at all (however large it claims to be).
        files = try bundle.entries.map { entry in
            guard entry.path != "manifest.json" else { return File(path: entry.path, size: entry.size, intact: nil) }
            guard let expected = listed[entry.path] else {
                return File(path: entry.path, size: entry.size, intact: false)
            }
            let actual = try bundle.checksum(of: entry.path)
            return File(
                path: entry.path, size: entry.size,
                intact: expected.size == actual.size && expected.sha256 == actual.sha256)
        }
    }
}

extension BundleSummary {
    enum CodingKeys: String, CodingKey {
        case bundleId, scope, createdAt, generator, controller, subject, discovered, collections, excluded
        case recordsByCategory, files
    }

    private struct CategoryCount: Encodable {
        var category: String
        var records: Int
    }

    /// Encodes what `handover inspect` shows: the manifest's id, scope, date and generator, the
    /// controller, the subject's identifiers and the ones discovered, the collections with their
    /// counts and categories, the collections left out, records per category, and the files with
    /// whether each matches the manifest.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(manifest.bundleId, forKey: .bundleId)
        try container.encode(manifest.scope, forKey: .scope)
        try container.encode(manifest.createdAt, forKey: .createdAt)
        try container.encode(manifest.generator, forKey: .generator)
        try container.encode(header.controller.name, forKey: .controller)
        try container.encode(header.identifiers.map(\.description), forKey: .subject)
        try container.encode(header.discovered, forKey: .discovered)
        try container.encode(collections, forKey: .collections)
        try container.encode(manifest.excluded, forKey: .excluded)
        try container.encode(
            recordsByCategory.map { CategoryCount(category: $0.category, records: $0.records) },
            forKey: .recordsByCategory)
        try container.encode(files, forKey: .files)
    }
}
