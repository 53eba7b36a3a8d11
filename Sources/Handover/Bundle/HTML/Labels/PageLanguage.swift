/// A language the subject's page can be written in.
public enum PageLanguage: String, CaseIterable, Sendable {
    /// English.
    case en
    /// Dutch.
    case nl
    /// Romanian.
    case ro
    /// Danish.
    case da

    /// The language of a BCP 47 tag or configuration value (`nl`, `nl-NL`, `da_DK`, `RO`); `nil`
    /// for a language the page is not written in.
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self.init(rawValue: primary.lowercased())
    }
}
