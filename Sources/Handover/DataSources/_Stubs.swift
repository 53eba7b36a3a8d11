// TEMPORARY until helpers deliver
enum JSONValue { case null, bool(Bool), number(String), string(String), array([JSONValue]), object([JSONMember]) }
struct JSONMember { var key: String; var value: JSONValue }
struct JSONSyntaxError: Error { var line: Int; var column: Int }
struct JSONArrayStreamReader { init(path: String) throws {}; mutating func next() throws -> (value: JSONValue, line: Int)? { nil } }
struct JSONLinesReader { init(path: String) throws {}; mutating func next() throws -> (value: JSONValue, line: Int)? { nil } }
