/// Checks what the shape alone cannot: unique ids, references that resolve,
/// real calendar dates, timestamps, and numbers in range.
public enum DocumentValidator {
    public static func validate(_ document: Document) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        // Where each id was first seen, as a place rather than a pointer: pointers are built only for
        // the issues (a large document has a hundred thousand ids and, as a rule, no duplicates).
        var ids: [String: IDPlace] = [:]
        ids.reserveCapacity(document.kpis.count + document.objectives.reduce(document.objectives.count) { $0 + $1.keyResults.count })

        func claim(_ id: String, at place: IDPlace) {
            guard !id.isEmpty else { return }
            if let first = ids[id] {
                issues.append(ValidationIssue(place.pointer, "the id \"\(TextSafety.clip(id, limit: 20))\" is already used at \(first.pointer); give this item its own id"))
            } else {
                ids[id] = place
            }
        }

        for (field, value) in [("createdAt", document.createdAt), ("updatedAt", document.updatedAt)] {
            if let value, !Timestamp.isValid(value) {
                issues.append(ValidationIssue(.root / field, "\"\(TextSafety.clip(value, limit: 30))\" is not a timestamp like 2026-11-27T10:00:00Z"))
            }
        }
        for (k, kpi) in document.kpis.enumerated() {
            claim(kpi.id, at: .kpi(k))
            checkDates(kpi.history.map(\.date), at: IDPlace.kpi(k).item / "history", &issues)
        }
        checkDates(document.purpose.observations.map(\.date), at: .root / "purpose" / "observations", &issues)
        let kpiIDs = Set(document.kpis.map(\.id))
        // Objectives and key results are read by index, field by field: taking each whole (`for … in`)
        // copied it, retaining every text it holds (a third of validating an import).
        let objectives = document.objectives
        for o in objectives.indices {
            claim(objectives[o].id, at: .objective(o))
            for (i, reference) in objectives[o].kpis.enumerated() where !kpiIDs.contains(reference) {
                issues.append(ValidationIssue(.root / "objectives" / o / "kpis" / i, "no KPI has the id \"\(TextSafety.clip(reference, limit: 20))\"; use one of the ids under \"kpis\""))
            }
            for (i, target) in objectives[o].alignsTo.enumerated() where Alignment(target) == nil {
                issues.append(ValidationIssue(.root / "objectives" / o / "alignsTo" / i, "\"\(TextSafety.clip(target, limit: 40))\" does not name an objective; write the team's name and the objective's id, e.g. \"Company/O2\""))
            }
            let keyResults = objectives[o].keyResults
            for k in keyResults.indices {
                claim(keyResults[k].id, at: .keyResult(o, k))
                if let due = keyResults[k].due, !CalendarDate.isValid(due) {
                    issues.append(ValidationIssue(IDPlace.keyResult(o, k).item / "due", "\"\(TextSafety.clip(due, limit: 30))\" is not a date like 2027-03-31"))
                }
                if let confidence = keyResults[k].confidence, !(0...1).contains(confidence) {
                    issues.append(ValidationIssue(IDPlace.keyResult(o, k).item / "confidence", Self.confidenceMessage(confidence)))
                }
                if let grade = keyResults[k].grade, !(0...1).contains(grade) {
                    issues.append(ValidationIssue(IDPlace.keyResult(o, k).item / "grade", "a grade is a share from 0 to 1 (0.7 is 7/10), not \(JSONNumber.format(grade))"))
                }
                func checkIns() -> JSONPointer { IDPlace.keyResult(o, k).item / "checkIns" }
                let checkInList = keyResults[k].checkIns
                checkDates(checkInList.map(\.date), at: checkIns(), &issues)
                for (c, checkIn) in checkInList.enumerated() {
                    if let confidence = checkIn.confidence, !(0...1).contains(confidence) {
                        issues.append(ValidationIssue(checkIns() / c / "confidence", Self.confidenceMessage(confidence)))
                    }
                }
            }
        }
        return issues
    }

    static func confidenceMessage(_ confidence: Double) -> String {
        "confidence is a share from 0 to 1 (0.5 is 5/10), not \(JSONNumber.format(confidence))"
    }

    /// Dated entries need real dates, in order, one per date: okr keeps them so, and scores read them so.
    /// `list` is made only for an issue: a pointer for each of 80,000 key results was most of validating an import.
    private static func checkDates(_ dates: [String], at list: @autoclosure () -> JSONPointer, _ issues: inout [ValidationIssue]) {
        for (i, date) in dates.enumerated() {
            if !CalendarDate.isValid(date) {
                issues.append(ValidationIssue(list() / i / "date", "\"\(TextSafety.clip(date, limit: 30))\" is not a date like 2027-03-31"))
            } else if i > 0, CalendarDate.isValid(dates[i - 1]), dates[i - 1] >= date {
                issues.append(ValidationIssue(list() / i / "date", "\(date) comes after \(dates[i - 1]); entries are kept in date order, one per date"))
            }
        }
    }
}

/// Where an id sits in a document: a KPI, an objective or a key result, by index.
private enum IDPlace {
    case kpi(Int)
    case objective(Int)
    case keyResult(Int, Int)

    /// The item itself.
    var item: JSONPointer {
        switch self {
        case .kpi(let k): return .root / "kpis" / k
        case .objective(let o): return .root / "objectives" / o
        case .keyResult(let o, let k): return .root / "objectives" / o / "keyResults" / k
        }
    }

    /// Its `id` member.
    var pointer: JSONPointer { item / "id" }
}
