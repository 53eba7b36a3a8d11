/// The form of a member's value, without the value: what a reader of `data.xml` needs to know to
/// find it (JSON says by itself whether a value is text, an object or an array; XML does not).
indirect enum ContentForm: Sendable {
    /// One member of an object form.
    struct Member: Sendable {
        var name: String
        var placement: XMLPlacement
        var form: ContentForm
        var required: Bool
    }

    /// Text.
    case string
    /// `true` or `false`.
    case bool
    /// An object with these members.
    case object([Member])
    /// A list of values of one form.
    case list(ContentForm)
}
