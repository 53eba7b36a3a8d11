public import Foundation

/// `manifest.json`: what a bundle is, whom it is about, and a checksum for every other entry.
///
/// A receiving controller reads the manifest first and checks each entry's size and SHA-256
/// before trusting its content.
public struct Manifest: Sendable, Codable, Equatable {
    /// The program that wrote a bundle.
    public struct Generator: Sendable, Codable, Equatable {
        /// Its name, `handover`.
        public var name: String
        /// Its version.
        public var version: String

        /// The JSON member names.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case name, version
        }
    }

    /// One collection's record count.
    public struct CollectionCount: Sendable, Codable, Equatable {
        /// The source's id.
        public var source: String
        /// The collection's name.
        public var name: String
        /// How many of the subject's records the bundle holds.
        public var records: Int

        /// The JSON member names.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case source, name, records
        }
    }

    /// A collection the scope left out, and why.
    public struct ExcludedCollection: Sendable, Codable, Equatable {
        /// The source's id.
        public var source: String
        /// The collection's name.
        public var name: String
        /// Why it is not in the bundle.
        public var reason: String

        /// The JSON member names.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case source, name, reason
        }
    }

    /// A collection that is not in the bundle because its source failed while it was read (an
    /// export that allowed a partial bundle).
    public struct MissingCollection: Sendable, Codable, Equatable {
        /// The source's id.
        public var source: String
        /// The collection's name.
        public var name: String
        /// The error's code, such as `data-invalid` or `source-busy`.
        public var code: String
        /// What failed, naming the file, line and field (never a value from the data).
        public var reason: String

        /// The JSON member names.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case source, name, code, reason
        }
    }

    /// One identifier of the subject, as the request gave it.
    public struct Identifier: Sendable, Codable, Equatable {
        /// The identity type.
        public var type: String
        /// The value.
        public var value: String

        /// The JSON member names.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case type, value
        }
    }

    /// One entry of the bundle other than the manifest itself.
    public struct Entry: Sendable, Codable, Equatable {
        /// The path inside the zip.
        public var path: String
        /// The media type.
        public var mediaType: String
        /// The uncompressed size in bytes.
        public var size: Int64
        /// The lowercase hex SHA-256 of the uncompressed content.
        public var sha256: String

        /// The JSON member names.
        public enum CodingKeys: String, CodingKey, CaseIterable {
            case path, mediaType, size, sha256
        }
    }

    /// Always `handover-bundle-manifest`.
    public var format: String = "handover-bundle-manifest"
    /// The bundle format version.
    public var formatVersion: Int
    /// The program that wrote the bundle.
    public var generator: Generator
    /// A unique id: random, or derived from the content for deterministic exports.
    public var bundleId: String
    /// When the bundle was written, RFC 3339 in UTC.
    public var createdAt: String
    /// Which right the request exercises.
    public var scope: ExportScope
    /// The subject's identifiers as given.
    public var subject: [Identifier]
    /// Identifiers found in the subject's records that took part in matching.
    public var discoveredIdentifiers: [DiscoveredIdentifier]
    /// The record count of every collection exported, including those with none.
    public var collections: [CollectionCount]
    /// The collections the scope left out.
    public var excluded: [ExcludedCollection]
    /// The collections missing because their source failed while it was read; `nil` (and absent
    /// from the JSON) when the bundle is complete.
    public var missing: [MissingCollection]? = nil
    /// Every other entry, sorted by path.
    public var entries: [Entry]

    /// The JSON member names.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case format, formatVersion, generator, bundleId, createdAt, scope, subject, discoveredIdentifiers
        case collections, excluded, missing, entries
    }

    /// The manifest as UTF-8 JSON: pretty-printed with sorted keys, so that equal manifests are
    /// equal bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
