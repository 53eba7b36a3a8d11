/// One piece of a bundle's data, as a reader streams it back: the header first, then for each
/// collection its description, its records one at a time, and its end.
public enum BundleDataItem: Sendable, Equatable {
    /// The controller, the subject and the scope.
    case header(BundleHeader)
    /// A collection's description; its records follow.
    case collection(CollectionHeader)
    /// One record of the open collection.
    case record(ExportedRecord)
    /// The open collection ends. `data.json` declares its record count; `data.xml` does not (`nil`).
    case collectionEnd(declaredRecordCount: Int?)
}

/// Where a ``BundleDataItem`` was read: for error messages and diagnostics.
public struct BundleDataPosition: Sendable, Equatable {
    /// The 1-based line in the entry.
    public var line: Int
    /// The item's place in the data: a JSON pointer such as `/collections/1/records/4`, which also
    /// names the same record in `data.xml` (collection 1, record 4, counted from 0).
    public var pointer: String
}
