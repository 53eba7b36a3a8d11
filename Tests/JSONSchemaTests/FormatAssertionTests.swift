import JSONCore
import JSONSchema
import Testing

/// `format` is an annotation unless asserted by an option or the format-assertion vocabulary.
struct FormatAssertionTests {
    static let schema =
        #"{"properties": {"mail": {"format": "email"}, "when": {"format": "date-time"}, "odd": {"format": "not-a-format"}}}"#
    static let bad = #"{"mail": "not an address", "when": "yesterday", "odd": "anything"}"#

    @Test func formatIsAnAnnotationByDefault() throws {
        #expect(try validator(Self.schema).isValid(try json(Self.bad)))
    }

    @Test func formatAssertsWhenAskedTo() throws {
        let asserting = try validator(Self.schema, options: .init(formatAssertion: true))
        #expect(
            try errors(asserting, Self.bad) == [
                #"/mail /properties/mail/format: "not an address" is not a valid email"#,
                #"/when /properties/when/format: "yesterday" is not a valid date-time"#,
            ])
        #expect(asserting.isValid(try json(#"{"mail": "ada@example.com", "when": "2024-02-29T12:00:00Z", "odd": 1}"#)))
    }

    /// With values withheld, a message says what kind of value failed, never what it says.
    @Test func messagesCanWithholdTheValues() throws {
        let schema =
            #"{"properties": {"when": {"format": "date-time"}, "code": {"pattern": "^[A-Z]+$"}, "kind": {"enum": ["a", "b"]}, "one": {"const": 1}}}"#
        let withholding = try validator(
            schema, options: .init(formatAssertion: true, showsInstanceValues: false))
        #expect(
            try errors(withholding, #"{"when": "yesterday", "code": "abc", "kind": "secret", "one": [1, 2]}"#) == [
                "/when /properties/when/format: the value (a string of 9 characters) is not a valid date-time",
                "/code /properties/code/pattern: the value (a string of 3 characters) does not match the pattern '^[A-Z]+$'",
                #"/kind /properties/kind/enum: the value (a string of 6 characters) is not one of the allowed values: "a", "b""#,
                "/one /properties/one/const: must be 1, found the value (an array of 2 items)",
            ])
    }

    @Test func formatsOnlyConstrainStrings() throws {
        let asserting = try validator(#"{"format": "ipv4"}"#, options: .init(formatAssertion: true))
        #expect(asserting.isValid(try json("12")))
        #expect(asserting.isValid(try json(#""192.168.0.1""#)))
        #expect(!asserting.isValid(try json(#""192.168.0.256""#)))
    }

    @Test func formatAssertionVocabularyTurnsItOn() throws {
        var registry = SchemaRegistry()
        try registry.register(
            try json(
                #"""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "$id": "https://example.com/meta/strict-format",
                  "$vocabulary": {
                    "https://json-schema.org/draft/2020-12/vocab/core": true,
                    "https://json-schema.org/draft/2020-12/vocab/format-assertion": true
                  },
                  "$dynamicAnchor": "meta",
                  "allOf": [{"$ref": "https://json-schema.org/draft/2020-12/meta/core"}, {"$ref": "https://json-schema.org/draft/2020-12/meta/format-assertion"}]
                }
                """#))
        let schema = try validator(
            #"{"$schema": "https://example.com/meta/strict-format", "format": "uuid"}"#, registry: registry)
        #expect(schema.isValid(try json(#""2eb8aa08-aa98-11ea-b4aa-73b441d16380""#)))
        #expect(!schema.isValid(try json(#""2eb8aa08""#)))
    }

    @Test func requiredUnknownVocabularyIsRefused() throws {
        var registry = SchemaRegistry()
        try registry.register(
            try json(
                #"{"$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true, "https://example.com/vocab/magic": true}}"#
            ),
            as: "https://example.com/meta/magic")
        let error = try #require(throws: JSONSchemaError.self) {
            try validator(#"{"$schema": "https://example.com/meta/magic"}"#, registry: registry)
        }
        #expect(error.reason == .unsupportedVocabulary("https://example.com/vocab/magic"))
    }

    @Test func individualFormats() throws {
        let cases: [(String, String, Bool)] = [
            ("date", "2024-02-29", true), ("date", "2023-02-29", false), ("time", "23:59:60Z", true),
            ("time", "12:00:00", false), ("duration", "P1Y2M3DT4H", true), ("duration", "P1Y2D", false),
            ("uuid", "00000000-0000-0000-0000-000000000000", true), ("ipv6", "::ffff:10.0.0.1", true),
            ("ipv6", "1::2::3", false), ("hostname", "xn--9n2bp8q.xn--9t4b11yi5a", true), ("hostname", "-a.com", false),
            ("idn-hostname", "실례.테스트", true), ("uri", "urn:isbn:0451450523", true), ("uri", "/relative", false),
            ("uri-reference", "../a?b#c", true), ("iri", "http://ƒøø.ßår/", true), ("uri-template", "/{id}{?q*}", true),
            ("json-pointer", "/a~1b", true), ("json-pointer", "a", false), ("relative-json-pointer", "1/a", true),
            ("regex", "(?<=a+)b", true), ("regex", "(", false), ("idn-email", "用户@例子.广告", true),
        ]
        for (format, value, expected) in cases {
            let schema = try validator(#"{"format": "\#(format)"}"#, options: .init(formatAssertion: true))
            #expect(schema.isValid(.string(value)) == expected, "\(format): \(value)")
        }
    }
}
