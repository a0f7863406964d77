/// Numbers as people write them: `80`, `4.2`, `15%`, `1200 orders`.
enum NumberText {
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func format(_ value: Double, unit: String?) -> String {
        guard let unit, !unit.isEmpty else { return format(value) }
        return unit == "%" ? format(value) + "%" : format(value) + " " + unit
    }
}
