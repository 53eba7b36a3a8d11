/// One entry of a bundle that records are written into: its path, its media type, and the writer
/// that turns the bundle's content into its bytes.
///
/// The manifest lists exactly the entries assembled from these, with the sizes and checksums their
/// sinks counted; a new entry is one more format here.
struct BundleEntryFormat {
    /// The entry's path in the zip (`data.json`).
    var path: String
    /// Its media type in the manifest (`application/json`).
    var mediaType: String
    /// Makes the writer for one bundle, writing into `sink`.
    var makeWriter: (any ByteSink) throws -> any BundleContentWriter

    /// The entries of a format-version-1 bundle: `data.json`, `data.xml` and `index.html`.
    static func version1(
        language: PageLanguage, collections: [CollectionHeader], created: (year: Int, month: Int, day: Int)
    ) -> [BundleEntryFormat] {
        [
            BundleEntryFormat(path: "data.json", mediaType: "application/json") { DataJSONWriter(sink: $0) },
            BundleEntryFormat(path: "data.xml", mediaType: "application/xml") { try DataXMLWriter(sink: $0) },
            BundleEntryFormat(path: "index.html", mediaType: "text/html") {
                IndexHTMLWriter(sink: $0, language: language, collections: collections, created: created)
            },
        ]
    }
}
