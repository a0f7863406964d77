/// Checks what the shape alone cannot: unique ids, references that resolve,
/// real calendar dates, timestamps, and numbers in range.
public enum DocumentValidator {
    public static func validate(_ document: Document) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        var ids: [String: JSONPointer] = [:]

        func claim(_ id: String, at pointer: JSONPointer) {
            guard !id.isEmpty else { return }
            if let first = ids[id] {
                issues.append(ValidationIssue(pointer, "the id \"\(TextSafety.clip(id, limit: 20))\" is already used at \(first); give this item its own id"))
            } else {
                ids[id] = pointer
            }
        }

        for (field, value) in [("createdAt", document.createdAt), ("updatedAt", document.updatedAt)] {
            if let value, !Timestamp.isValid(value) {
                issues.append(ValidationIssue(.root / field, "\"\(TextSafety.clip(value, limit: 30))\" is not a timestamp like 2026-11-27T10:00:00Z"))
            }
        }
        for (k, kpi) in document.kpis.enumerated() {
            claim(kpi.id, at: .root / "kpis" / k / "id")
        }
        let kpiIDs = Set(document.kpis.map(\.id))
        for (o, objective) in document.objectives.enumerated() {
            let base = JSONPointer.root / "objectives" / o
            claim(objective.id, at: base / "id")
            for (i, reference) in objective.kpis.enumerated() where !kpiIDs.contains(reference) {
                issues.append(ValidationIssue(base / "kpis" / i, "no KPI has the id \"\(TextSafety.clip(reference, limit: 20))\"; use one of the ids under \"kpis\""))
            }
            for (k, keyResult) in objective.keyResults.enumerated() {
                let at = base / "keyResults" / k
                claim(keyResult.id, at: at / "id")
                if let due = keyResult.due, !CalendarDate.isValid(due) {
                    issues.append(ValidationIssue(at / "due", "\"\(TextSafety.clip(due, limit: 30))\" is not a date like 2027-03-31"))
                }
                if let confidence = keyResult.confidence, !(0...1).contains(confidence) {
                    issues.append(ValidationIssue(at / "confidence", "confidence is a share from 0 to 1 (0.5 is 5/10), not \(JSONNumber.format(confidence))"))
                }
            }
        }
        return issues
    }
}
