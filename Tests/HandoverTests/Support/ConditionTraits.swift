import Testing

/// Conditions on what a test needs from the machine, so that a test whose tool or data is missing is
/// reported as skipped, with the reason, instead of passing without having checked anything.
extension Trait where Self == ConditionTrait {
    /// Skips a test that runs the `sqlite3` command-line tool when it is not on `PATH`.
    static var requiresSQLite3: Self {
        .enabled(if: Fixtures.sqlite3 != nil, "the sqlite3 command-line tool is not on PATH")
    }

    /// Skips a test that reads the folder `path` of the shared conformance data
    /// (`../shared/testdata/<path>` beside the package root) when that folder is absent, as in a fresh clone.
    static func requiresSharedTestData(_ path: String) -> Self {
        .enabled(
            if: Fixtures.sharedTestFolder(path) != nil,
            Comment(rawValue: "../shared/testdata/\(path) is absent beside the package root"))
    }
}

extension Trait where Self == ConditionTrait {
    /// Skips a test that starts a PostgreSQL server when PostgreSQL is not installed (`.ci/run`
    /// installs it, so CI always runs these tests).
    static var requiresPostgreSQL: Self {
        .enabled(if: TestPostgreSQLServer.binaries != nil, "PostgreSQL (initdb, pg_ctl) is not installed")
    }
}
