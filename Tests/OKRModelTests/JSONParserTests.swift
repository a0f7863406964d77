import Testing
@testable import OKRModel

@Suite("JSON reader and writer")
struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    func error(_ text: String) -> JSONSyntaxError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func scalarsAndOrder() throws {
        let value = try parse(#" {"b": 1, "a": [true, false, null, -0.5e+2, "x"]} "#)
        #expect(value == .object([
            JSONMember("b", .number("1")),
            JSONMember("a", .array([.bool(true), .bool(false), .null, .number("-0.5e+2"), .string("x")])),
        ]))
    }

    @Test func escapesAndUnicode() throws {
        let value = try parse(#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83d\ude00 日本""#)
        #expect(value == .string("q\" b\\ s/ \u{8}\u{c}\n\r\t é 😀 日本"))
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("   ", "only white space"),
        ("{", "expected a member name"),
        ("{\"a\" 1}", "expected ':'"),
        ("[1,]", "expected a value"),
        ("[1 2]", "expected ',' or ']'"),
        ("01", "leading zero"),
        ("1.", "digits after the decimal point"),
        ("-", "digits after '-'"),
        ("1e", "exponent"),
        ("\"abc", "never closed"),
        ("\"a\u{01}\"", "control character"),
        ("\"\\x\"", "unknown escape"),
        ("\"\\ud83d\"", "surrogate"),
        ("\"\\u12\"", "four hex digits"),
        ("tru", "expected a value"),
        ("{} {}", "after the end of the document"),
        ("{\"a\":1,\"a\":2}", "appears twice"),
    ])
    func syntaxErrors(text: String, fragment: String) {
        let failure = error(text)
        #expect(failure?.message.contains(fragment) == true, "\(text.debugDescription): \(String(describing: failure))")
    }

    @Test func duplicateKeysInLargeObjects() {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ",")
        #expect(error("{\(members), \"k7\": 0}")?.message.contains("\"k7\" appears twice") == true)
    }

    @Test func invalidUTF8() {
        let bytes: [UInt8] = Array("[\"ok\", \"b".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
        do {
            _ = try JSONParser.parse(bytes)
        } catch {
            #expect(error.message.contains("UTF-8"))
            #expect(error.offset == 9)
        }
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(deep)?.message.contains("nested") == true)
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(error(fine) == nil)
    }

    @Test func positionsCountLinesAndCharacters() {
        let bytes = Array("{\n  \"é\": x}".utf8)
        let failure = try? JSONParser.parse(bytes)
        #expect(failure == nil)
        do { _ = try JSONParser.parse(bytes) } catch {
            #expect(TextPosition(offset: error.offset, in: bytes) == TextPosition(line: 2, column: 8))
        }
    }

    @Test func pointerOffsets() {
        let bytes = Array(#"{"a": [10, {"b/c": "x", "d~e": 2}]}"#.utf8)
        let at = { (tokens: [String]) in JSONParser.offset(of: JSONPointer(tokens), in: bytes) }
        #expect(at(["a", "1", "b/c"]) == 19)
        #expect(at(["a", "1", "d~e"]) == 31)
        #expect(at(["a", "0"]) == 7)
        #expect(at(["missing"]) == nil)
        #expect(JSONPointer(["a", "1", "b/c", "d~e"]).description == "/a/1/b~1c/d~0e")
    }

    @Test func writerRoundTripsEverything() throws {
        let text = #"{"s":"line\nbreak \"q\" \\ \u0001 \u007f é 😀","n":[1.50,-0,2e-7,123456789012345678901],"e":{},"l":[],"o":{"x":[{"y":null}]}}"#
        let value = try parse(text)
        #expect(try parse(JSONWriter.pretty(value)) == value)
        #expect(try parse(JSONWriter.compact(value)) == value)
        #expect(JSONWriter.pretty(value).utf8.allSatisfy { $0 >= 0x20 || $0 == 0x0A })
    }

    @Test func numbersAreFormattedShortest() {
        #expect(JSONValue.number(80) == .number("80"))
        #expect(JSONValue.number(4.2) == .number("4.2"))
        #expect(JSONValue.number(-0.5) == .number("-0.5"))
        #expect(JSONValue.number(1e20) == .number("1e+20"))
    }
}

extension TextPosition {
    init(line: Int, column: Int) {
        self.init(offset: 0, in: [])
        self.line = line
        self.column = column
    }
}
