import Foundation
import Handover
import Hummingbird

/// The body of `POST /requests`, after OpenGDPR's: the right exercised, the subject's identities
/// (already verified by whoever calls this server), and the language of the bundle's page.
///
/// ```json
/// {"subject_request_type": "access",
///  "subject_identities": [{"identity_type": "email", "identity_value": "alice@example.com"}],
///  "language": "nl"}
/// ```
struct SubjectRequest: Decodable, Sendable {
    struct Identity: Decodable, Sendable {
        var type: String
        var value: String

        enum CodingKeys: String, CodingKey {
            case type = "identity_type"
            case value = "identity_value"
        }
    }

    /// `access` (Art. 15) or `portability` (Art. 20).
    var requestType: String
    var identities: [Identity]
    var language: String?

    enum CodingKeys: String, CodingKey {
        case requestType = "subject_request_type"
        case identities = "subject_identities"
        case language
    }

    /// The export request, or a message saying what is wrong with the body.
    func exportRequest() throws(HTTPError) -> ExportRequest {
        guard let scope = ExportScope(rawValue: requestType) else {
            throw HTTPError(.badRequest, message: "subject_request_type must be access or portability")
        }
        guard !identities.isEmpty else {
            throw HTTPError(.badRequest, message: "subject_identities must name at least one identity")
        }
        var language: PageLanguage?
        if let tag = self.language {
            guard let known = PageLanguage(tag: tag) else {
                throw HTTPError(.badRequest, message: "language must be one of en, nl, ro, da")
            }
            language = known
        }
        return ExportRequest(
            identifiers: identities.map { SubjectIdentifier(type: $0.type, value: $0.value) },
            scope: scope, language: language)
    }
}

/// What `GET /requests/{id}` answers: the state, the progress of a running export and the report
/// of a finished one. It never repeats the subject's identifiers.
struct RequestStatus: ResponseEncodable, Sendable {
    /// `queued`, `running`, `completed`, `failed` or `cancelled`.
    var status: String
    var id: String
    /// The phase or collection being worked on.
    var phase: String?
    var collection: String?
    var bytesRead: Int64?
    var bytesTotal: Int64?
    var records: Int?
    /// The export's report, once completed.
    var report: ExportSummary?
    /// What went wrong (file, line and field, never a value), once failed.
    var error: String?
    var createdAt: Date
    var finishedAt: Date?
}
