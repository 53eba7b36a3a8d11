/// How one type of the model is held in a bundle: its members, each with its name, its place in
/// data.xml, its form and whether it is required, how it is taken from a value, and how a value is
/// made again from what a reader found.
///
/// This is the one description of a bundle's content: ``DataJSONWriter`` and ``DataXMLWriter``
/// render what it produces, and ``DataJSONReader`` and ``DataXMLReader`` decode through it, so a
/// new member is added here (and to the schemas in `Schemas/`, the published contract, which a test
/// checks against real bundles).
struct ContentShape<Model>: Sendable {
    /// One member: its description and how to take it from a model value.
    struct Member: Sendable {
        var form: ContentForm.Member
        /// The member's value, or `nil` when it is left out.
        var encode: @Sendable (Model) -> ContentNode?
    }

    /// The members, in the order data.json writes them.
    let members: [Member]
    /// The order of data.xml's attributes, when it differs from the members'.
    let xmlAttributeOrder: [String]?
    private let make: @Sendable (ContentObjectReader) throws(ContentError) -> Model

    /// Describes a type by its members and the way to make a value from them.
    init(
        _ members: [Member], xmlAttributeOrder: [String]? = nil,
        make: @escaping @Sendable (ContentObjectReader) throws(ContentError) -> Model
    ) {
        self.members = members
        self.xmlAttributeOrder = xmlAttributeOrder
        self.make = make
    }

    /// The form of the whole object, for reading data.xml.
    var form: ContentForm { .object(members.map(\.form)) }

    /// The content of `model`.
    func node(_ model: Model) -> ContentNode {
        .object(
            members.compactMap { member in
                member.encode(model).map {
                    ContentNode.Member(name: member.form.name, placement: member.form.placement, node: $0)
                }
            }, xmlAttributeOrder: xmlAttributeOrder)
    }

    /// The model value `node` holds: an object with no unknown or repeated members and every
    /// required one.
    ///
    /// - Throws: ``ContentError`` naming the member, below `pointer`.
    func decode(_ node: ContentNode, at pointer: String) throws(ContentError) -> Model {
        guard case .object(let found, _) = node else { throw ContentError("an object is expected here", at: pointer) }
        var values: [String: ContentNode] = [:]
        for member in found {
            let at = ContentError.pointer(pointer, member.name)
            guard members.contains(where: { $0.form.name == member.name }) else {
                throw ContentError("unknown member '\(member.name)'", at: at)
            }
            guard values[member.name] == nil else {
                throw ContentError("the member '\(member.name)' occurs twice", at: at)
            }
            values[member.name] = member.node
        }
        for member in members where member.form.required && values[member.form.name] == nil {
            throw ContentError("the member '\(member.form.name)' is missing", at: pointer)
        }
        return try make(ContentObjectReader(values: values, pointer: pointer))
    }
}

extension ContentShape.Member {
    /// Required text.
    static func string(
        _ name: String, _ placement: XMLPlacement = .element, _ get: @escaping @Sendable (Model) -> String
    ) -> Self {
        Self(form: .init(name: name, placement: placement, form: .string, required: true)) { .string(get($0)) }
    }

    /// Text left out when `nil`.
    static func optionalString(
        _ name: String, _ placement: XMLPlacement = .element, _ get: @escaping @Sendable (Model) -> String?
    ) -> Self {
        Self(form: .init(name: name, placement: placement, form: .string, required: false)) {
            get($0).map(ContentNode.string)
        }
    }

    /// A required flag.
    static func bool(
        _ name: String, _ placement: XMLPlacement = .attribute, _ get: @escaping @Sendable (Model) -> Bool
    ) -> Self {
        Self(form: .init(name: name, placement: placement, form: .bool, required: true)) { .bool(get($0)) }
    }

    /// A required object, as a child element in data.xml.
    static func object<Value>(
        _ name: String, _ shape: ContentShape<Value>, _ get: @escaping @Sendable (Model) -> Value
    ) -> Self {
        Self(form: .init(name: name, placement: .element, form: shape.form, required: true)) {
            shape.node(get($0))
        }
    }

    /// An object left out when `nil`.
    static func optionalObject<Value>(
        _ name: String, _ shape: ContentShape<Value>, _ get: @escaping @Sendable (Model) -> Value?
    ) -> Self {
        Self(form: .init(name: name, placement: .element, form: shape.form, required: false)) {
            get($0).map(shape.node)
        }
    }

    /// A list of text. An optional list reads as empty when absent; `omittedWhenEmpty` leaves an
    /// empty one out of data.json.
    static func strings(
        _ name: String, _ placement: XMLPlacement, required: Bool = true, omittedWhenEmpty: Bool = false,
        _ get: @escaping @Sendable (Model) -> [String]
    ) -> Self {
        Self(form: .init(name: name, placement: placement, form: .list(.string), required: required)) {
            let items = get($0)
            return omittedWhenEmpty && items.isEmpty ? nil : .list(items.map(ContentNode.string))
        }
    }

    /// A list of objects, as ``strings(_:_:required:omittedWhenEmpty:_:)``.
    static func objects<Value>(
        _ name: String, _ placement: XMLPlacement, _ shape: ContentShape<Value>, required: Bool = true,
        omittedWhenEmpty: Bool = false, _ get: @escaping @Sendable (Model) -> [Value]
    ) -> Self {
        Self(form: .init(name: name, placement: placement, form: .list(shape.form), required: required)) {
            let items = get($0)
            return omittedWhenEmpty && items.isEmpty ? nil : .list(items.map(shape.node))
        }
    }
}
