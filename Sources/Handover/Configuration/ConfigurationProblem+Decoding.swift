import Foundation

extension ConfigurationProblem {
    /// The problem a decoding error reports, with a readable message: the missing key, the expected
    /// type, or the allowed values of a vocabulary.
    ///
    /// - Parameters:
    ///   - error: What the decoder threw.
    ///   - prefix: Where the decoded value is in the document; the error's coding path is below it.
    public init(_ error: DecodingError, under prefix: ConfigurationPath) {
        let path: ConfigurationPath
        let message: String
        switch error {
        case .keyNotFound(let key, let context):
            path = ConfigurationPath(codingPath: context.codingPath)
            message = "the required key '\(key.stringValue)' is missing"
        case .typeMismatch(let type, let context):
            path = ConfigurationPath(codingPath: context.codingPath)
            message = "expected \(Self.describe(type)) here"
        case .valueNotFound(let type, let context):
            path = ConfigurationPath(codingPath: context.codingPath)
            message = "expected \(Self.describe(type)), found nothing"
        case .dataCorrupted(let context):
            path = ConfigurationPath(codingPath: context.codingPath)
            message = Self.readable(context.debugDescription)
        @unknown default:
            path = ConfigurationPath()
            message = "\(error)"
        }
        self.init(
            at: ConfigurationPath(prefix.components + path.components), message,
            hint: "See the configuration reference in README.md")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        case is [String].Type: "a list of text"
        default: "a \(type)"
        }
    }

    private static func readable(_ debugDescription: String) -> String {
        // Yams reports an unknown enum case as "Cannot initialize X from invalid String value y".
        if let range = debugDescription.range(of: "from invalid String value ") {
            let value = debugDescription[range.upperBound...]
            let typeName = debugDescription.components(separatedBy: " ").dropFirst(2).first ?? ""
            let allowed: [String] =
                switch typeName {
                case "LegalBasis": LegalBasis.allCases.map(\.rawValue)
                case "Provenance": Provenance.allCases.map(\.rawValue)
                case "ValueType": ValueType.allCases.map(\.rawValue)
                case "ThirdPartyHandling": FieldConfiguration.ThirdPartyHandling.allCases.map(\.rawValue)
                default: []
                }
            if !allowed.isEmpty {
                return "'\(value)' is not allowed here; use one of: \(allowed.joined(separator: ", "))"
            }
            return "'\(value)' is not allowed here"
        }
        return debugDescription
    }
}
