import OKRCoach
import OKRModel

/// The draft as plain text for `/show`: one idea per line, ids first, so a
/// room can read it off a projector. Document text is neutralised.
public enum DraftView {
    public static func render(_ document: Document) -> String {
        let safe = TextSafety.neutralise
        var lines: [String] = []
        let heading = [document.team, document.period].filter { !$0.isEmpty }.map(safe).joined(separator: " · ")
        lines.append(heading.isEmpty ? "(no team or period yet)" : heading)
        if !document.participants.isEmpty { lines.append("With " + document.participants.map(safe).joined(separator: ", ")) }

        lines.append("")
        lines.append("Purpose")
        for (label, answer) in [("Who", document.purpose.who), ("Change", document.purpose.change), ("Evidence", document.purpose.evidence)] {
            lines.append("  \(label.padding(to: 10))\(answer.isBlank ? "—" : safe(answer!))")
        }

        if !document.kpis.isEmpty {
            lines.append("")
            lines.append("KPIs")
            for kpi in document.kpis {
                let now = kpi.current.map { " (now \(NumberText.format($0, unit: kpi.unit)))" } ?? ""
                lines.append("  \(kpi.id.padding(to: 4))\(safe(kpi.name))\(now)")
            }
        }

        for objective in document.objectives {
            lines.append("")
            lines.append("\(objective.id.padding(to: 4))\(safe(objective.title))")
            var facts: [String] = []
            if let type = objective.type { facts.append(type.rawValue) }
            if let owner = objective.owner { facts.append("owner " + safe(owner)) }
            if !objective.sharedWith.isEmpty { facts.append("shared with " + objective.sharedWith.map(safe).joined(separator: ", ")) }
            if !objective.kpis.isEmpty { facts.append("moves " + objective.kpis.joined(separator: ", ")) }
            if let carried = objective.carryOver { facts.append(carried.decision.pastTense + " for " + safe(carried.period)) }
            if !facts.isEmpty { lines.append("    " + facts.joined(separator: " · ")) }
            if objective.keyResults.isEmpty { lines.append("    (no key results yet)") }
            for keyResult in objective.keyResults {
                let short = keyResult.id.hasPrefix(objective.id + ".") ? String(keyResult.id.dropFirst(objective.id.count + 1)) : keyResult.id
                lines.append("    \(short.padding(to: 5))\(safe(keyResult.statement))")
                let summary = KeyResultSummary.describe(keyResult)
                if !summary.isEmpty { lines.append("         " + safe(summary)) }
                var facts: [String] = []
                if let doneWhen = keyResult.doneWhen { facts.append("done when " + safe(doneWhen)) }
                if let owner = keyResult.owner { facts.append("owner " + safe(owner)) }
                if let confidence = keyResult.confidence { facts.append("confidence " + NumberText.outOfTen(confidence)) }
                if let grade = keyResult.grade { facts.append("graded " + ScoreText.grade(grade) + (keyResult.gradeNote.map { ": " + safe($0) } ?? "")) }
                if let carried = keyResult.carryOver { facts.append(carried.decision.pastTense + " for " + safe(carried.period)) }
                if !facts.isEmpty { lines.append("         " + facts.joined(separator: " · ")) }
            }
            if let learned = objective.retro?.learned { lines.append("    Learned: " + safe(learned)) }
            if let differently = objective.retro?.differently { lines.append("    Next time: " + safe(differently)) }
        }

        if !document.notes.isEmpty {
            lines.append("")
            lines.append("Parking lot")
            lines.append(contentsOf: document.notes.map { "  - " + safe($0) })
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Pads with spaces to at least `width` characters, plus one space of separation.
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
