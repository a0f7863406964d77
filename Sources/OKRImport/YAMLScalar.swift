import OKRModel
import Yams

/// What a YAML scalar is as a JSON value. Where format v1 wants text or a number, that is what a
/// scalar gives, however it is written: `id: 1` is the text "1", `baseline: "15"` the number 15,
/// `due: 2027-03-31` the date's text. Elsewhere (unknown members) YAML's reading stands, the same
/// Yams resolver that `okr export --format yaml` quotes against, so what it writes reads back.
enum YAMLScalar {
    static func value(_ scalar: Node.Scalar, wanted: YAMLSchemaPlace.Wanted) -> JSONValue {
        let tag = Tag.Name(rawValue: Node.scalar(scalar).tag.rawValue)
        // An empty or `null` plain value is "not set" wherever it is; a quoted "null" is text.
        if tag == .null { return .null }
        switch wanted {
        case .text:
            return .string(scalar.string)
        case .number:
            // A number quoted or not; text that is no number is left as text for the decoder to name.
            let plain = Node.Scalar(scalar.string.trimmingWhitespace())
            return number(plain) ?? .string(scalar.string)
        case .yamls:
            switch tag {
            case .bool: return Bool.construct(from: scalar).map(JSONValue.bool) ?? .string(scalar.string)
            case .int, .float: return number(scalar) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        }
    }

    /// A scalar YAML reads as a finite number, as JSON writes it: the text as written when JSON's
    /// grammar allows it (so 4.20 stays 4.20), else its value (0x1F, 1_000, +5).
    private static func number(_ scalar: Node.Scalar) -> JSONValue? {
        let tag = Tag.Name(rawValue: Node.scalar(scalar).tag.rawValue)
        guard tag == .int || tag == .float else { return nil }
        if isJSONNumber(scalar.string) { return .number(scalar.string) }
        if tag == .int, let integer = Int.construct(from: scalar) { return .number(String(integer)) }
        guard let value = Double.construct(from: scalar), value.isFinite else { return nil }
        return .number(value)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func digits() -> Int {
            let count = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") { bytes = bytes.dropFirst() } else if digits() == 0 { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}
