/// Numbers in the plain form JSON, CSV and people all read back: `80`, `4.2`.
public enum JSONNumber {
    /// Whole numbers without a fraction (`80`, not `80.0`); others in Swift's
    /// shortest round-trip form, which is valid JSON.
    public static func format(_ value: Double) -> String {
        precondition(value.isFinite, "JSON has no infinite or NaN numbers")
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// `Double(text)`, with whole numbers of up to 15 digits (every one exact in a Double) read from
    /// their digits: `Double(_:)` goes through the C library's `strtod`, about 600 instructions for
    /// each of the hundreds of thousands of numbers in an imported sheet and its statements.
    public static func read(_ text: String) -> Double? {
        var value: UInt64 = 0
        var digits = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 15 else { return Double(text) }
            value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits == 0 ? Double(text) : Double(value)
    }
}
