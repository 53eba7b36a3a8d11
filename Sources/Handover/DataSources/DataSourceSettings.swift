/// The typed settings of a ``DataSourceKind``, decoded from the keys of a source's mapping.
///
/// Decoding follows the configuration's YAML rules; a key outside ``keys`` is refused with its line
/// before the settings are decoded, so a misspelt setting never passes silently.
public protocol DataSourceSettings: Decodable, Sendable {
    /// The setting names this kind reads, besides `id`, `kind`, `path` and `collections`.
    static var keys: [String] { get }
}

/// The settings of a kind that has none: any key beyond `id`, `kind`, `path` and `collections` is an
/// error.
public struct NoSettings: DataSourceSettings, Equatable {
    /// No keys.
    public static var keys: [String] { [] }

    /// Creates the empty settings.
    public init() {}

    /// Decodes nothing: unknown keys are refused before decoding.
    public init(from decoder: any Decoder) throws {}
}
