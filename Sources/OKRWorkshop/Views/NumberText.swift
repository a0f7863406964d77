import OKRModel

/// Numbers as people write them: `80`, `4.2`, `15%`, `1200 orders`.
enum NumberText {
    /// `count` is what the parser says when nothing names what is counted: read back as the number alone.
    static func format(_ value: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty, unit != "count" else { return JSONNumber.format(value) }
        // "15%", "4.5/5", "2x" hold on to their number; words stand apart.
        return unit == "%" || unit == "x" || unit.hasPrefix("/") ? JSONNumber.format(value) + unit : JSONNumber.format(value) + " " + unit
    }

    /// A confidence stored as 0–1, said the way a room gives it: `0.7` is "7/10".
    static func outOfTen(_ confidence: Double) -> String {
        JSONNumber.format((confidence * 100).rounded() / 10) + "/10"
    }
}
