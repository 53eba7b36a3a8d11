public import Foundation
public import Handover

/// What ``DataSourceConformance`` needs from the test of one source kind: how to write the
/// dataset into that kind's storage, and what the format keeps.
///
/// Every source is opened through its kind (``DataSourceRegistry/makeSource(_:in:)``), as an export
/// opens it, with a configuration whose base directory is the fixture's private directory.
public protocol ConformanceFixture: Sendable {
    /// Whether the format keeps value types: numbers as numbers and no value as null (SQLite, JSON).
    /// A text-only format (CSV) gives every value as text and no value as the empty text.
    var keepsTypes: Bool { get }

    /// Writes `dataset` into `directory` and describes a source that reads it.
    ///
    /// - Parameters:
    ///   - dataset: The rows to write.
    ///   - collection: The collection configuration the source must hold (name `people`).
    ///   - directory: A fresh, empty directory for this test.
    func source(
        holding dataset: ConformanceDataset, collection: CollectionConfiguration, in directory: URL
    ) throws -> ConformanceSource

    /// A source of the kind whose data is not there (a file that does not exist), or `nil` when the
    /// kind cannot miss its data.
    func missingSource(collection: CollectionConfiguration, in directory: URL) throws -> ConformanceSource?

    /// A source whose data is malformed (a truncated file), or `nil` when the kind cannot hold
    /// malformed data.
    func malformedSource(collection: CollectionConfiguration, in directory: URL) throws -> ConformanceSource?

    /// The 1-based line at which the record of `dataset.rows[index]` starts, or `nil` when the format
    /// has no lines (a database table).
    func line(ofRow index: Int, in dataset: ConformanceDataset) -> Int?
}

/// A source for the suite: its configuration and the kinds that open it.
public struct ConformanceSource: Sendable {
    /// The source as configured.
    public var configuration: SourceConfiguration
    /// The kinds; ``DataSourceRegistry/standard`` for the built-in ones.
    public var registry: DataSourceRegistry

    /// Creates a source for the suite.
    public init(_ configuration: SourceConfiguration, registry: DataSourceRegistry = .standard) {
        self.configuration = configuration
        self.registry = registry
    }
}
