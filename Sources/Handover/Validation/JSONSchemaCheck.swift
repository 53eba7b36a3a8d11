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
        validateData(at: data.file.path, in: &context)
        return true
    }

    /// Validates data.json record by record, so memory does not grow with it (see ``DataJSONSchemaWalk``).
    private func validateData(at path: String, in context: inout BundleValidationContext) {
        let validators: (JSONSchemaValidator, JSONSchemaValidator)
        do {
            validators = (try BundleJSONSchemas.data.get(), try BundleJSONSchemas.dataRecord.get())
        } catch {
            context.error(
                .jsonSchemaInvalid, "the bundled schema for data.json does not compile: \(error)", entry: "data.json")
            return
        }
        var walk = DataJSONSchemaWalk(
            document: validators.0, record: validators.1, limit: context.maxDiagnosticsPerCheck)
        do {
            var reader = try JSONStructureReader(path: path)
            try walk.validate(&reader)
        } catch {
            context.error(
                .jsonSchemaInvalid, "data.json is not valid JSON: \(error.explanation)", entry: "data.json",
                line: error.line)
            return
        }
        for (pointer, message) in walk.problems {
            context.error(.jsonSchemaInvalid, message, entry: "data.json", pointer: pointer.isEmpty ? "/" : pointer)
        }
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
