import Foundation
import JSONCore
import JSONSchema
import Testing

/// What a failed validation reports: instance and keyword locations, absolute locations and messages.
struct ErrorReportingTests {
    /// The schema of a person, used by several tests.
    static let person = ##"""
        {
          "$id": "https://example.com/person.json",
          "type": "object",
          "required": ["id", "name"],
          "properties": {
            "id": {"type": "integer", "minimum": 1},
            "name": {"type": "string", "minLength": 1},
            "email": {"type": "string", "pattern": "^[^@]+@[^@]+$"},
            "role": {"enum": ["admin", "user"]},
            "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true},
            "owner": {"$ref": "#/$defs/owner"}
          },
          "additionalProperties": false,
          "$defs": {
            "owner": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}
          }
        }
        """##

    @Test func validInstanceHasNoErrors() throws {
        let result = try validator(Self.person).validate(try json(#"{"id": 7, "name": "Ada", "tags": ["a", "b"]}"#))
        #expect(result.isValid)
        #expect(result.errors.isEmpty)
        #expect(result == .valid)
    }

    @Test func typeMismatchNamesBothTypes() throws {
        let found = try errors(validator(Self.person), #"{"id": "7", "name": "Ada"}"#)
        #expect(found == ["/id /properties/id/type: expected integer, found string"])
    }

    @Test func integerValuedNumbersAreIntegers() throws {
        let schema = try validator(#"{"type": "integer"}"#)
        #expect(schema.isValid(try json("1.0")))
        #expect(schema.isValid(try json("1e3")))
        #expect(try errors(schema, "1.5") == [" /type: expected integer, found number"])
    }

    @Test func missingRequiredPropertyIsNamed() throws {
        let found = try errors(validator(Self.person), #"{"name": "Ada"}"#)
        #expect(found == [" /required: required property 'id' is missing"])
    }

    @Test func additionalPropertyIsReportedAtTheProperty() throws {
        let result = try validator(Self.person).validate(try json(#"{"id": 1, "name": "Ada", "nickname": "A"}"#))
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.instanceLocation == "/nickname")
        #expect(error.keywordLocation == "/additionalProperties")
        #expect(error.keyword == "additionalProperties")
        #expect(error.message == "property 'nickname' is not allowed (additionalProperties: false)")
        #expect(error.absoluteKeywordLocation == "https://example.com/person.json#/additionalProperties")
        #expect(
            error.description
                == "/nickname: property 'nickname' is not allowed (additionalProperties: false) [/additionalProperties]"
        )
    }

    @Test func unevaluatedPropertyIsNamed() throws {
        let schema = try validator(
            #"{"allOf": [{"properties": {"a": true}}], "properties": {"b": true}, "unevaluatedProperties": false}"#)
        #expect(schema.isValid(try json(#"{"a": 1, "b": 2}"#)))
        #expect(
            try errors(schema, #"{"a": 1, "c": 3}"#)
                == ["/c /unevaluatedProperties: property 'c' is not allowed (unevaluatedProperties: false)"])
    }

    @Test func errorsThroughReferencesKeepBothLocations() throws {
        let result = try validator(Self.person).validate(try json(#"{"id": 1, "name": "Ada", "owner": {"id": "x"}}"#))
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.instanceLocation == "/owner/id")
        #expect(error.keywordLocation == "/properties/owner/$ref/properties/id/type")
        #expect(error.absoluteKeywordLocation == "https://example.com/person.json#/$defs/owner/properties/id/type")
    }

    @Test func everyFailureIsReported() throws {
        let found = try errors(validator(Self.person), #"{"id": 0, "name": "", "role": "root", "tags": ["x", 1, "x"]}"#)
        #expect(
            found == [
                "/id /properties/id/minimum: 0 is less than the minimum of 1",
                "/name /properties/name/minLength: is shorter than 1 character (0)",
                #"/role /properties/role/enum: "root" is not one of the allowed values: "admin", "user""#,
                "/tags /properties/tags/uniqueItems: items 0 and 2 are equal; all items must be unique",
                "/tags/1 /properties/tags/items/type: expected string, found integer",
            ])
    }

    @Test func patternFailureQuotesThePattern() throws {
        let found = try errors(validator(Self.person), #"{"id": 1, "name": "Ada", "email": "ada"}"#)
        #expect(found == [#"/email /properties/email/pattern: "ada" does not match the pattern '^[^@]+@[^@]+$'"#])
    }

    @Test func pointerTokensAreEscaped() throws {
        let schema = try validator(#"{"properties": {"a/b~c": {"type": "string"}}}"#)
        let error = try #require(schema.validate(try json(#"{"a/b~c": 1}"#)).errors.first)
        #expect(error.instanceLocation == "/a~1b~0c")
        #expect(error.keywordLocation == "/properties/a~1b~0c/type")
        // Without an $id the schema has no absolute URI.
        #expect(error.absoluteKeywordLocation == nil)
    }

    @Test func anyOfCarriesTheErrorsOfEachAlternative() throws {
        let schema = try validator(#"{"anyOf": [{"type": "string"}, {"type": "integer", "minimum": 10}]}"#)
        #expect(schema.isValid(try json("12")))
        let error = try #require(schema.validate(try json("3")).errors.first)
        #expect(error.keywordLocation == "/anyOf")
        #expect(error.message == "does not match any of the 2 schemas in anyOf")
        #expect(
            error.causes.map(\.description) == [
                "(root): expected string, found integer [/anyOf/0/type]",
                "(root): 3 is less than the minimum of 10 [/anyOf/1/minimum]",
            ])
    }

    @Test func oneOfWithSeveralMatchesNamesThem() throws {
        let schema = try validator(#"{"oneOf": [{"type": "integer"}, {"minimum": 0}, {"type": "string"}]}"#)
        #expect(
            try errors(schema, "5")
                == [" /oneOf: matches more than one schema in oneOf (schemas 0, 1); exactly one must match"])
        #expect(schema.isValid(try json("-5")))
    }

    @Test func notAndConstAndFalseSchemas() throws {
        #expect(
            try errors(validator(#"{"not": {"type": "null"}}"#), "null") == [
                " /not: must not match the schema in 'not'"
            ])
        #expect(
            try errors(validator(#"{"const": {"a": [1]}}"#), #"{"a": [2]}"#) == [
                #" /const: must be {"a":[1]}, found {"a":[2]}"#
            ])
        #expect(try errors(validator("false"), "1") == [" : no value is allowed here (the schema is false)"])
        #expect(
            try errors(validator(#"{"prefixItems": [true], "items": false}"#), "[1, 2, 3]")
                == [" /items: has 3 items, but only 1 are allowed (items: false)"])
    }

    @Test func ifThenElseReportsTheBranchThatApplied() throws {
        let schema = try validator(
            #"{"if": {"properties": {"kind": {"const": "n"}}}, "then": {"properties": {"v": {"type": "number"}}}, "else": {"properties": {"v": {"type": "string"}}}}"#
        )
        #expect(
            try errors(schema, #"{"kind": "n", "v": "x"}"#) == [
                "/v /then/properties/v/type: expected number, found string"
            ])
        #expect(
            try errors(schema, #"{"kind": "s", "v": 1}"#) == [
                "/v /else/properties/v/type: expected string, found integer"
            ])
    }

    @Test func containsAndDependencies() throws {
        let schema = try validator(
            #"{"contains": {"type": "integer"}, "minContains": 2, "dependentRequired": {"a": ["b"]}}"#)
        #expect(try errors(schema, #"["x", 1]"#) == [" /minContains: 1 item match the 'contains' schema, fewer than 2"])
        #expect(
            try errors(schema, #"{"a": 1}"#) == [" /dependentRequired/a: property 'b' is required when 'a' is present"])
    }

    @Test func stringLengthCountsCodePoints() throws {
        let schema = try validator(#"{"maxLength": 2, "minLength": 2}"#)
        #expect(schema.isValid(try json(#""💩💩""#)))
        #expect(schema.isValid(try json(#""éé""#)))
        #expect(try errors(schema, #""abc""#) == [" /maxLength: is longer than 2 characters (3)"])
    }

    @Test func fastAndFullValidationAgree() throws {
        let schema = try validator(Self.person)
        for instance in [#"{"id": 1, "name": "x"}"#, #"{"id": 1}"#, "[]", #"{"id": 1, "name": "x", "owner": {}}"#] {
            let value = try json(instance)
            #expect(schema.isValid(value) == schema.validate(value).isValid, "\(instance)")
        }
    }

    @Test func referenceCyclesFailInsteadOfCrashing() throws {
        for schema in [##"{"$ref": "#"}"##, ##"{"allOf": [{"$ref": "#"}]}"##] {
            let result = try validator(schema).validate(try json("{}"))
            #expect(!result.isValid)
            // Under the address sanitizer the stack guard may speak first; either way it fails, no crash.
            let message = result.errors.first?.message ?? ""
            #expect(
                message.contains("reference cycle")
                    || (Sanitizers.address && message.contains("fill this thread's stack")), "\(message)")
        }
    }

    @Test func deeplyNestedInstancesFailInsteadOfCrashing() throws {
        let schema = try validator(##"{"anyOf": [{"type": "integer"}, {"items": {"$ref": "#"}}]}"##)
        var deep = JSONValue.number("1")
        for _ in 0..<5_000 {
            deep = .array([deep])
        }
        #expect(!schema.isValid(deep))
        var shallow = JSONValue.number("1")
        for _ in 0..<200 {
            shallow = .array([shallow])
        }
        #expect(schema.isValid(shallow) || Sanitizers.address, "200 levels fit a normal stack")
    }

    /// On a thread with a small stack (a server's worker), an instance below the depth limit that would
    /// overflow the stack fails as nested too deeply instead; on a normal stack it validates.
    @Test func deepInstancesFailOnASmallStackInsteadOfOverflowingIt() throws {
        let schema = try validator(##"{"anyOf": [{"type": "integer"}, {"items": {"$ref": "#"}}]}"##)
        var deep = JSONValue.number("1")
        for _ in 0..<200 {
            deep = .array([deep])
        }
        // Under the address sanitizer frames are so large that the guard stops this depth here too.
        let validOnThisStack = schema.isValid(deep)
        #expect(validOnThisStack || Sanitizers.address)
        let instance = deep
        let result = Locked<ValidationResult?>(nil)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.value = schema.validate(instance)
            done.signal()
        }
        thread.stackSize = 640 << 10
        thread.start()
        done.wait()
        let errors = try #require(result.value).errors
        #expect(!errors.isEmpty)
        func messages(_ errors: [ValidationError]) -> [String] {
            errors.flatMap { [$0.message] + messages($0.causes) }
        }
        let stackMessages = messages(errors).filter { $0.contains("fill this thread's stack") }
        #expect(!stackMessages.isEmpty)
    }

    @Test func oneValidatorServesManyTasks() async throws {
        let schema = try validator(Self.person)
        let valid = try json(#"{"id": 1, "name": "Ada"}"#)
        let invalid = try json(#"{"id": "1"}"#)
        let counts = await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var count = 0
                    for _ in 0..<200 where schema.isValid(task.isMultiple(of: 2) ? valid : invalid) {
                        count += 1
                    }
                    return count
                }
            }
            return await group.reduce(0, +)
        }
        #expect(counts == 4 * 200)
    }
}

/// A value shared with another thread, behind a lock.
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
