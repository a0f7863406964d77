import Testing
@testable import OKRModel

/// Large texts have their long lists parsed on all processors first (`JSONParser.prepareLongLists`):
/// the values and the errors must be exactly those of the one-thread parse.
@Suite("JSON parser: long lists parsed in parallel")
struct ParallelParseTests {
    /// A root object with a long list of varied elements: escaped quotes and backslashes next to
    /// quotes, brackets and commas inside strings, nested lists and objects, numbers, literals.
    static func text(elements: Int, replacing: (index: Int, with: String)? = nil) -> String {
        var parts: [String] = []
        for i in 0..<elements {
            if let replacing, replacing.index == i { parts.append(replacing.with); continue }
            switch i % 6 {
            case 0: parts.append(#"{"id": "O\#(i)", "title": "a \"quoted\", [bracketed] {braced} title\\", "n": \#(i)}"#)
            case 1: parts.append(#"  "text ending in a backslash \\\\"  "#)
            case 2: parts.append(#"[1, [2, {"k": ",]"}], "\u00e9\ud83d\ude00", null]"#)
            case 3: parts.append("\n\t-12.5e3\n")
            case 4: parts.append(#"{"nested": {"list": [{"a": "]"}, {"b": "\\\""}]}}"#)
            default: parts.append("true")
            }
        }
        return #"{"schemaVersion": 1, "few": [1, 2], "long": ["# + parts.joined(separator: ",") + #"], "after": "x"}"#
    }

    static func both(_ text: String) -> (Result<JSONValue, JSONSyntaxError>, Result<JSONValue, JSONSyntaxError>) {
        let bytes = Array(text.utf8)
        func run(_ preparing: Bool) -> Result<JSONValue, JSONSyntaxError> {
            do { return .success(try JSONParser.parse(bytes, preparingLists: preparing)) } catch { return .failure(error) }
        }
        return (run(false), run(true))
    }

    @Test func sameValues() throws {
        let text = Self.text(elements: 3_000)
        // The scan finds the long list, with one separator after each element.
        let lists = Array(text.utf8).withUnsafeBufferPointer { JSONParser.scanLists($0, depth: 2, minimumElements: 256) }
        #expect(lists.count == 1)
        #expect(lists.first?.separators.count == 3_000)
        let (serial, parallel) = Self.both(text)
        let value = try serial.get()
        #expect(try parallel.get() == value)
        guard case .object(let members) = value, case .array(let long) = members[2].value else {
            Issue.record("unexpected shape"); return
        }
        #expect(long.count == 3_000)
    }

    @Test(arguments: [
        (5, #"{"a": 1,}"#),            // an error inside an element
        (2_999, #"[1, 2"#),            // the last element never closes its list
        (1_500, #""unterminated"#),    // a string that swallows the rest
        (700, #"{"a": 1} 2"#),         // two values where one belongs
        (10, "   "),                   // an empty element
        (2_000, #"{"x": "\q"}"#),      // a bad escape
    ])
    func sameErrors(index: Int, element: String) {
        let (serial, parallel) = Self.both(Self.text(elements: 3_000, replacing: (index, element)))
        #expect(serial == parallel)
        if case .success = serial { Issue.record("expected an error for \(element)") }
    }
}

extension Result: @retroactive Equatable where Success: Equatable, Failure: Equatable {}
