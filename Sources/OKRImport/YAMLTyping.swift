import OKRModel
import OKRYAML

/// What a YAML scalar is as a JSON value. Where format v1 wants text or a number, that is what a
/// scalar gives, however it is written: `id: 1` is the text "1", `baseline: "15"` the number 15,
/// `due: 2027-03-31` the date's text. Elsewhere (unknown members) YAML's reading stands
/// (`YAMLResolver`, the rules `okr export --format yaml` quotes against, so what it writes reads back).
enum YAMLTyping {
    static func value(_ scalar: YAMLScalar, wanted: YAMLSchemaPlace.Wanted) -> JSONValue {
        let kind = scalar.kind
        // An empty or `null` plain value is "not set" wherever it is; a quoted "null" is text.
        if kind == .null { return .null }
        switch wanted {
        case .text:
            return .string(scalar.text)
        case .number:
            // A number quoted or not; text that is no number is left as text, for the decoder to name.
            let trimmed = scalar.text.trimmingWhitespace()
            let reading = YAMLResolver.kind(of: trimmed)
            return reading == .int || reading == .float ? number(trimmed) ?? .string(scalar.text) : .string(scalar.text)
        case .yamls:
            switch kind {
            case .bool: return .bool(["yes", "true", "on"].contains(scalar.text.lowercased()))
            case .int, .float: return number(scalar.text) ?? .string(scalar.text)
            default: return .string(scalar.text)
            }
        }
    }

    /// A number as JSON writes it: the text as written when JSON's grammar allows it (so 4.20 stays
    /// 4.20), else its value (0x1F, 1_000, +5); nil for what JSON cannot hold (.inf, .nan).
    private static func number(_ text: String) -> JSONValue? {
        if isJSONNumber(text) { return .number(text) }
        guard let value = YAMLResolver.number(text), value.isFinite else { return nil }
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
