import OKRModel

/// DESIGN.md's CSV: one row per key result (an objective without key results
/// still gets one, with empty key-result cells), RFC 4180 quoting, CRLF line
/// ends, UTF-8 without a byte order mark, empty cells for unset values, numbers
/// in plain form (`1200`, `4.2`) and confidence as the 0–1 number.
/// Columns past DESIGN.md's (`done_when`, `shared_with`, `kpis`, `participants`)
/// come last, so a reader that takes the first eighteen by position still works;
/// lists inside a cell are separated by "; ".
///
/// Values are written exactly as they are, including ones that start with
/// `=`, `+`, `-` or `@`. A spreadsheet may take such a cell for a formula
/// ("CSV injection"), but the usual guard — a leading `'` or space — changes
/// the value, and this file also feeds other OKR tools and scripts that must
/// get back exactly what the team wrote. Quoting does not stop a spreadsheet
/// from evaluating a formula either, so the guard belongs to the import: open
/// the file with its columns set to text when its source is not trusted.
enum CSVRenderer {
    static let header = [
        "team", "period", "objective_id", "objective", "type", "objective_owner",
        "kr_id", "key_result", "metric", "baseline", "target", "unit", "direction",
        "due", "kr_owner", "confidence", "indicator", "focus",
        "done_when", "shared_with", "kpis", "participants",
    ]

    static func render(_ document: Document) -> String {
        var out = record(header)
        for objective in document.objectives {
            let lead = [
                document.team, document.period, objective.id, objective.title,
                objective.type?.rawValue ?? "", objective.owner ?? "",
            ]
            let trail = [
                objective.sharedWith.joined(separator: "; "),
                objective.kpis.map { id in kpi(id, in: document) }.joined(separator: "; "),
                document.participants.joined(separator: "; "),
            ]
            if objective.keyResults.isEmpty {
                out += record(lead + Array(repeating: "", count: header.count - lead.count - trail.count) + trail)
            }
            for keyResult in objective.keyResults {
                out += record(lead + cells(keyResult) + trail)
            }
        }
        return out
    }

    private static func cells(_ keyResult: KeyResult) -> [String] {
        [
            keyResult.id, keyResult.statement, keyResult.metric ?? "",
            keyResult.baseline.map(NumberText.plain) ?? "", keyResult.target.map(NumberText.plain) ?? "",
            keyResult.unit ?? "", keyResult.direction?.rawValue ?? "", keyResult.due ?? "",
            keyResult.owner ?? "", keyResult.confidence.map(NumberText.plain) ?? "",
            keyResult.indicator?.rawValue ?? "", keyResult.focus?.rawValue ?? "",
            keyResult.doneWhen ?? "",
        ]
    }

    /// `K1 Stock-out rate (4.2%)`: the id with what the KPI is and where it stands, so the row reads alone.
    private static func kpi(_ id: String, in document: Document) -> String {
        guard let kpi = document.kpis.first(where: { $0.id == id }) else { return id }
        let now = kpi.current.map { " (" + NumberText.plain($0) + (kpi.unit.map { $0 == "%" ? $0 : " " + $0 } ?? "") + ")" } ?? ""
        return id + " " + kpi.name + now
    }

    /// One CRLF-terminated line of fields.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field quoted when RFC 4180 requires it (comma, quote, CR or LF inside), inner quotes doubled.
    static func field(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }
}
