import OKRModel

/// DESIGN.md's CSV: one row per key result (an objective without key results
/// still gets one, with empty key-result cells), RFC 4180 quoting, CRLF line
/// ends, UTF-8 without a byte order mark, empty cells for unset values, numbers
/// in plain form (`1200`, `4.2`) and confidence as the 0–1 number.
/// Columns past DESIGN.md's come last, so a reader that takes the first eighteen
/// by position still works: `done_when`, `shared_with`, `kpis`, `participants`,
/// then what `okr import` needs to read the document back (`current`, the
/// `accepted` rules of key results and objectives, `aligns_to`, the purpose, the
/// parking lot and every KPI in `document_kpis`), then the retrospective's `grade`
/// and `grade_note`. Lists inside a cell are
/// separated by "; ". `team`, `period` and `participants` repeat on every row, as
/// DESIGN.md's readers expect; the purpose, the parking lot and `document_kpis`
/// are written on the first row only: repeated, they doubled the size of a large
/// export, and `okr import` takes a document-wide cell from whichever row has it.
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
        "current", "kr_accepted", "objective_accepted", "aligns_to",
        "purpose_who", "purpose_change", "purpose_evidence", "notes", "document_kpis",
        "grade", "grade_note",
    ]

    static func render(_ document: Document) -> String {
        var out = record(header)
        let whole = [
            document.purpose.who ?? "", document.purpose.change ?? "", document.purpose.evidence ?? "",
            document.notes.joined(separator: "; "), document.kpis.map(kpiDefinition).joined(separator: "; "),
        ]
        var rows = 0
        for objective in document.objectives {
            let lead = [
                document.team, document.period, objective.id, objective.title,
                objective.type?.rawValue ?? "", objective.owner ?? "",
            ]
            let shared = [
                objective.sharedWith.joined(separator: "; "),
                objective.kpis.map { id in kpi(id, in: document) }.joined(separator: "; "),
                document.participants.joined(separator: "; "),
            ]
            let objectiveCells = [objective.accepted.joined(separator: "; "), objective.alignsTo.joined(separator: "; ")]
            // An objective without key results still gets a row, its key-result cells empty.
            for keyResult in objective.keyResults.isEmpty ? [nil] : objective.keyResults.map(Optional.some) {
                let keyResultCells = cells(keyResult ?? KeyResult(statement: ""))
                let after = [keyResult?.current.map(NumberText.plain) ?? "", keyResult?.accepted.joined(separator: "; ") ?? ""]
                let documentCells = rows == 0 ? whole : whole.map { _ in "" }
                let grade = [keyResult?.grade.map(NumberText.plain) ?? "", keyResult?.gradeNote ?? ""]
                out += record(lead + keyResultCells + shared + after + objectiveCells + documentCells + grade)
                rows += 1
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

    /// `K1 Stock-out rate (4.2%, lower is better)`: every KPI with all the workshop asks about it, brackets
    /// always written (`no value` when empty), so `okr import` reads the name back whatever it ends with.
    private static func kpiDefinition(_ kpi: KPI) -> String {
        var parts: [String] = []
        if let current = kpi.current {
            parts.append(NumberText.plain(current) + (kpi.unit.map { $0 == "%" ? $0 : " " + $0 } ?? ""))
        } else if let unit = kpi.unit {
            parts.append("in " + unit)
        }
        if let better = kpi.better { parts.append(better.rawValue + " is better") }
        return kpi.id + " " + kpi.name + " (" + (parts.isEmpty ? "no value" : parts.joined(separator: ", ")) + ")"
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
