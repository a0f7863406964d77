/// Writes JSON as people read it: two-space indentation, members in the order
/// given, short lists of plain values on one line, non-ASCII text kept as is.
public enum JSONWriter {
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(value, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    /// One line, no spaces: for JSON Lines and embedding.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        writeCompact(value, into: &out)
        return out
    }

    private static let inlineLimit = 72

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case .array(let elements):
            if elements.isEmpty { out.append("[]"); return }
            if elements.allSatisfy(isScalar) {
                var line = ""
                writeCompact(value, into: &line, spaced: true)
                if line.utf8.count <= inlineLimit { out.append(line); return }
            }
            out.append("[\n")
            for (i, element) in elements.enumerated() {
                pad(indent + 1, &out)
                write(element, indent: indent + 1, into: &out)
                out.append(i == elements.count - 1 ? "\n" : ",\n")
            }
            pad(indent, &out)
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append("{\n")
            for (i, member) in members.enumerated() {
                pad(indent + 1, &out)
                writeString(member.key, into: &out)
                out.append(": ")
                write(member.value, indent: indent + 1, into: &out)
                out.append(i == members.count - 1 ? "\n" : ",\n")
            }
            pad(indent, &out)
            out.append("}")
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeCompact(_ value: JSONValue, into out: inout String, spaced: Bool = false) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): out.append(flag ? "true" : "false")
        case .number(let text): out.append(text)
        case .string(let text): writeString(text, into: &out)
        case .array(let elements):
            out.append("[")
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(spaced ? ", " : ",") }
                writeCompact(element, into: &out, spaced: spaced)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (i, member) in members.enumerated() {
                if i > 0 { out.append(spaced ? ", " : ",") }
                writeString(member.key, into: &out)
                out.append(spaced ? ": " : ":")
                writeCompact(member.value, into: &out, spaced: spaced)
            }
            out.append("}")
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }

    private static func pad(_ level: Int, _ out: inout String) {
        for _ in 0..<level { out.append("  ") }
    }

    /// Escapes quotes, backslashes and every control character, so no raw
    /// control byte ever lands in a file.
    static func writeString(_ text: String, into out: inout String) {
        out.append("\"")
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
            needsEscape = true
            break
        }
        if !needsEscape {
            out.append(text)
            out.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
