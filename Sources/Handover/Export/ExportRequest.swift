public import Foundation

/// What to export: whose data, in which scope, and how.
public struct ExportRequest: Sendable {
    /// The subject's identifiers.
    public var identifiers: [SubjectIdentifier]
    /// Which right the request exercises.
    public var scope: ExportScope
    /// Whether to make the bundle byte-identical for identical data: fixed timestamps and a
    /// bundle id derived from the content.
    public var deterministic: Bool
    /// The language of `index.html`; `nil` for the controller's language (or English).
    public var language: PageLanguage?
    /// The request's id in logs (metadata `request-id`): the caller's ticket number, or a new UUID.
    public var id: String
    /// Whether a source that fails while it is read leaves its collections out of the bundle
    /// (listed in the manifest's `missing` and on the page) instead of failing the export.
    public var allowsPartial = false

    /// Creates a request.
    public init(
        identifiers: [SubjectIdentifier], scope: ExportScope = .access, deterministic: Bool = false,
        language: PageLanguage? = nil, id: String = UUID().uuidString.lowercased()
    ) {
        self.id = id
        self.identifiers = identifiers
        self.scope = scope
        self.deterministic = deterministic
        self.language = language
    }
}
