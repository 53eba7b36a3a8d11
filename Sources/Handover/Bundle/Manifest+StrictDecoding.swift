public import Foundation
import JSONCore

extension Manifest {
    /// Decodes `manifest.json` strictly: valid RFC 8259 JSON without duplicate keys, no unknown or
    /// missing members, every value of the right type.
    ///
    /// Whether the format and version are ones this Handover reads is left to the caller (see
    /// ``BundleValidator``), so that a newer manifest can still be shown.
    ///
    /// - Parameters:
    ///   - data: The manifest's bytes.
    ///   - entry: The name used in errors.
    /// - Returns: The manifest.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/bundleInvalid``, naming the JSON
    ///   pointer of the first problem.
    public static func decodeStrictly(_ data: Data, entry: String = "manifest.json") throws(HandoverError) -> Manifest {
        let value: JSONValue
        do {
            value = try JSONParser.parse(data)
        } catch {
            throw HandoverError(
                .bundleInvalid, "invalid JSON: \(error.explanation)",
                at: .init(file: entry, line: error.line, column: error.column))
        }
        try checkMembers(value, entry: entry)
        do {
            return try JSONDecoder().decode(Manifest.self, from: data)
        } catch let error as DecodingError {
            let (path, message): ([any CodingKey], String) =
                switch error {
                case .typeMismatch(let type, let context): (context.codingPath, "expected \(type) here")
                case .valueNotFound(let type, let context): (context.codingPath, "expected \(type), found null")
                case .keyNotFound(let key, let context):
                    (context.codingPath, "the member '\(key.stringValue)' is missing")
                case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
                @unknown default: ([], "\(error)")
                }
            let pointer = path.map { "/" + ($0.intValue.map(String.init) ?? $0.stringValue) }.joined()
            throw HandoverError(.bundleInvalid, message, at: .init(file: entry, field: pointer.isEmpty ? "/" : pointer))
        } catch {
            throw HandoverError(.bundleInvalid, "\(error)", at: .init(file: entry))
        }
    }

    /// The member names each kind of object in a manifest may have, from the coding keys.
    static let memberNames:
        (
            manifest: Set<String>, generator: Set<String>, identifier: Set<String>, collection: Set<String>,
            entry: Set<String>
        ) = (
            Set(CodingKeys.allCases.map(\.rawValue)), Set(Generator.CodingKeys.allCases.map(\.rawValue)),
            Set(Identifier.CodingKeys.allCases.map(\.rawValue)),
            Set(CollectionCount.CodingKeys.allCases.map(\.rawValue)),
            Set(Entry.CodingKeys.allCases.map(\.rawValue))
        )

    private static func checkMembers(_ value: JSONValue, entry: String) throws(HandoverError) {
        func check(_ value: JSONValue?, _ allowed: Set<String>, _ pointer: String) throws(HandoverError) {
            guard case .object(let members)? = value else { return }
            for member in members where !allowed.contains(member.key) {
                throw HandoverError(
                    .bundleInvalid, "unknown member '\(member.key)'",
                    at: .init(file: entry, field: "\(pointer)/\(member.key)"),
                    hint: "This Handover reads manifest format version \(BundleHeader.formatVersion)")
            }
        }
        func checkItems(_ value: JSONValue?, _ allowed: Set<String>, _ pointer: String) throws(HandoverError) {
            guard case .array(let items)? = value else { return }
            for (index, item) in items.enumerated() { try check(item, allowed, "\(pointer)/\(index)") }
        }
        try check(value, memberNames.manifest, "")
        try check(value["generator"], memberNames.generator, "/generator")
        try checkItems(value["subject"], memberNames.identifier, "/subject")
        try checkItems(value["collections"], memberNames.collection, "/collections")
        try checkItems(value["entries"], memberNames.entry, "/entries")
        try checkItems(
            value["discoveredIdentifiers"], Set(DiscoveredIdentifier.CodingKeys.allCases.map(\.rawValue)),
            "/discoveredIdentifiers")
        try checkItems(value["excluded"], Set(ExcludedCollection.CodingKeys.allCases.map(\.rawValue)), "/excluded")
        try checkItems(value["missing"], Set(MissingCollection.CodingKeys.allCases.map(\.rawValue)), "/missing")
    }
}
