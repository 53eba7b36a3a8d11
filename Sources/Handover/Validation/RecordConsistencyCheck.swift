import Foundation

/// Streams `data.json` and `data.xml` side by side, collection by collection and record by record,
/// and reports every place where they differ: field names, types and values (base64 text in the
/// XML decoded first). Also checks that each collection's record count agrees between the records,
/// `data.json`'s `recordCount` and the manifest, and that records use only declared fields.
///
/// Memory holds one record of each file at a time.
public struct RecordConsistencyCheck: BundleCheck {
    /// `records`.
    public var name: String { "records" }

    /// Creates the check.
    public init() {}

    /// Runs the check; see ``BundleCheck/run(_:)``.
    public func run(_ context: inout BundleValidationContext) -> Bool {
        guard let jsonFile = context.extracted["data.json"], let xmlFile = context.extracted["data.xml"] else {
            return true
        }
        var json: DataJSONReader
        let xml: DataXMLReader
        do {
            json = try DataJSONReader(path: jsonFile.file.path)
            xml = try DataXMLReader(path: xmlFile.file.path)
        } catch {
            context.error(.dataInvalid, error.message, entry: error.location?.file)
            return true
        }
        var comparison = Comparison(context: context)
        while true {
            let left: BundleDataItem?
            let right: BundleDataItem?
            do {
                left = try json.next()
            } catch {
                context.error(.dataInvalid, error, entry: "data.json")
                return true
            }
            do {
                right = try xml.next()
            } catch {
                context.error(.dataInvalid, error, entry: "data.xml")
                return true
            }
            comparison.positions = (json.position, xml.position)
            guard comparison.compare(left, right) else { break }
        }
        context.diagnostics += comparison.findings
        if comparison.dropped > 0 {
            context.error(
                .dataMismatch, "\(comparison.dropped) more differences between data.json and data.xml not shown")
        }
        if let manifest = context.manifest, comparison.finished {
            checkCounts(comparison.counts, against: manifest, in: &context)
        }
        return true
    }

    private func checkCounts(
        _ counts: [Manifest.CollectionCount], against manifest: Manifest, in context: inout BundleValidationContext
    ) {
        let listed = manifest.collections.map { "\($0.source)/\($0.name)" }
        let found = counts.map { "\($0.source)/\($0.name)" }
        guard listed == found else {
            context.error(
                .recordCountMismatch,
                "the manifest lists the collections [\(listed.joined(separator: ", "))], but the data holds "
                    + "[\(found.joined(separator: ", "))]",
                entry: "manifest.json", pointer: "/collections")
            return
        }
        for (index, (declared, actual)) in zip(manifest.collections, counts).enumerated()
        where declared.records != actual.records {
            context.error(
                .recordCountMismatch,
                "the manifest says \(declared.source)/\(declared.name) has \(declared.records) records, but the data "
                    + "holds \(actual.records)",
                entry: "manifest.json", pointer: "/collections/\(index)/records")
        }
    }

    /// The state of a side-by-side comparison.
    private struct Comparison {
        let file: String
        let limit: Int
        var findings: [Diagnostic] = []
        var dropped = 0
        var positions = (BundleDataPosition(line: 1, pointer: ""), BundleDataPosition(line: 1, pointer: ""))
        var collection: CollectionHeader?
        var recordCount = 0
        var counts: [Manifest.CollectionCount] = []
        var finished = false

        init(context: BundleValidationContext) {
            file = context.file
            limit = context.maxDiagnosticsPerCheck
        }

        private var collectionName: String {
            collection.map { "\($0.source)/\($0.name)" } ?? "?"
        }

        /// Compares one item of each file; returns `false` when the comparison cannot go on.
        mutating func compare(_ left: BundleDataItem?, _ right: BundleDataItem?) -> Bool {
            switch (left, right) {
            case (nil, nil):
                finished = true
                return false
            case (.header(let a), .header(let b)):
                if a.controller != b.controller { differ("the controller's details differ") }
                if a.identifiers != b.identifiers { differ("the subject's identifiers differ") }
                if a.scope != b.scope { differ("the scope differs") }
            case (.collection(let a), .collection(let b)):
                collection = a
                recordCount = 0
                if a != b {
                    differ("the description of collection \(a.source)/\(a.name) differs\(Self.firstDifference(a, b))")
                }
            case (.record(let a), .record(let b)):
                recordCount += 1
                compareRecords(a, b)
            case (.collectionEnd(let declared), .collectionEnd):
                if let declared, declared != recordCount {
                    add(
                        .recordCountMismatch,
                        "data.json says \(collectionName) has \(declared) records, but it holds \(recordCount)",
                        entry: "data.json", line: positions.0.line, pointer: positions.0.pointer + "/recordCount")
                }
                if let collection {
                    counts.append(.init(source: collection.source, name: collection.name, records: recordCount))
                }
            default:
                differ(
                    "data.json has \(Self.describe(left)) where data.xml has \(Self.describe(right)); the files hold "
                        + "different collections or records, so the comparison stops here")
                return false
            }
            return true
        }

        private mutating func compareRecords(_ a: ExportedRecord, _ b: ExportedRecord) {
            let declared = Set(collection?.fields.map(\.name) ?? [])
            for field in a.fields where !declared.contains(field.name) {
                add(
                    .dataInvalid,
                    "record \(recordCount) of \(collectionName) has the field '\(field.name)', which the "
                        + "collection does not describe", entry: "data.json", line: positions.0.line,
                    pointer: positions.0.pointer)
            }
            let leftNames = a.fields.map(\.name)
            let rightNames = b.fields.map(\.name)
            guard leftNames.elementsEqual(rightNames, by: { $0.utf8.elementsEqual($1.utf8) }) else {
                differ(
                    "record \(recordCount) of \(collectionName) has the fields [\(leftNames.joined(separator: ", "))] in "
                        + "data.json but [\(rightNames.joined(separator: ", "))] in data.xml")
                return
            }
            for (left, right) in zip(a.fields, b.fields) {
                let sameText = left.value.text.map { Array($0.utf8) } == right.value.text.map { Array($0.utf8) }
                if left.value.typeName != right.value.typeName || !sameText {
                    let (shownLeft, shownRight) = (Self.show(left.value), Self.show(right.value))
                    differ(
                        shownLeft == shownRight
                            ? "record \(recordCount) of \(collectionName): field '\(left.name)' differs between "
                                + "data.json and data.xml (both \(shownLeft))"
                            : "record \(recordCount) of \(collectionName): field '\(left.name)' is \(shownLeft) in "
                                + "data.json but \(shownRight) in data.xml",
                        field: left.name)
                }
            }
        }

        private mutating func differ(_ message: String, field: String? = nil) {
            let pointer = positions.0.pointer + (field.map { "/" + DataJSONReader.escape($0) } ?? "")
            add(
                .dataMismatch, message + " (data.json line \(positions.0.line), data.xml line \(positions.1.line))",
                entry: "data.xml", line: positions.1.line, pointer: pointer.isEmpty ? nil : pointer)
        }

        private mutating func add(
            _ code: Diagnostic.Code, _ message: String, entry: String, line: Int, pointer: String?
        ) {
            guard findings.count < limit else {
                dropped += 1
                return
            }
            findings.append(
                Diagnostic(.error, code, message, at: .init(file: file, entry: entry, line: line, pointer: pointer)))
        }

        /// A value as a message may show it: its type and length, never its content.
        private static func show(_ value: Value) -> String { value.withheldDescription }

        private static func describe(_ item: BundleDataItem?) -> String {
            switch item {
            case nil: "the end of the document"
            case .header: "the header"
            case .collection(let header): "the collection \(header.source)/\(header.name)"
            case .record: "a record"
            case .collectionEnd: "the end of a collection"
            }
        }

        private static func firstDifference(_ a: CollectionHeader, _ b: CollectionHeader) -> String {
            if a.source != b.source || a.name != b.name { return " (its name)" }
            if a.purposes != b.purposes { return " (purposes)" }
            if a.legalBasis != b.legalBasis { return " (legal basis)" }
            if a.retention != b.retention { return " (retention)" }
            if a.recipients != b.recipients { return " (recipients)" }
            return " (fields)"
        }
    }
}
