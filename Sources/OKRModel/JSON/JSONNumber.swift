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
}
