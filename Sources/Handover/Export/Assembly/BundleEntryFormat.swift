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
    /// Makes the writer for one bundle, writing into `sink`; it may keep scratch files in the
    /// staging area (and removes them).
    var makeWriter: (any ByteSink, StagingArea) throws -> any BundleContentWriter

    /// The entries of a format-version-1 bundle: `data.json`, `data.xml` and `index.html`.
    static func version1(
        language: PageLanguage, collections: [CollectionHeader], created: (year: Int, month: Int, day: Int)
    ) -> [BundleEntryFormat] {
        [
            BundleEntryFormat(path: "data.json", mediaType: "application/json") { sink, _ in DataJSONWriter(sink: sink)
            },
            BundleEntryFormat(path: "data.xml", mediaType: "application/xml") { sink, _ in try DataXMLWriter(sink: sink)
            },
            BundleEntryFormat(path: "index.html", mediaType: "text/html") { sink, staging in
                IndexHTMLWriter(
                    sink: sink, body: staging.file("index.html.body"), language: language, collections: collections,
                    created: created)
            },
        ]
    }
}
