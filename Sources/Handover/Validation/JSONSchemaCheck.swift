import Foundation
import JSONCore
import JSONSchema

/// Validates `manifest.json` and `data.json` against the bundled JSON Schemas
/// (`Schemas/v1/manifest.schema.json`, `data.schema.json`), reporting each error with its JSON
/// pointer.
public struct JSONSchemaCheck: BundleCheck {
    /// `json-schema`.
    public var name: String { "json-schema" }

    /// Creates the check.
    public init() {}

    /// Runs the check; see ``BundleCheck/run(_:)``.
    public func run(_ context: inout BundleValidationContext) -> Bool {
        if let manifest = try? context.bundle.contents(of: "manifest.json") {
            validate(Array(manifest), entry: "manifest.json", against: BundleJSONSchemas.manifest, in: &context)
        }
        guard let data = context.extracted["data.json"] else { return true }
        guard data.size <= BundleJSONSchemas.maxDataSize else {
            context.warning(
                .jsonSchemaSkipped,
                "data.json is \(data.size / 1_000_000) MB, larger than the \(BundleJSONSchemas.maxDataSize >> 20) MiB "
                    + "validated against its schema as a whole; its records were still checked one by one",
                entry: "data.json")
            return true
        }
        guard let bytes = FileManager.default.contents(atPath: data.file.path) else {
            context.error(.jsonSchemaInvalid, "cannot read data.json", entry: "data.json")
            return true
        }
        validate(Array(bytes), entry: "data.json", against: BundleJSONSchemas.data, in: &context)
        return true
    }

    private func validate(
        _ bytes: [UInt8], entry: String, against schema: Result<JSONSchemaValidator, any Error>,
        in context: inout BundleValidationContext
    ) {
        let validator: JSONSchemaValidator
        do {
            validator = try schema.get()
        } catch {
            context.error(
                .jsonSchemaInvalid, "the bundled schema for \(entry) does not compile: \(error)", entry: entry)
            return
        }
        let instance: JSONValue
        do {
            instance = try JSONParser.parse(bytes)
        } catch {
            context.error(
                .jsonSchemaInvalid, "\(entry) is not valid JSON: \(error.explanation)", entry: entry, line: error.line)
            return
        }
        for (pointer, message) in BundleJSONSchemas.problems(instance, against: validator)
            .prefix(context.maxDiagnosticsPerCheck)
        {
            context.error(.jsonSchemaInvalid, message, entry: entry, pointer: pointer.isEmpty ? "/" : pointer)
        }
    }
}
