/// A compiled schema: every reachable subschema as a ``SchemaNode``, with references turned into node indices.
///
/// Built once by ``SchemaCompiler`` and never changed afterwards, so one program serves any number of
/// validations, from any number of threads.
final class SchemaProgram: Sendable {
    /// The nodes; references between them are indices into this array.
    let nodes: [SchemaNode]
    /// The schema resources (subschemas with their own URI) the nodes belong to.
    let resources: [SchemaResource]
    /// The node to start validation at.
    let root: Int
    /// Whether any node has a dynamic reference, so that evaluation must track the dynamic scope.
    let usesDynamicScope: Bool

    /// Creates a program.
    init(nodes: [SchemaNode], resources: [SchemaResource], root: Int) {
        self.nodes = nodes
        self.resources = resources
        self.root = root
        usesDynamicScope = nodes.contains { $0.applicators?.value.dynamicReference?.anchor != nil }
    }
}
