#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A strict JSON parser (RFC 8259) over UTF-8 bytes.
///
/// Written for okr rather than using Foundation's so that errors carry the
/// byte offset, duplicate keys and absurd nesting are refused, member order
/// and number text are kept, and large documents parse quickly.
public struct JSONParser {
    /// Nesting deeper than this is refused instead of exhausting the stack.
    public static let maximumDepth = 256

    /// A list spanning more bytes than this is parsed in parts on all processors, when its layout shows where its elements start.
    static let parallelBytes = 1 << 20

    /// Parses one JSON text. Leading and trailing white space is allowed; anything else after the value is not.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            var parser = Reader(buffer, target: nil)
            parser.splitsLists = true
            return try parser.document()
        }
    }

    /// The byte offset where the value at `pointer` starts, if the text has one there.
    /// Used to turn a JSON Pointer in an error into a line and column.
    public static func offset(of pointer: JSONPointer, in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = Reader(buffer, target: pointer.tokens)
            _ = try? parser.document()
            return parser.found
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var depth = 0
        /// Only when locating a pointer: the path being looked for, the path here, and the result.
        let target: [String]?
        var path: [String] = []
        var found: Int?
        /// Whether a long list may be parsed in parts on other threads (not in those parts themselves).
        var splitsLists = false

        init(_ bytes: UnsafeBufferPointer<UInt8>, target: [String]?) {
            self.bytes = bytes
            self.target = target
        }

        mutating func document() throws(JSONSyntaxError) -> JSONValue {
            skipWhitespace()
            if index == bytes.count {
                throw JSONSyntaxError(offset: index, message: bytes.isEmpty ? "the file is empty" : "there is no JSON value, only white space")
            }
            let value = try value()
            skipWhitespace()
            if index < bytes.count {
                throw JSONSyntaxError(offset: index, message: "unexpected \(describe(bytes[index])) after the end of the document")
            }
            return value
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        mutating func value() throws(JSONSyntaxError) -> JSONValue {
            if let target, found == nil, path == target { found = index }
            guard index < bytes.count else {
                throw JSONSyntaxError(offset: index, message: "the document ends where a value was expected")
            }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object()
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): try literal("true"); return .bool(true)
            case UInt8(ascii: "f"): try literal("false"); return .bool(false)
            case UInt8(ascii: "n"): try literal("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default:
                throw JSONSyntaxError(offset: index, message: "expected a value, found \(describe(bytes[index]))")
            }
        }

        mutating func enter() throws(JSONSyntaxError) {
            depth += 1
            if depth > JSONParser.maximumDepth {
                throw JSONSyntaxError(offset: index, message: "values are nested more than \(JSONParser.maximumDepth) levels deep")
            }
        }

        mutating func object() throws(JSONSyntaxError) -> JSONValue {
            try enter()
            index += 1
            var members: [JSONMember] = []
            var seen: Set<String>?
            skipWhitespace()
            // Room for a check-in's members from the start (date, value, confidence, note), where growing one
            // at a time took three reallocations; a key result's fifteen take two more. Room for sixteen in
            // every object left three quarters of a document with check-ins' parse tree empty: 460 MB on
            // a 186 MB document, all of it written to fresh pages.
            if index < bytes.count, bytes[index] != UInt8(ascii: "}") { members.reserveCapacity(4) }
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw expected("a member name in double quotes")
                }
                let keyOffset = index
                let key = try string()
                // Small objects are checked by scanning; large ones switch to a set.
                if members.count < 16 {
                    if members.contains(where: { $0.key == key }) { throw duplicate(key, at: keyOffset) }
                } else {
                    if seen == nil { seen = Set(members.map(\.key)) }
                    if !seen!.insert(key).inserted { throw duplicate(key, at: keyOffset) }
                }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw expected("':' after the member name")
                }
                index += 1
                skipWhitespace()
                if target != nil { path.append(key) }
                let value = try value()
                if target != nil { path.removeLast() }
                members.append(JSONMember(key, value))
                skipWhitespace()
                guard index < bytes.count else { throw expected("',' or '}'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "}") { index += 1; break }
                throw expected("',' or '}' after an object member")
            }
            depth -= 1
            return .object(members)
        }

        mutating func array() throws(JSONSyntaxError) -> JSONValue {
            try enter()
            if splitsLists, let elements = inParts() {
                depth -= 1
                return .array(elements)
            }
            index += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return .array(elements)
            }
            while true {
                skipWhitespace()
                if target != nil { path.append(String(elements.count)) }
                elements.append(try value())
                if target != nil { path.removeLast() }
                skipWhitespace()
                guard index < bytes.count else { throw expected("',' or ']'") }
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                if bytes[index] == UInt8(ascii: "]") { index += 1; break }
                throw expected("',' or ']' after a list element")
            }
            depth -= 1
            return .array(elements)
        }

        /// The elements of the list opening at `index`, parsed in parts on all processors, with `index`
        /// after its `]`; nil (and nothing moved) when the list is short, its layout does not show
        /// where elements start, or any part does not parse exactly up to the next: the list is then
        /// parsed in one go, which also finds the same error at the same place.
        ///
        /// Each part starts at a line indented as the list's first element (a raw line feed is never
        /// inside a string, so the layout can be read without parsing) and goes through the same
        /// steps as the loop in `array()`: value, white space, `,`, white space, until the next part's
        /// start, or the `]` for the last. Parts that each land exactly where the next begins read
        /// the same values as that loop does.
        mutating func inParts() -> [JSONValue]? {
            guard bytes.count - index > JSONParser.parallelBytes, let starts = partStarts() else { return nil }
            nonisolated(unsafe) let bytes = self.bytes
            let depth = self.depth
            let parts = ParallelChunks.map(count: starts.count - 1, minimumPerChunk: 1) { range -> [(elements: [JSONValue], end: Int)?] in
                range.map { part in
                    var reader = Reader(bytes, target: nil)
                    reader.index = starts[part]
                    reader.depth = depth
                    return try? reader.elements(upTo: part == starts.count - 2 ? nil : starts[part + 1])
                }
            }.joined()
            var elements: [JSONValue] = []
            var end = index
            for part in parts {
                guard let part else { return nil }
                elements += part.elements
                end = part.end
            }
            index = end + 1
            return elements
        }

        /// Where the parts of the list opening at `index` start, about equal in bytes, then the start of
        /// the line that closes it; nil when its first element is not on a line of its own or the list is short.
        func partStarts() -> [Int]? {
            var line = index + 1
            while line < bytes.count, bytes[line] == 0x20 || bytes[line] == 0x09 || bytes[line] == 0x0D { line += 1 }
            guard line < bytes.count, bytes[line] == 0x0A else { return nil }
            var candidates: [Int] = []
            var indent: Int?
            // Each line of the list: those indented as the first element start elements, the first one indented less closes the list.
            while let feed = memchr(bytes.baseAddress! + line, 0x0A, bytes.count - line) {
                let start = bytes.baseAddress!.distance(to: feed.assumingMemoryBound(to: UInt8.self)) + 1
                // Spaces counted no further than one past the elements' indentation: deeper lines need no more.
                var text = start
                while text < bytes.count, text - start <= indent ?? Int.max, bytes[text] == 0x20 || bytes[text] == 0x09 { text += 1 }
                line = start
                guard text < bytes.count, bytes[text] != 0x0A, bytes[text] != 0x0D else { continue }
                let column = text - start
                if indent == nil { indent = column }
                if column < indent! {
                    guard let first = candidates.first, start - first > JSONParser.parallelBytes else { return nil }
                    let length = start - first
                    let parts = 16
                    var starts: [Int] = []
                    for candidate in candidates where starts.count * length / parts <= candidate - first {
                        starts.append(candidate)
                    }
                    return starts + [start]
                }
                if column == indent!, bytes[text] != UInt8(ascii: "}"), bytes[text] != UInt8(ascii: "]") { candidates.append(text) }
            }
            return nil
        }

        /// Values separated by commas from `index`, as `array()` reads them, up to exactly `end` after a comma,
        /// or with no `end` up to a `]` (not read); nil when they do not land there.
        mutating func elements(upTo end: Int?) throws(JSONSyntaxError) -> (elements: [JSONValue], end: Int)? {
            var elements: [JSONValue] = []
            while true {
                skipWhitespace()
                elements.append(try value())
                skipWhitespace()
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    guard let end else { continue }
                    skipWhitespace()
                    if index == end { return (elements, end) }
                    if index > end { return nil }
                    continue
                }
                return end == nil && bytes[index] == UInt8(ascii: "]") ? (elements, index) : nil
            }
        }

        mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
            let start = index
            let count = word.utf8CodeUnitCount
            guard bytes.count - index >= count else {
                throw JSONSyntaxError(offset: start, message: "expected a value")
            }
            for i in 0..<count where bytes[index + i] != word.utf8Start[i] {
                throw JSONSyntaxError(offset: start, message: "expected a value (true, false, null, a number, a string, a list or an object)")
            }
            index += count
        }

        mutating func number() throws(JSONSyntaxError) -> String {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw JSONSyntaxError(offset: start, message: "a number needs digits after '-'")
            }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count, isDigit(bytes[index]) {
                    throw JSONSyntaxError(offset: start, message: "numbers may not start with a leading zero")
                }
            } else {
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard index < bytes.count, isDigit(bytes[index]) else {
                    throw JSONSyntaxError(offset: start, message: "a number needs digits after the decimal point")
                }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard index < bytes.count, isDigit(bytes[index]) else {
                    throw JSONSyntaxError(offset: start, message: "a number needs digits in its exponent")
                }
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            }
            // Number text is ASCII, so this cannot fail.
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        mutating func string() throws(JSONSyntaxError) -> String {
            let open = index
            index += 1
            let start = index
            // Fast path: no escapes, so the bytes between the quotes are the string.
            // Plain ASCII needs no validation: most of a document's strings skip the generic validating initializer.
            var ascii = true
            // Eight bytes at a time while none is a quote, a backslash, a control character or beyond ASCII
            // (most of a statement), as one 64-bit word: `x - 0x20…20 & ~x & 0x80…80` is non-zero when some
            // byte of `x` is below 0x20, so a byte equal to `b` shows as one below 0x01 in `x ^ b…b`.
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs = 0x80 &* ones
            func hasBelow(_ x: UInt64, _ limit: UInt8) -> Bool { (x &- UInt64(limit) &* ones) & ~x & highs != 0 }
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
                if word & highs != 0 || hasBelow(word, 0x20) || hasBelow(word ^ (0x22 &* ones), 1) || hasBelow(word ^ (0x5C &* ones), 1) { break }
                index += 8
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    let text = ascii ? String(decoding: slice, as: UTF8.self) : try utf8(start..<index)
                    index += 1
                    return text
                }
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw controlCharacter(byte) }
                ascii = ascii && byte < 0x80
                index += 1
            }
            guard index < bytes.count else {
                throw JSONSyntaxError(offset: open, message: "this string is never closed")
            }
            var scratch = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    guard let text = String(validating: scratch, as: UTF8.self) else {
                        throw JSONSyntaxError(offset: start + (firstInvalidUTF8(scratch) ?? 0), message: "invalid UTF-8 in a string")
                    }
                    return text
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { break }
                    try escape(into: &scratch)
                case 0..<0x20:
                    throw controlCharacter(byte)
                default:
                    scratch.append(byte)
                    index += 1
                }
            }
            throw JSONSyntaxError(offset: open, message: "this string is never closed")
        }

        mutating func escape(into scratch: inout [UInt8]) throws(JSONSyntaxError) {
            let escapeStart = index - 1
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): scratch.append(0x22)
            case UInt8(ascii: "\\"): scratch.append(0x5C)
            case UInt8(ascii: "/"): scratch.append(0x2F)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(escapeStart)
                if (0xD800...0xDBFF).contains(scalar) {
                    // A high surrogate must be followed by an escaped low surrogate.
                    guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw JSONSyntaxError(offset: escapeStart, message: "a \\u escape holds half of a surrogate pair")
                    }
                    index += 2
                    let low = try hex4(escapeStart)
                    guard (0xDC00...0xDFFF).contains(low) else {
                        throw JSONSyntaxError(offset: escapeStart, message: "a \\u escape holds half of a surrogate pair")
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw JSONSyntaxError(offset: escapeStart, message: "a \\u escape holds half of a surrogate pair")
                }
                scratch.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default:
                throw JSONSyntaxError(offset: escapeStart, message: "unknown escape '\\\(Character(Unicode.Scalar(byte)))' in a string")
            }
        }

        mutating func hex4(_ escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
            guard bytes.count - index >= 4 else {
                throw JSONSyntaxError(offset: escapeStart, message: "a \\u escape needs four hex digits")
            }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw JSONSyntaxError(offset: escapeStart, message: "a \\u escape needs four hex digits")
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        func utf8(_ range: Range<Int>) throws(JSONSyntaxError) -> String {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            guard let text = String(validating: slice, as: UTF8.self) else {
                throw JSONSyntaxError(offset: range.lowerBound + (firstInvalidUTF8(Array(slice)) ?? 0), message: "invalid UTF-8 in a string")
            }
            return text
        }

        func controlCharacter(_ byte: UInt8) -> JSONSyntaxError {
            JSONSyntaxError(offset: index, message: "a raw control character (\(hex(byte))) in a string; write it as an escape such as \\n")
        }

        func expected(_ what: String) -> JSONSyntaxError {
            let found = index < bytes.count ? describe(bytes[index]) : "the end of the file"
            return JSONSyntaxError(offset: index, message: "expected \(what), found \(found)")
        }

        func duplicate(_ key: String, at offset: Int) -> JSONSyntaxError {
            JSONSyntaxError(offset: offset, message: "the member \"\(TextSafety.clip(key))\" appears twice in one object")
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        func describe(_ byte: UInt8) -> String {
            if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            return hex(byte)
        }

        func hex(_ byte: UInt8) -> String {
            let digits = Array("0123456789ABCDEF")
            return "byte 0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
        }
    }
}

/// The offset of the first byte that breaks UTF-8, or nil when all of it is valid.
func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): offset += UTF8.width(scalar)
        case .emptyInput: return nil
        case .error: return offset
        }
    }
}
