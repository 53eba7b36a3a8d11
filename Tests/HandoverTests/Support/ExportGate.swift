import Testing

@testable import Handover

/// Keeps the test that discards every unfinished bundle of the process
/// (``Exporter/removeUnfinishedBundles()``, which the CLI's signal handler calls) apart from tests
/// that export: run concurrently, it would remove their staging directories mid-export.
///
/// Suites that export take the gate shared (`@Suite(.exportsBundles)`); the discarding test takes it
/// alone (`@Test(.discardsEveryUnfinishedBundle)`).
actor ExportGate {
    static let shared = ExportGate()

    private var exporters = 0
    private var discarding = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run(exclusive: Bool, _ body: @Sendable () async throws -> Void) async throws {
        while discarding || (exclusive && exporters > 0) {
            await withCheckedContinuation { waiting.append($0) }
        }
        if exclusive { discarding = true } else { exporters += 1 }
        defer {
            if exclusive { discarding = false } else { exporters -= 1 }
            let waiters = waiting
            waiting = []
            for waiter in waiters { waiter.resume() }
        }
        try await body()
    }
}

/// Runs a suite or test inside the ``ExportGate``.
struct ExportGateTrait: SuiteTrait, TestTrait, TestScoping {
    var exclusive: Bool

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        try await ExportGate.shared.run(exclusive: exclusive, function)
    }
}

extension Trait where Self == ExportGateTrait {
    /// The suite exports bundles: it must not run while every unfinished bundle is discarded.
    static var exportsBundles: Self { Self(exclusive: false) }

    /// The test discards every unfinished bundle of the process, so it runs while nothing exports.
    static var discardsEveryUnfinishedBundle: Self { Self(exclusive: true) }
}
