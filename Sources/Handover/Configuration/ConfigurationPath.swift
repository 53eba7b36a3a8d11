internal import Yams

/// A position inside a configuration document: mapping keys and list indexes from the root.
public struct ConfigurationPath: Sendable, Hashable, CustomStringConvertible {
    /// One step into the document.
    public enum Component: Sendable, Hashable {
        /// A key of a mapping.
        case key(String)
        /// An index into a list.
        case index(Int)
    }

    /// The steps from the document root.
    public var components: [Component]

    /// Creates a path from its steps.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// This path extended by a key.
    public func appending(_ key: String) -> ConfigurationPath {
        ConfigurationPath(components + [.key(key)])
    }

    /// This path extended by a list index.
    public func appending(index: Int) -> ConfigurationPath {
        ConfigurationPath(components + [.index(index)])
    }

    /// The path as written in messages: `sources[0].collections[1].legal_basis`.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(document root)" : text
    }

    /// Creates a path from a decoder's coding path.
    init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue { return .index(index) }
            return .key(key.stringValue)
        }
    }

    /// The 1-based line where this path's value (or its nearest existing ancestor) starts in `root`.
    func line(in root: Node?) -> Int? {
        guard var node = root else { return nil }
        var line = node.mark?.line
        for component in components {
            switch (component, node) {
            case (.key(let key), .mapping(let mapping)):
                guard let pair = mapping.first(where: { $0.key.string == key }) else { return line }
                node = pair.value
                line = pair.key.mark?.line ?? node.mark?.line
            case (.index(let index), .sequence(let sequence)) where sequence.indices.contains(index):
                node = sequence[index]
                line = node.mark?.line
            default:
                return line
            }
        }
        return line
    }
}
