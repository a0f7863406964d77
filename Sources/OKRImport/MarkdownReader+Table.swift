import OKRModel

/// Pipe tables: key results where a column is "Key result" (okr's export), KPIs under "KPIs", grades
/// under "Retrospective".
extension MarkdownReader {
    mutating func row(_ cells: [String]) {
        guard let header = tableHeader else {
            tableHeader = cells.map { MarkdownInline.plain($0).lowercased() }
            return
        }
        func cell(_ names: [String]) -> String? {
            guard let i = header.firstIndex(where: names.contains), i < cells.count else { return nil }
            let value = MarkdownInline.plain(cells[i])
            return MarkdownValue.isNone(value) ? nil : value
        }
        if section == .retrospective {
            return retroGrade(id: cell(["id"]), grade: cell(["grade"]), why: cell(["why"]))
        }
        if section == .kpis, let name = cell(["kpi", "name", "metric"]) {
            let now = cell(["now", "current", "value"]).flatMap(MarkdownValue.quantity)
            document.kpis.append(KPI(id: cell(["id"]) ?? "", name: name, unit: now?.unit, current: now?.value))
            lines[.root / "kpis" / (document.kpis.count - 1)] = number
            return
        }
        guard section == .objectives || section == .overview,
              header.contains(where: { ["key result", "key results", "kr", "statement"].contains($0) }) else { return }
        let id = cell(["id"])
        addKeyResult(statement: cell(["key result", "key results", "kr", "statement"]) ?? "", id: id, indent: nil)
        guard let current = keyResult else { return }
        var keyResult = document.objectives[current.objective].keyResults[current.index]
        if let change = cell(["from → to", "from -> to", "change"]).flatMap(MarkdownValue.change) {
            (keyResult.baseline, keyResult.target, keyResult.unit) = change
        }
        if let target = cell(["target"]).flatMap(MarkdownValue.quantity) {
            keyResult.target = target.value
            keyResult.unit = keyResult.unit ?? target.unit
        }
        if let baseline = cell(["baseline", "start"]).flatMap(MarkdownValue.quantity) {
            keyResult.baseline = baseline.value
            keyResult.unit = keyResult.unit ?? baseline.unit
        }
        keyResult.owner = cell(["owner"])
        if let due = cell(["due", "deadline"]) {
            if CalendarDate.isValid(due) {
                keyResult.due = due
            } else {
                problems.append(ImportProblem(line: number, message: "\"\(TextSafety.clip(due, limit: 30))\" is not a date like 2027-03-31; the key result's due date is left empty, write it as year-month-day"))
            }
        }
        keyResult.confidence = cell(["confidence"]).flatMap(MarkdownValue.confidence)
        document.objectives[current.objective].keyResults[current.index] = keyResult
        // The rows after this one are key results of the same objective, not details of this one.
        self.keyResult = nil
    }
}
