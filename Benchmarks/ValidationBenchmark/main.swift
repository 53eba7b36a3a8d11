import Foundation
import Handover
import JSONCore
import JSONSchema

// Times Handover's validators on one bundle's extracted entries, as `Benchmarks/validation.sh` runs it:
//
//     validation-benchmark DATA.json DATA.xml
//
// Prints, for data.json, the time to parse it and validate it against Schemas/v1/data.schema.json
// (the schema compiled into the library) and, for data.xml, the time of the streaming XSD validation
// against Schemas/v1/data.xsd. Measure memory with /usr/bin/time -v around it.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    print("usage: validation-benchmark DATA.json DATA.xml")
    exit(2)
}
let jsonURL = URL(fileURLWithPath: arguments[1])
let xmlURL = URL(fileURLWithPath: arguments[2])
let jsonMB = Double((try FileManager.default.attributesOfItem(atPath: jsonURL.path)[.size] as? Int) ?? 0) / 1e6
let xmlMB = Double((try FileManager.default.attributesOfItem(atPath: xmlURL.path)[.size] as? Int) ?? 0) / 1e6

let schemaText = BundledSchemas.file("v1/data.schema.json")!.text
let validator = try JSONSchemaValidator(schema: try JSONParser.parse(Array(schemaText.utf8)))
var document = JSONValue.null
let parse = try seconds { document = try JSONParser.parse(try Data(contentsOf: jsonURL)) }
var errors = 0
let validate = seconds { errors = validator.validate(document).errors.count }
print(
    String(
        format: "swift json-schema: %.1f MB, parse %.2f s, validate %.2f s, total %.2f s = %.1f MB/s, errors %d",
        jsonMB, parse, validate, parse + validate, jsonMB / (parse + validate), errors))

let xsd = try XMLSchemaValidator(schema: BundledSchemas.dataXSD.text, name: "v1/data.xsd")
var issues = 0
let xml = try seconds { issues = try xsd.validate(fileAt: xmlURL).count }
print(String(format: "swift xsd: %.1f MB, %.2f s = %.1f MB/s, issues %d", xmlMB, xml, xmlMB / xml, issues))
