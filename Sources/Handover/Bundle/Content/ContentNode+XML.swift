extension ContentNode {
    /// The content of `element` as the object `form` describes it: attributes, text and child
    /// elements found where each member's placement puts them. What the form does not name is
    /// passed over (data.xml's schema, checked apart, refuses it); `encoding="base64"` text is
    /// decoded.
    ///
    /// - Throws: ``ContentError`` for base64 that does not decode, or a flag that is not
    ///   `true`/`false`.
    init(xml element: XMLContentElement, form: ContentForm, at pointer: String) throws(ContentError) {
        switch form {
        case .string:
            self = .string(element.text)
        case .bool, .list:
            self = .unexpected("an element")
        case .object(let members):
            var found: [Member] = []
            for member in members {
                let at = ContentError.pointer(pointer, member.name)
                if let node = try Self.find(member, in: element, at: at) {
                    found.append(Member(name: member.name, placement: member.placement, node: node))
                }
            }
            self = .object(found)
        }
    }

    private static func find(_ member: ContentForm.Member, in element: XMLContentElement, at pointer: String)
        throws(ContentError) -> ContentNode?
    {
        switch member.placement {
        case .attribute:
            guard let text = element.attributes[member.name] else { return nil }
            guard case .bool = member.form else { return .string(text) }
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .unexpected("'\(text)'")
            }
        case .text:
            return element.text.isEmpty && !member.required ? nil : .string(element.text)
        case .encodedText:
            guard let text = element.decodedText else {
                throw ContentError("text marked encoding=\"base64\" is not base64 of UTF-8", at: pointer)
            }
            return text.isEmpty && !member.required ? nil : .string(text)
        case .element:
            guard let child = element.child(member.name) else { return nil }
            return try ContentNode(xml: child, form: member.form, at: pointer)
        case .wrapped(let item):
            guard let wrapper = element.child(member.name) else { return nil }
            return try list(wrapper.children.filter { $0.name == item }, member.form, at: pointer)
        case .repeated(let name):
            return try list(element.children.filter { $0.name == name }, member.form, at: pointer)
        }
    }

    private static func list(_ elements: [XMLContentElement], _ form: ContentForm, at pointer: String)
        throws(ContentError) -> ContentNode
    {
        guard case .list(let item) = form else { return .unexpected("a list") }
        var items: [ContentNode] = []
        for (index, element) in elements.enumerated() {
            items.append(try ContentNode(xml: element, form: item, at: ContentError.pointer(pointer, "\(index)")))
        }
        return .list(items)
    }
}

extension XMLStreamWriter {
    /// Writes the members of the object `node` into the element open now: attributes first, then
    /// the element's own text, then child elements, each where its placement puts it.
    mutating func contentMembers(_ node: ContentNode) throws {
        guard case .object(let members, let order) = node else { return }
        var attributes = members.filter { $0.placement == .attribute }
        if let order {
            attributes.sort { (order.firstIndex(of: $0.name) ?? .max) < (order.firstIndex(of: $1.name) ?? .max) }
        }
        for member in attributes {
            switch member.node {
            case .string(let text): try attribute(member.name, text)
            case .bool(let flag): try attribute(member.name, flag ? "true" : "false")
            case .object, .list, .unexpected: break
            }
        }
        for member in members {
            guard case .string(let text) = member.node else { continue }
            switch member.placement {
            case .text:
                try self.text(text)
            case .encodedText:
                try encodedText(text)
            default: continue
            }
        }
        for member in members {
            switch member.placement {
            case .element: try contentElement(member.name, member.node)
            case .wrapped(let item):
                try startElement(member.name)
                if case .list(let items) = member.node {
                    for entry in items { try contentElement(item, entry) }
                }
                try endElement()
            case .repeated(let name):
                if case .list(let items) = member.node {
                    for entry in items { try contentElement(name, entry) }
                }
            case .attribute, .text, .encodedText: continue
            }
        }
    }

    /// Writes `node` as the element `name`.
    private mutating func contentElement(_ name: String, _ node: ContentNode) throws {
        switch node {
        case .string(let text): try element(name, text)
        case .object:
            try startElement(name)
            try contentMembers(node)
            try endElement()
        case .bool, .list, .unexpected: break
        }
    }
}
