import JSONCore

extension ContentNode {
    /// A value of data.json as content: JSON numbers and null, which the content never holds, are
    /// kept as ``unexpected(_:)`` for the shape to refuse.
    init(json value: JSONValue) {
        switch value {
        case .string(let text): self = .string(text)
        case .bool(let flag): self = .bool(flag)
        case .array(let items): self = .list(items.map(ContentNode.init(json:)))
        case .object(let members):
            self = .object(
                members.map { Member(name: $0.key, placement: .element, node: ContentNode(json: $0.value)) })
        case .number: self = .unexpected("a number")
        case .null: self = .unexpected("null")
        }
    }
}

extension JSONStreamWriter {
    /// Writes `node` as a JSON value.
    mutating func content(_ node: ContentNode) throws {
        switch node {
        case .string(let text): try string(text)
        case .bool(let flag): try bool(flag)
        case .object:
            try beginObject()
            try contentMembers(node)
            try endObject()
        case .list(let items):
            try beginArray()
            for item in items { try content(item) }
            try endArray()
        case .unexpected: try null()
        }
    }

    /// Writes the members of the object `node` into the object open now.
    mutating func contentMembers(_ node: ContentNode) throws {
        guard case .object(let members, _) = node else { return }
        for member in members {
            try key(member.name)
            try content(member.node)
        }
    }
}
