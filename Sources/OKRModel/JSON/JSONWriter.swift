/// Writes JSON as people read it: two-space indentation, members in the order
/// given, short lists of plain values on one line, non-ASCII text kept as is.
///
/// Works on UTF-8 bytes: every autosave and `okr lint --format json` runs
/// through here, and appending bytes costs a fraction of appending Strings.
public enum JSONWriter {
    public static func pretty(_ value: JSONValue) -> String {
        String(decoding: prettyBytes(value), as: UTF8.self)
    }

    /// `pretty(_:)` as UTF-8 bytes, ready to write to a file.
    public static func prettyBytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, indent: 0, into: &out)
        out.append(0x0A)
        return out
    }

    /// Appends `value` as `prettyBytes(_:)` writes it when it sits `indent` levels deep
    /// (no padding before it, no newline after it): for callers that write a large
    /// document's parts separately, e.g. on several threads, and join the bytes.
    public static func appendPretty(_ value: JSONValue, indent: Int, to out: inout [UInt8]) {
        write(value, indent: indent, into: &out)
    }

    /// The spaces `prettyBytes(_:)` puts before a line `level` levels deep.
    public static func appendPadding(_ level: Int, to out: inout [UInt8]) {
        pad(level, &out)
    }

    /// Appends a list of objects laid out as `prettyBytes(_:)` lays one out `indent` levels deep,
    /// each element written by `element` (`indent + 1` levels deep): for callers that keep the
    /// bytes of elements that did not change.
    public static func appendList(count: Int, indent: Int, to out: inout [UInt8], element: (Int, inout [UInt8]) -> Void) {
        guard count > 0 else { out.appendASCII("[]"); return }
        openList(to: &out)
        appendElements(0..<count, of: count, indent: indent, to: &out, element: element)
        closeList(indent: indent, to: &out)
    }

    /// The start of a list of elements that `appendElements` writes (in parts, for a long list written
    /// on several threads) and `closeList` ends: `appendList` in three steps.
    public static func openList(to out: inout [UInt8]) {
        out.appendASCII("[\n")
    }

    /// The elements `range` of a list of `count` (more than none) as `appendList` writes them.
    public static func appendElements(_ range: Range<Int>, of count: Int, indent: Int, to out: inout [UInt8], element: (Int, inout [UInt8]) -> Void) {
        for i in range {
            pad(indent + 1, &out)
            element(i, &out)
            out.appendASCII(i == count - 1 ? "\n" : ",\n")
        }
    }

    /// The end of a list that `appendElements` wrote, `indent` levels deep.
    public static func closeList(indent: Int, to out: inout [UInt8]) {
        pad(indent, &out)
        out.append(UInt8(ascii: "]"))
    }

    /// One line, no spaces: for JSON Lines and embedding.
    public static func compact(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        writeCompact(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let inlineLimit = 72

    private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .array(let elements):
            if elements.isEmpty { out.appendASCII("[]"); return }
            if elements.allSatisfy(isScalar) {
                var line: [UInt8] = []
                writeCompact(value, into: &line, spaced: true)
                if line.count <= inlineLimit { out.append(contentsOf: line); return }
            }
            out.appendASCII("[\n")
            for (i, element) in elements.enumerated() {
                pad(indent + 1, &out)
                write(element, indent: indent + 1, into: &out)
                out.appendASCII(i == elements.count - 1 ? "\n" : ",\n")
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            var object = PrettyObject(indent: indent)
            for member in members { object.append(member.key, member.value, to: &out) }
            object.finish(&out)
        default:
            writeCompact(value, into: &out)
        }
    }

    /// Writes an object one member at a time, laid out as `prettyBytes` lays out `.object(members)`
    /// `indent` levels deep (it writes its objects through this): for callers that would build an
    /// object only to write it, as lint's report does for each of a hundred thousand findings.
    public struct PrettyObject {
        private let indent: Int
        private var isEmpty = true

        public init(indent: Int) { self.indent = indent }

        public mutating func append(_ key: String, _ value: JSONValue, to out: inout [UInt8]) {
            appendKey(key, to: &out)
            write(value, indent: indent + 1, into: &out)
        }

        /// Writes a member's key; the caller then writes its value, `indent + 1` levels deep.
        public mutating func appendKey(_ key: String, to out: inout [UInt8]) {
            out.appendASCII(isEmpty ? "{\n" : ",\n")
            isEmpty = false
            pad(indent + 1, &out)
            writeString(key, into: &out)
            out.appendASCII(": ")
        }

        /// Closes the object; `{}` when nothing was appended.
        public func finish(_ out: inout [UInt8]) {
            if isEmpty {
                out.appendASCII("{}")
                return
            }
            out.append(0x0A)
            pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeCompact(_ value: JSONValue, into out: inout [UInt8], spaced: Bool = false) {
        switch value {
        case .null: out.appendASCII("null")
        case .bool(let flag): out.appendASCII(flag ? "true" : "false")
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, into: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.appendASCII(spaced ? ", " : ",") }
                writeCompact(element, into: &out, spaced: spaced)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out.appendASCII(spaced ? ", " : ",") }
                writeString(member.key, into: &out)
                out.appendASCII(spaced ? ": " : ":")
                writeCompact(member.value, into: &out, spaced: spaced)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }

    private static func pad(_ level: Int, _ out: inout [UInt8]) {
        // One copy from a line of spaces: `repeatElement` went through the generic append, for every line written.
        let count = 2 * level
        // A few spaces (most lines are a few levels deep) appended one by one, cheaper than a copy's call.
        guard count > 8 else {
            for _ in 0..<count { out.append(UInt8(ascii: " ")) }
            return
        }
        guard count <= spaces.count else { return out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
        spaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// Escapes quotes, backslashes and every control character, so no raw
    /// control byte ever lands in a file. Byte by byte: the bytes escaped are
    /// all single-byte scalars, and the bytes of longer UTF-8 sequences are all 0x80 or above.
    static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most strings need no escape: copy them whole (checked on the contiguous bytes, not through the UTF-8 view;
        // read in place, as `withUTF8` on a copy would retain and release storage that many findings share).
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes in
            if needsEscape(bytes) { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(0x22)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: #"\""#.utf8)
            case 0x5C: out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            case 0..<0x20, 0x7F:
                let digits = Array("0123456789abcdef".utf8)
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0xF)])
            default:
                out.append(byte)
            }
        }
        out.append(0x22)
    }

    /// Whether any byte is a control character, `"`, `\\` or DEL. Eight bytes at a time, as one
    /// 64-bit word (`x - 0x01…01 & ~x & 0x80…80` is non-zero when some byte of `x` is zero):
    /// lint's report checks every message and question of every finding.
    static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        var i = 0
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
            // `x - 0x20…20 & ~x & 0x80…80` is non-zero exactly when some byte is below 0x20.
            if (word &- 0x20 &* ones) & ~word & highs != 0
                || hasZero(word ^ (0x22 &* ones)) || hasZero(word ^ (0x5C &* ones)) || hasZero(word ^ (0x7F &* ones)) {
                return true
            }
            i += 8
        }
        return bytes[i...].contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }
    }
}

extension [UInt8] {
    /// Appends a literal's bytes: in one copy (appending a String's UTF-8 view goes byte by byte), or,
    /// for the few bytes between members (`",\n"`, `": "`, `null`), one by one, cheaper than a copy's call.
    mutating func appendASCII(_ text: StaticString) {
        let count = text.utf8CodeUnitCount
        guard count > 4 else {
            for i in 0..<count { append(text.utf8Start[i]) }
            return
        }
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
