import Foundation
import Handover
import Hummingbird

/// An example DSAR server: receives verified subject requests, runs the exports in the background
/// (a few at a time), reports their progress, lets them be cancelled, and hands the bundles over.
///
/// ```
/// HANDOVER_CONFIG=handover.yaml DSAR_TOKEN=… PORT=8080 swift run DSARServer
/// ```
///
/// - `POST /requests` — an OpenGDPR-like body (``SubjectRequest``); answers 201 with the status.
/// - `GET /requests/{id}` — status, progress and, once completed, the report.
/// - `GET /requests/{id}/bundle` — the zip, once completed (409 before).
/// - `DELETE /requests/{id}` — cancels a queued or running export.
///
/// Every route needs `Authorization: Bearer $DSAR_TOKEN` (401 otherwise). The server listens on
/// 127.0.0.1 only: put it behind the proxy that terminates TLS.
@main
struct DSARServer {
    static func main() async throws {
        let settings: ServerSettings
        let configuration: Configuration
        do {
            settings = try ServerSettings.fromEnvironment(ProcessInfo.processInfo.environment)
            configuration = try ConfigurationLoader().load(from: settings.configuration)
        } catch {
            FileHandle.standardError.write(Data("dsar-server: \(error)\n".utf8))
            exit(78)
        }
        let store = try RequestStore(
            exporter: Exporter(configuration: configuration), directory: settings.bundleDirectory,
            limit: settings.maxConcurrentExports)
        let application = Application(
            router: makeRouter(store: store, token: settings.token),
            configuration: .init(address: .hostname("127.0.0.1", port: settings.port), serverName: "dsar-server"))
        let lifetime = settings.bundleLifetime
        Task {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(1))
                let seconds = Double(lifetime.components.seconds)
                await store.removeFinished(before: Date().addingTimeInterval(-seconds))
            }
        }
        try await application.runService()
    }

    static func makeRouter(store: RequestStore, token: String) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: BearerTokenMiddleware(token: token))
        router.post("requests") { request, context -> Response in
            let body = try await request.decode(as: SubjectRequest.self, context: context)
            let status = await store.create(try body.exportRequest())
            var response = try status.response(from: request, context: context)
            response.status = .created
            response.headers[.location] = "/requests/\(status.id)"
            return response
        }
        router.get("requests/:id") { _, context -> RequestStatus in
            let id = try context.parameters.require("id")
            guard let status = await store.status(id) else { throw HTTPError(.notFound) }
            return status
        }
        router.get("requests/:id/bundle") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard await store.status(id) != nil else { throw HTTPError(.notFound) }
            guard let bundle = await store.bundle(id) else {
                throw HTTPError(.conflict, message: "the bundle is not ready: see GET /requests/\(id)")
            }
            let body = try await FileIO().loadFile(path: bundle.path, context: context)
            var headers = HTTPFields()
            headers[.contentType] = "application/zip"
            headers[.contentDisposition] = "attachment; filename=\"\(id).zip\""
            return Response(status: .ok, headers: headers, body: body)
        }
        router.delete("requests/:id") { _, context -> Response in
            let id = try context.parameters.require("id")
            guard await store.cancel(id) else { throw HTTPError(.notFound) }
            return Response(status: .accepted)
        }
        return router
    }
}
