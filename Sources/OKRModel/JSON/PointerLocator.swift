#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds where many JSON Pointers' values start, as lines and columns, in one pass over a
/// document's text: `okr lint` names a line and column for every finding, and locating each
/// one on its own (a pass per pointer) would cost a pass over a large document per finding.
/// The text was parsed before, so it is valid JSON.
public enum PointerLocator {
    /// The line and column of each pointer's value, in the order given; nil where the text has none.
    public static func positions(of pointers: [JSONPointer], in bytes: [UInt8]) -> [TextPosition?] {
        LocatableText(bytes).positions(of: pointers)
    }

    /// A text ready to answer pointers: an okr document's places (its members, its purpose's, each
    /// KPI's, objective's and key result's), nearly all of what findings point at, noted in one
    /// pass; any other pointer is followed through the text when asked. Made apart from the
    /// asking, so `okr lint` can make it while the coach reviews the document.
    public struct LocatableText: Sendable {
        let bytes: [UInt8]
        let layout: DocumentLayout

        public init(_ bytes: [UInt8]) {
            self.bytes = bytes
            layout = bytes.withUnsafeBufferPointer { DocumentLayout($0) }
        }

        /// The line and column of each pointer's value, in the order given; nil where the text has none.
        public func positions(of pointers: [JSONPointer]) -> [TextPosition?] {
            guard !pointers.isEmpty else { return [] }
            let (bytes, layout) = (self.bytes, self.layout)
            // Answered in chunks on all processors; nil for a pointer the layout cannot answer.
            let answers: [TextPosition??] = Array(ParallelChunks.map(count: pointers.count, minimumPerChunk: 20_000) { range in
                bytes.withUnsafeBufferPointer { buffer in range.map { layout.position(of: pointers[$0], in: buffer) } }
            }.joined())
            var found = answers.map { $0 ?? nil }
            let others = answers.indices.filter { answers[$0] == nil }
            if !others.isEmpty {
                for (i, position) in zip(others, PointerLocator.locate(others.map { pointers[$0] }, in: bytes)) { found[i] = position }
            }
            return found
        }
    }

    fileprivate static func locate(_ pointers: [JSONPointer], in bytes: [UInt8]) -> [TextPosition?] {
        guard !pointers.isEmpty else { return [] }
        let root = Node()
        // Each pointer's last step, in the order given: the pass fills in their positions. Pointers
        // come mostly in document order, so each starts from the steps it shares with the one before.
        var path: [Node] = [root]
        var previous: [String] = []
        let ends = pointers.map { pointer -> Node in
            let tokens = pointer.tokens
            var shared = 0
            while shared < tokens.count, shared < previous.count, tokens[shared] == previous[shared] { shared += 1 }
            path.removeLast(path.count - 1 - shared)
            for token in tokens[shared...] { path.append(path.last!.child(token)) }
            previous = tokens
            path.last!.wanted = true
            return path.last!
        }
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            scanner.value(root)
        }
        return ends.map(\.position)
    }

    /// A step of the wanted pointers: whether one ends here (and where its value is, once found),
    /// and where they go on, by member name (compared on bytes, so no name read is made into a
    /// String) or by list index.
    fileprivate final class Node {
        var wanted = false
        var position: TextPosition?
        var members: [(name: [UInt8], node: Node)] = []
        var elements: [Int: Node] = [:]

        var isLeaf: Bool { members.isEmpty && elements.isEmpty }

        func child(_ token: String) -> Node {
            if let index = Int(token), token.utf8.first != UInt8(ascii: "+"), token.utf8.first != UInt8(ascii: "-") {
                if let node = elements[index] { return node }
                let node = Node()
                elements[index] = node
                return node
            }
            let name = Array(token.utf8)
            if let found = members.first(where: { $0.name == name }) { return found.node }
            let node = Node()
            members.append((name, node))
            return node
        }

        /// The step for the member whose name's bytes (as written, escapes read) are `name`.
        func member(_ name: UnsafeBufferPointer<UInt8>) -> Node? {
            for member in members where member.name.count == name.count {
                if name.isEmpty { return member.node }
                // memcmp, not the generic elementsEqual: this runs for every member of every object followed.
                if member.name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0 }) { return member.node }
            }
            // A member called "3" was filed as an index: pointers do not tell the two apart.
            guard !elements.isEmpty, !name.isEmpty, name.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return Int(String(decoding: name, as: UTF8.self)).flatMap { elements[$0] }
        }
    }

    /// The pass over the text, shared with `DocumentLayout`.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// Lines seen so far and where the current one starts: newlines outside strings only, since
        /// a string in valid JSON holds none raw.
        var line = 1
        var lineStart = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func whitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x0A:
                    line += 1
                    index += 1
                    lineStart = index
                case 0x20, 0x09, 0x0D: index += 1
                default: return
                }
            }
        }

        /// The line and column of the byte here.
        var position: TextPosition {
            TextPosition(line: line, from: lineStart, to: index, in: bytes)
        }

        /// The value here, looking inside only where `node` leads.
        fileprivate mutating func value(_ node: Node) {
            whitespace()
            guard index < bytes.count else { return }
            if node.wanted { node.position = position }
            guard !node.isLeaf else { return skip() }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                whitespace()
                while index < bytes.count, bytes[index] != UInt8(ascii: "}") {
                    let child = member(of: node)
                    whitespace()
                    index += 1 // the colon
                    if let child { value(child) } else { whitespace(); skip() }
                    whitespace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        whitespace()
                    }
                }
                index += 1
            case UInt8(ascii: "["):
                index += 1
                whitespace()
                var element = 0
                while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
                    if let child = node.elements[element] { value(child) } else { skip() }
                    element += 1
                    whitespace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                        index += 1
                        whitespace()
                    }
                }
                index += 1
            default:
                skip()
            }
        }

        /// Past the value here, counting the lines it spans.
        mutating func skip() {
            guard index < bytes.count else { return }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                skipString()
                return
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                break
            default:
                // A number, true, false or null: its bytes are letters, digits and signs.
                while index < bytes.count, Scanner.isScalarByte(bytes[index]) { index += 1 }
                return
            }
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    skipString()
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return
                    }
                case 0x0A:
                    line += 1
                    lineStart = index + 1
                default:
                    break
                }
                index += 1
            }
        }

        static func isScalarByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "E")
        }

        /// Past the string that starts here. Most of a document's bytes are in strings: each step
        /// jumps to the next quote (`memchr`), and a quote after an odd run of backslashes is escaped.
        mutating func skipString() {
            index += 1
            guard let base = bytes.baseAddress else { return }
            while index < bytes.count {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "\"")), bytes.count - index) else {
                    index = bytes.count
                    return
                }
                let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var backslashes = 0
                while quote - backslashes - 1 >= index, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
                index = quote + 1
                if backslashes % 2 == 0 { return }
            }
        }

        /// The step for the member name here, if one of `node`'s; the name is compared as it is
        /// written, and read through its escapes only when it has some (rare in a document).
        fileprivate mutating func member(of node: Node) -> Node? {
            let start = index + 1
            skipString()
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<max(start, index - 1)])
            guard raw.contains(UInt8(ascii: "\\")) else { return node.member(raw) }
            guard case .string(let text)? = try? JSONParser.parse(Array(bytes[(start - 1)..<index])) else { return nil }
            return Array(text.utf8).withUnsafeBufferPointer { node.member($0) }
        }
    }
}
