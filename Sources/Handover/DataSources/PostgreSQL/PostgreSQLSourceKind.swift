import Foundation

/// The `postgresql` kind: a PostgreSQL database whose tables (or views) are the collections (see
/// ``PostgreSQLSource``).
///
/// ```yaml
/// - id: shop
///   kind: postgresql
///   url: postgresql://handover@db.internal:5432/shop?sslmode=require
///   password_env: SHOP_DB_PASSWORD      # or password_file: /run/secrets/shop-db
///   collections:
///     - name: customers
///       table: sales.customers          # schema-qualified; default schema: search_path
/// ```
///
/// Without `url`, libpq's `PG*` environment variables (`PGHOST`, `PGPORT`, `PGDATABASE`,
/// `PGUSER`, `PGSSLMODE`, …) and `~/.pgpass` apply, as for `psql`. A password is never read from
/// the configuration: a `url` that holds one is refused.
public struct PostgreSQLSourceKind: DataSourceKind {
    /// The source's settings.
    public struct Settings: DataSourceSettings {
        /// The keys it reads.
        public static let keys = ["url", "password_env", "password_file"]

        /// A libpq connection URI or `key=value` string, without a password.
        public var url: String?
        /// The environment variable that holds the password.
        public var passwordEnv: String?
        /// A file whose first line is the password (a mounted secret).
        public var passwordFile: String?

        enum CodingKeys: String, CodingKey {
            case url
            case passwordEnv = "password_env"
            case passwordFile = "password_file"
        }
    }

    /// Creates the kind.
    public init() {}

    /// `postgresql`.
    public var name: String { "postgresql" }

    /// A database of tables: `ignore:` may list the ones that hold nothing to export.
    public var holdsTables: Bool { true }

    /// A password in the URL, both password settings, or a `path` are refused.
    public func problems(in source: SourceConfiguration, settings: Settings) -> [ConfigurationProblem] {
        var problems: [ConfigurationProblem] = []
        if let url = settings.url, Self.holdsPassword(url) {
            problems.append(
                ConfigurationProblem(
                    at: ConfigurationPath().appending("url"),
                    "the url holds a password; name an environment variable ('password_env') or a file "
                        + "('password_file') instead, so that the password stays out of the configuration"))
        }
        if settings.passwordEnv != nil && settings.passwordFile != nil {
            problems.append(
                ConfigurationProblem(
                    at: ConfigurationPath().appending("password_file"),
                    "give 'password_env' or 'password_file', not both"))
        }
        if source.path != nil {
            problems.append(
                ConfigurationProblem(
                    at: ConfigurationPath().appending("path"), "a PostgreSQL source is reached by 'url', not 'path'"))
        }
        return problems
    }

    /// The source; it connects when first read.
    public func makeSource(_ source: SourceConfiguration, settings: Settings, in configuration: Configuration)
        -> any DataSource
    {
        PostgreSQLSource(
            source, settings: settings,
            passwordFile: settings.passwordFile.map { configuration.resolve(path: $0) })
    }

    /// Whether a connection string carries a password: `user:password@` in a URI, or a
    /// `password=` keyword in either form.
    static func holdsPassword(_ url: String) -> Bool {
        let lowered = url.lowercased()
        if lowered.contains("password=") { return true }
        guard lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://"),
            let scheme = url.range(of: "://")
        else { return false }
        let rest = url[scheme.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" }
        guard let at = authority.lastIndex(of: "@") else { return false }
        return authority[..<at].contains(":")
    }
}
