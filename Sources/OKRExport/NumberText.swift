import OKRModel

/// How exports write numbers. CSV and JSON need a form any program reads back
/// (`1200`, `4.2`); Markdown is read by people, so thousands are grouped (`1,200`).
enum NumberText {
    /// Whole numbers without a fraction (`80`, not `80.0`), others in the
    /// shortest form that reads back to the same Double (`4.2`, `0.75`).
    static func plain(_ value: Double) -> String {
        JSONNumber.format(value)
    }

    /// `plain` with the whole part grouped by commas: `1,200`, `12,500.5`, `-3,000`.
    /// Numbers in exponent form are left as they are.
    static func grouped(_ value: Double) -> String {
        let text = plain(value)
        guard !text.contains("e") else { return text }
        let sign = text.hasPrefix("-") ? "-" : ""
        let unsigned = text.dropFirst(sign.count)
        let whole = unsigned.prefix { $0 != "." }
        let fraction = unsigned.dropFirst(whole.count)
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        return sign + groups.joined(separator: ",") + fraction
    }
}
