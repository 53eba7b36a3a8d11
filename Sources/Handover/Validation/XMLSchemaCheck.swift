/// Validates `data.xml` against the bundled `Schemas/v1/data.xsd` with ``XMLSchemaValidator``.
public struct XMLSchemaCheck: BundleCheck {
    /// `xml-schema`.
    public var name: String { "xml-schema" }

    /// Creates the check.
    public init() {}

    /// Runs the check; see ``BundleCheck/run(_:)``.
    public func run(_ context: inout BundleValidationContext) -> Bool {
        guard let xml = context.extracted["data.xml"] else { return true }
        do {
            let issues = try XMLSchemaValidator.bundleData().validate(
                fileAt: xml.file, maxIssues: context.maxDiagnosticsPerCheck)
            for issue in issues {
                context.error(.xmlSchemaInvalid, issue.message, entry: "data.xml", line: issue.line)
            }
        } catch {
            context.error(.xmlSchemaInvalid, error.message, entry: "data.xml")
        }
        return true
    }
}
