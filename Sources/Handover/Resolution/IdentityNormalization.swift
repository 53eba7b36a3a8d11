/// How identifier values of one identity type are brought to a canonical form before they are
/// compared.
///
/// Matching is equality of normalised values, on both sides: the subject's identifiers and the
/// values in the data go through the same rule, in Swift for files and through the same Swift code
/// registered as an SQL function for SQLite. A value that cannot be normalised (an e-mail address
/// without `@`, a phone number with letters) matches nothing.
public enum IdentityNormalization: Sendable, Equatable {
    /// The value exactly as stored: no trimming, no case folding. For ids and keys.
    case exact
    /// E-mail addresses; see ``EmailNormalization``.
    case email(EmailNormalization)
    /// Telephone numbers, brought to E.164; see ``PhoneNormalization``.
    case phone(PhoneNormalization)

    /// The canonical form of `text`, or `nil` when it cannot be one of these identifiers.
    public func normalize(_ text: String) -> String? {
        switch self {
        case .exact: text
        case .email(let rules): rules.normalize(text)
        case .phone(let rules): rules.normalize(text)
        }
    }

    /// A short name for messages and manifests: `exact`, `email`, `phone`.
    public var name: String {
        switch self {
        case .exact: "exact"
        case .email: "email"
        case .phone: "phone"
        }
    }
}
