import Testing

@testable import JSONSchema

/// Reference resolution as RFC 3986 §5.4 specifies it.
struct URIReferenceTests {
    /// The examples of RFC 3986 §5.4.1 and §5.4.2, against the base `http://a/b/c/d;p?q`.
    @Test func rfc3986Examples() {
        let base = URIReference("http://a/b/c/d;p?q")
        let examples: [(String, String)] = [
            ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
            ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
            ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"), ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"), ("g#s/./x", "http://a/b/c/g#s/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"), ("http:g", "http:g"),
        ]
        for (reference, target) in examples {
            #expect(URIReference(reference).resolved(against: base).description == target, "\(reference)")
        }
    }

    @Test func urnsAndFragments() {
        let urn = URIReference("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed")
        #expect(
            URIReference("#/$defs/a").resolved(against: urn).description
                == "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed#/$defs/a")
        #expect(URIReference("urn:example:foo-bar-baz-qux?+CCResolve:cc=uk").query == "+CCResolve:cc=uk")
        #expect(URIReference("HTTP://Example.COM/a#").normalized.description == "http://example.com/a")
        #expect(URIReference("file:///c:/folder/file.json").path == "/c:/folder/file.json")
    }
}
