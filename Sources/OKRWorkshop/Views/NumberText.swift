import OKRModel

/// Numbers as people write them: `80`, `4.2`, `15%`, `1200 orders`.
enum NumberText {
    static func format(_ value: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return JSONNumber.format(value) }
        return unit == "%" ? JSONNumber.format(value) + "%" : JSONNumber.format(value) + " " + unit
    }
}
