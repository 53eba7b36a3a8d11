/// A coding key made from any string, used to see every key a YAML mapping holds.
struct AnyCodingKey: CodingKey, Hashable {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init?(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension Decoder {
    /// Fails when the mapping being decoded holds a key outside `allowed`.
    ///
    /// Configuration typos (`legal_bassis`) must not be ignored silently: a misspelt key would
    /// otherwise drop a rule the privacy engineer meant to state.
    ///
    /// - Parameter allowed: The keys this mapping may hold.
    /// - Throws: `DecodingError.dataCorrupted` naming the unknown key and the allowed ones.
    func rejectUnknownKeys(allowed: [String]) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath + [key],
                    debugDescription:
                        "unknown key '\(key.stringValue)'; allowed here: \(allowed.joined(separator: ", "))"
                )
            )
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a value that may be written as one item or as a list of items.
    func decodeOneOrMany<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> [T]? {
        guard contains(key) else { return nil }
        if let many = try? decode([T].self, forKey: key) { return many }
        return [try decode(T.self, forKey: key)]
    }
}
