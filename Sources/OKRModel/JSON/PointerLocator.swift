/// Finds where many JSON Pointers' values start, as lines and columns, in one pass over a
/// document's text: `okr lint` names a line and column for every finding, and locating each
/// one on its own (a pass per pointer) would cost a pass over a large document per finding.
/// The pass follows only the members and elements some pointer goes through and skips the
/// rest without reading it; the text was parsed before, so it is valid JSON.
public enum PointerLocator {
    public static func positions(of pointers: [JSONPointer], in bytes: [UInt8]) -> [JSONPointer: TextPosition] {
        guard !pointers.isEmpty else { return [:] }
        let root = Node()
        for pointer in Set(pointers) {
            var node = root
            for token in pointer.tokens {
                if let child = node.children[token] {
                    node = child
                } else {
                    let child = Node()
                    node.children[token] = child
                    node = child
                }
            }
            node.pointer = pointer
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer)
            scanner.value(root)
            return scanner.found
        }
    }

    /// A step of the wanted pointers: the pointer that ends here, if any, and where they go on.
    private final class Node {
        var pointer: JSONPointer?
        var children: [String: Node] = [:]
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// Lines seen so far and where the current one starts: newlines outside strings only, since
        /// a string in valid JSON holds none raw.
        var line = 1
        var lineStart = 0
        var found: [JSONPointer: TextPosition] = [:]

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

        /// The value here, looking inside only where `node` leads.
        mutating func value(_ node: Node) {
            whitespace()
            guard index < bytes.count else { return }
            if let pointer = node.pointer {
                // Columns count characters: every byte but UTF-8 continuation bytes.
                var column = 1
                for i in lineStart..<index where bytes[i] & 0xC0 != 0x80 { column += 1 }
                found[pointer] = TextPosition(line: line, column: column)
            }
            guard !node.children.isEmpty else { return skip() }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                whitespace()
                while index < bytes.count, bytes[index] != UInt8(ascii: "}") {
                    let key = string()
                    whitespace()
                    index += 1 // the colon
                    if let child = node.children[key] { value(child) } else { whitespace(); skip() }
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
                    if let child = node.children[String(element)] { value(child) } else { skip() }
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

        mutating func skipString() {
            index += 1
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 2
                case UInt8(ascii: "\""):
                    index += 1
                    return
                default: index += 1
                }
            }
        }

        /// A member name, its escapes read (names with escapes are rare; most are copied whole).
        mutating func string() -> String {
            let start = index + 1
            skipString()
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<max(start, index - 1)])
            guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
            guard case .string(let text)? = try? JSONParser.parse(Array(bytes[(start - 1)..<index])) else { return "" }
            return text
        }
    }
}
