/// The JSON Schema release a schema is written for.
///
/// 2020-12 is the dialect the validator implements fully. Schemas that declare an older release in `$schema`
/// (typically remote documents referenced from a 2020-12 schema) are read with that release's keywords where
/// they differ: array-form `items` with `additionalItems`, `dependencies`, `$recursiveRef`, and (up to
/// draft 7) `$ref` that hides its sibling keywords.
enum Draft: Int, Comparable, Sendable {
    /// Draft 4 (`id`, boolean `exclusiveMaximum`).
    case draft4 = 4
    /// Draft 6.
    case draft6 = 6
    /// Draft 7.
    case draft7 = 7
    /// Draft 2019-09.
    case draft2019 = 2019
    /// Draft 2020-12.
    case draft2020 = 2020

    /// Orders releases by date.
    static func < (lhs: Draft, rhs: Draft) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
