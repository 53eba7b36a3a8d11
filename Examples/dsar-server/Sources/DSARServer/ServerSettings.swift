import Foundation

/// The server's settings, read from the environment.
struct ServerSettings: Sendable {
    /// The Handover configuration (`HANDOVER_CONFIG`).
    var configuration: URL
    /// The bearer token every request must carry (`DSAR_TOKEN`).
    var token: String
    /// The loopback port to listen on (`PORT`, default 8080).
    var port: Int
    /// How many exports run at once (`MAX_CONCURRENT_EXPORTS`, default 2); others queue.
    var maxConcurrentExports: Int
    /// How long a finished bundle is kept (`BUNDLE_TTL_SECONDS`, default 3600).
    var bundleLifetime: Duration
    /// Where bundles are kept (`BUNDLE_DIRECTORY`, default a new folder in the temporary directory).
    var bundleDirectory: URL

    /// Reads the settings; fails with a message naming the variable that is missing or wrong.
    static func fromEnvironment(_ environment: [String: String]) throws -> ServerSettings {
        func number(_ name: String, default value: Int) throws -> Int {
            guard let text = environment[name] else { return value }
            guard let number = Int(text), number > 0 else { throw SettingsError("\(name) must be a positive number") }
            return number
        }
        guard let configuration = environment["HANDOVER_CONFIG"], !configuration.isEmpty else {
            throw SettingsError("HANDOVER_CONFIG must name the Handover configuration file")
        }
        guard let token = environment["DSAR_TOKEN"], token.utf8.count >= 16 else {
            throw SettingsError("DSAR_TOKEN must hold the bearer token, at least 16 characters")
        }
        let directory =
            environment["BUNDLE_DIRECTORY"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("dsar-bundles-\(UUID().uuidString)")
        return ServerSettings(
            configuration: URL(fileURLWithPath: configuration), token: token,
            port: try number("PORT", default: 8080),
            maxConcurrentExports: try number("MAX_CONCURRENT_EXPORTS", default: 2),
            bundleLifetime: .seconds(try number("BUNDLE_TTL_SECONDS", default: 3600)),
            bundleDirectory: directory)
    }
}

/// A setting that is missing or wrong.
struct SettingsError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
