import Testing
@testable import OKRModel

/// One pass finds every pointer where a pass per pointer does (issue 15: a line and column per finding).
@Suite("JSON: locating pointers")
struct PointerLocatorTests {
    /// Every pointer to a value in `json`, the root included.
    static func pointers(_ json: JSONValue, at pointer: JSONPointer = .root) -> [JSONPointer] {
        switch json {
        case .object(let members): return [pointer] + members.flatMap { pointers($0.value, at: pointer / $0.key) }
        case .array(let elements): return [pointer] + elements.indices.flatMap { pointers(elements[$0], at: pointer / $0) }
        default: return [pointer]
        }
    }

    static let texts = [
        #"{"a": [1, -2.5e3, true, null, {"b~/c": "x\"y\\"}], "é": {"\u00e9": "ü\nü"}, "n": false}"#,
        "{\n  \"objectives\": [\n    {\"id\": \"O1\", \"keyResults\": [\n      {\"statement\": \"Raise 🛒 from 1 to 2\"}\n    ]},\n    []\n  ]\n}\n",
        "[ ]",
        "  \"just a string\"  ",
    ]

    @Test(arguments: ["every-field.json", "unknown-fields.json"])
    func fixturesMatchThePassPerPointer(name: String) throws {
        try check(Fixture.bytes(name))
    }

    @Test(arguments: texts)
    func textsMatchThePassPerPointer(text: String) throws {
        try check(Array(text.utf8))
    }

    func check(_ bytes: [UInt8]) throws {
        let all = Self.pointers(try JSONParser.parse(bytes))
        // Every pointer twice: the answer comes in the order asked, once per pointer.
        let found = PointerLocator.positions(of: all + all.reversed(), in: bytes)
        for (pointer, position) in zip(all + all.reversed(), found) {
            let expected = JSONParser.offset(of: pointer, in: bytes).map { TextPosition(offset: $0, in: bytes) }
            #expect(position == expected, "\(pointer)")
        }
        // A pointer the text does not have is simply not found.
        #expect(PointerLocator.positions(of: [.root / "nowhere" / 3], in: bytes) == [nil])
    }
}
