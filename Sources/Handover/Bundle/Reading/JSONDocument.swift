import Foundation
import JSONCore

/// Turns a record's parsed values of `data.json` into ``Value``s, strictly: each is a
/// `{"type": …, "value": …}` object whose JSON value has the type it declares, and every error
/// names the JSON pointer of the offending value. (Headers are decoded through their
/// ``ContentShape``.)
struct JSONDocument {
    /// The entry name used in errors.
    var entry: String
    /// The line of the piece being converted.
    var line: Int

    func failure(_ message: String, _ pointer: String) -> HandoverError {
        HandoverError(
            .bundleInvalid, message, at: .init(file: entry, line: line, field: pointer.isEmpty ? "/" : pointer))
    }

    func object(_ value: JSONValue?, at pointer: String, required: [String], optional: [String]) throws -> [String:
        JSONValue]
    {
        guard case .object(let members) = value else { throw failure("an object is expected here", pointer) }
        var result: [String: JSONValue] = [:]
        for member in members {
            guard required.contains(member.key) || optional.contains(member.key) else {
                throw failure("unknown member '\(member.key)'", pointer + "/" + DataJSONReader.escape(member.key))
            }
            result[member.key] = member.value
        }
        for key in required where result[key] == nil {
            throw failure("the member '\(key)' is missing", pointer)
        }
        return result
    }

    func string(_ value: JSONValue?, at pointer: String) throws -> String {
        guard case .string(let text) = value else { throw failure("a string is expected here", pointer) }
        return text
    }

    /// A `{"type": …, "value": …}` object whose value's JSON type agrees with its declared type.
    func typedValue(_ value: JSONValue, at pointer: String) throws -> Value {
        let object = try object(value, at: pointer, required: ["type", "value"], optional: [])
        let type = try string(object["type"], at: pointer + "/type")
        let inner = object["value"]!
        let valuePointer = pointer + "/value"
        func mismatch() -> HandoverError {
            failure("the value does not have the JSON type its type '\(type)' requires", valuePointer)
        }
        switch (type, inner) {
        case ("null", .null): return .null
        case ("string", .string(let text)): return .string(text)
        case ("integer", .number(let text)):
            guard let number = Int64(text) else {
                throw failure("the value (\(Value.withheld(text))) is not a 64-bit whole number", valuePointer)
            }
            return .integer(number)
        case ("decimal", .number(let text)): return .decimal(text)
        case ("boolean", .bool(let flag)): return .boolean(flag)
        case ("date", .string(let text)):
            guard ValueConverter.isDate(Array(text.utf8)) else {
                throw failure("the value (\(Value.withheld(text))) is not a date YYYY-MM-DD", valuePointer)
            }
            return .date(text)
        case ("date-time", .string(let text)):
            guard ValueConverter.normalisedDateTime(text) == text else {
                throw failure("the value (\(Value.withheld(text))) is not an RFC 3339 date-time", valuePointer)
            }
            return .dateTime(text)
        case ("redacted", .string(let text)):
            guard text == Value.redactionMarker else {
                throw failure("a redacted value must read \"\(Value.redactionMarker)\"", valuePointer)
            }
            return .redacted
        case ("binary", .string(let text)):
            guard let bytes = Data(base64Encoded: text) else {
                throw failure("the binary value is not base64", valuePointer)
            }
            return .binary(bytes)
        case ("null", _), ("string", _), ("integer", _), ("decimal", _), ("boolean", _), ("date", _), ("date-time", _),
            ("binary", _), ("redacted", _):
            throw mismatch()
        default:
            throw failure(
                "'\(type)' is not a value type (string, integer, decimal, boolean, date, date-time, binary, redacted, null)",
                pointer + "/type")
        }
    }
}
