public import Foundation

/// The bundle format's schemas (`Schemas/v1/` in the repository), compiled into the library.
///
/// They are the contract between a bundle's writer and its readers: JSON Schema 2020-12 for
/// `manifest.json`, `data.json` and the configuration, XML Schema 1.0 for `data.xml`. Validators
/// use these copies and never fetch a schema a document names. `handover schemas --output DIR`
/// writes them out.
public enum BundledSchemas {
    /// One schema file.
    public struct SchemaFile: Sendable, Equatable {
        /// The path below `Schemas/`, such as `v1/data.xsd`.
        public var path: String
        /// The file's text.
        public var text: String
    }

    /// Every schema, sorted by path.
    public static var all: [SchemaFile] { files }

    /// The schema with the given path below `Schemas/` (`v1/manifest.schema.json`).
    public static func file(_ path: String) -> SchemaFile? {
        files.first { $0.path == path }
    }

    /// `v1/data.xsd`: the XML Schema of `data.xml`.
    public static var dataXSD: SchemaFile { file("v1/data.xsd")! }

    /// Writes every schema below `directory`, keeping the `v1/` folder.
    ///
    /// - Parameter directory: The folder to write into; created when missing.
    /// - Returns: The files written.
    /// - Throws: ``HandoverError`` with code ``Diagnostic/Code/outputFailed``.
    @discardableResult
    public static func write(to directory: URL) throws(HandoverError) -> [URL] {
        var written: [URL] = []
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            } catch {
                throw HandoverError(
                    .outputFailed, "cannot write the schema (\(error.localizedDescription))",
                    at: .init(file: url.path), hint: "Check that the directory is writable")
            }
            written.append(url)
        }
        return written
    }
}
