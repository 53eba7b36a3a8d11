import Foundation
import Testing
import ZIPFoundation

extension Fixtures {
    /// The `id` (or the field `idField` names for the collection) of every record in the `data.json`
    /// of the bundle at `bundle`, counted per collection name: what a subject receives, read with
    /// Foundation's JSON parser rather than Handover's.
    static func recordIDs(in bundle: URL, idField: [String: String] = [:]) throws -> [String: [String: Int]] {
        let archive = try Archive(url: bundle, accessMode: .read)
        let entry = try #require(archive["data.json"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let collections = try #require(root["collections"] as? [[String: Any]])
        var ids: [String: [String: Int]] = [:]
        for collection in collections {
            let name = try #require(collection["name"] as? String)
            var counts: [String: Int] = [:]
            for record in try #require(collection["records"] as? [[String: Any]]) {
                let id = try #require((record[idField[name] ?? "id"] as? [String: Any])?["value"])
                let text = (id as? String) ?? (id as? Int).map(String.init) ?? "\(id)"
                counts[text, default: 0] += 1
            }
            ids[name] = counts
        }
        return ids
    }
}
