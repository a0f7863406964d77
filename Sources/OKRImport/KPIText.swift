import OKRModel

/// A KPI as one text in a CSV cell: `K1 Stock-out rate on top-100 items (4.2%, lower is better)`.
/// `okr export --format csv` (CSVRenderer) writes each KPI of the document so in `document_kpis`
/// (the brackets always, `no value` when there is nothing to put in them, `in orders/month` for a
/// unit without a value), and each KPI an objective moves, without which way is better, in `kpis`.
public enum KPIText {
    /// The KPI a text names. The id is the first word when it looks like one (`K1`, `KPI7`); the
    /// brackets at the end are read as value, unit and direction only when all of them read so, so a
    /// name that ends in brackets of its own keeps them.
    public static func parse(_ text: String) -> KPI {
        var rest = Substring(text.trimmingWhitespace())
        var id = ""
        if let space = rest.firstIndex(of: " "), looksLikeID(rest[..<space]) {
            id = String(rest[..<space])
            rest = rest[rest.index(after: space)...]
        } else if looksLikeID(rest) {
            return KPI(id: String(rest), name: "")
        }
        var kpi = KPI(id: id, name: String(rest))
        guard rest.hasSuffix(")"), let open = lastOpening(in: rest) else { return kpi }
        let inside = rest[rest.index(open, offsetBy: 2)..<rest.index(before: rest.endIndex)]
        var read = KPI(id: id, name: String(rest[..<open]))
        for part in inside.split(separator: ",").map({ $0.trimmingWhitespace() }) {
            if part == "no value" { continue }
            if let better = Better.allCases.first(where: { part == $0.rawValue + " is better" }) {
                read.better = better
            } else if part.hasPrefix("in "), part.count > 3 {
                read.unit = String(part.dropFirst(3))
            } else if let (value, unit) = valueAndUnit(part) {
                read.current = value
                read.unit = unit
            } else {
                return kpi
            }
        }
        kpi = read
        return kpi
    }

    /// Where the last " (" starts.
    private static func lastOpening(in text: Substring) -> Substring.Index? {
        var i = text.endIndex
        while i > text.startIndex {
            i = text.index(before: i)
            if text[i] == "(", i > text.startIndex, text[text.index(before: i)] == " " { return text.index(before: i) }
        }
        return nil
    }

    /// `4.2%` or `1200 orders/month`, as `render` writes them.
    private static func valueAndUnit(_ text: String) -> (Double, String?)? {
        if let value = Double(text), text.first?.isNumber == true || text.first == "-" { return (value, nil) }
        if text.hasSuffix("%"), let value = Double(text.dropLast()) { return (value, "%") }
        guard let space = text.firstIndex(of: " "), let value = Double(text[..<space]) else { return nil }
        return (value, String(text[text.index(after: space)...]))
    }

    /// Letters then digits, as okr numbers KPIs (`K1`) and sheets often do (`KPI7`).
    private static func looksLikeID(_ word: Substring) -> Bool {
        let letters = word.prefix { $0.isASCII && $0.isLetter }
        let digits = word.dropFirst(letters.count)
        return !letters.isEmpty && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
