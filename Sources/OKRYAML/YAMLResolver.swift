/// What a plain scalar means by YAML 1.1's rules, as libyaml's users (PyYAML, Ruby) and most tools
/// read it: `yes` is true, `2027-03-31` a date, `0x1F` a number. The reader types values by them
/// where okr's format has no say (unknown members), and the writer quotes any text they would read
/// as something else, so what okr writes every YAML reader reads back as written.
/// YAML 1.2's forms that 1.1 lacks (`1e3`) count as numbers too: quoting them costs nothing.
public enum YAMLResolver {
    public enum Kind: Equatable, Sendable {
        case null, bool, int, float, timestamp
        /// `<<` (merge) and `=` (value): keys with a meaning of their own.
        case special
        case string
    }

    public static func kind(of text: String) -> Kind {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
             "on", "On", "ON", "off", "Off", "OFF":
            return .bool
        case "<<", "=": return .special
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN": return .float
        default: break
        }
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || isDigit(first) else {
            return .string
        }
        if isTimestamp(bytes) { return .timestamp }
        if isInteger(bytes) { return .int }
        if isFloat(bytes) { return .float }
        return .string
    }

    /// The value of an int or float scalar when it is a finite number, with its digits' underscores,
    /// a base prefix (0x, 0o, 0b) or YAML 1.1's leading-zero octal read as YAML reads them.
    public static func number(_ text: String) -> Double? {
        var body = Substring(text.filter { $0 != "_" })
        var sign = 1.0
        if let first = body.first, first == "-" || first == "+" {
            if first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        if body.contains(":") {
            // Sexagesimal, 1:30 = 90.
            var value = 0.0
            for part in body.split(separator: ":", omittingEmptySubsequences: false) {
                guard let digits = Double(part) else { return nil }
                value = value * 60 + digits
            }
            return sign * value
        }
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where body.hasPrefix(prefix) {
            return UInt64(body.dropFirst(2), radix: radix).map { sign * Double($0) }
        }
        if body.count > 1, body.hasPrefix("0"), body.allSatisfy(\.isNumber), let octal = UInt64(body.dropFirst(), radix: 8) {
            return sign * Double(octal)
        }
        guard let value = Double(body), value.isFinite else { return nil }
        return sign * value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// `[-+]?` then 0b…, 0x…, 0o…, digits with underscores, or sexagesimal `1:30`.
    private static func isInteger(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { body = body.dropFirst() }
        guard let first = body.first, isDigit(first) else { return false }
        if body.count > 2, first == UInt8(ascii: "0") {
            let rest = body.dropFirst(2)
            switch body[body.startIndex + 1] {
            case UInt8(ascii: "x"): return !rest.isEmpty && rest.allSatisfy { isDigit($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0 | 0x20) || $0 == UInt8(ascii: "_") }
            case UInt8(ascii: "o"), UInt8(ascii: "b"): return !rest.isEmpty && rest.allSatisfy { isDigit($0) || $0 == UInt8(ascii: "_") }
            default: break
            }
        }
        return body.allSatisfy { isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ":") }
    }

    /// `[-+]?` digits, an optional `.` and digits, an optional exponent; or `.5`; underscores allowed.
    private static func isFloat(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { body = body.dropFirst() }
        let whole = body.prefix { isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ":") }
        body = body.dropFirst(whole.count)
        var fraction: ArraySlice<UInt8> = []
        if body.first == UInt8(ascii: ".") {
            body = body.dropFirst()
            fraction = body.prefix { isDigit($0) || $0 == UInt8(ascii: "_") }
            body = body.dropFirst(fraction.count)
        } else if body.first != UInt8(ascii: "e") && body.first != UInt8(ascii: "E") {
            return false
        }
        guard whole.contains(where: isDigit) || fraction.contains(where: isDigit) else { return false }
        if let e = body.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            body = body.dropFirst()
            if let sign = body.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { body = body.dropFirst() }
            guard !body.isEmpty, body.allSatisfy(isDigit) else { return false }
            return true
        }
        return body.isEmpty
    }

    /// `2027-03-31`, `2027-3-1`, and with a time: `2027-03-31T10:00:00Z`, `2027-03-31 10:00:00.5 +1`.
    private static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        var i = 0
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let start = i
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            return range.contains(i - start)
        }
        func take(_ byte: Character) -> Bool {
            guard i < bytes.count, bytes[i] == byte.asciiValue! else { return false }
            i += 1
            return true
        }
        guard digits(4...4), take("-"), digits(1...2), take("-"), digits(1...2) else { return false }
        if i == bytes.count { return true }
        // A time follows a T, t or spaces; whatever follows the hour's first digits makes it a timestamp
        // in YAML 1.1's loose sense, and quoting such text is always safe.
        guard bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: "t") || bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") else { return false }
        while i < bytes.count, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") || bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: "t") { i += 1 }
        return digits(1...2) && take(":")
    }
}
