import OKRCoach
import OKRModel

/// A CommonMark page a team pastes into a wiki as is: title, team and
/// participants, purpose, KPIs, one section per objective with a table of its
/// key results, their status once there are check-ins, the coach's open points as "To discuss", the team's
/// decisions, and the notes as the parking lot.
/// Tables use the GFM pipe syntax most wikis read; every piece of user text
/// goes through `MarkdownText`, so the only formatting is the page's own.
enum MarkdownRenderer {
    /// Shown in cells and fields that have no value.
    static let none = "—"

    /// `scores`, given once a document has check-ins, add a "Status as of …" section after the objectives.
    static func render(_ document: Document, findings: [Finding], scores: DocumentScore? = nil) -> String {
        var blocks = [title(document), overview(document), purpose(document.purpose)]
        if !document.kpis.isEmpty { blocks.append(kpis(document.kpis)) }
        blocks.append("## Objectives")
        if document.objectives.isEmpty { blocks.append("No objectives yet.") }
        for objective in document.objectives { blocks += self.objective(objective, kpis: document.kpis) }
        if let scores { blocks += StatusMarkdown.section(document, scores: scores) }
        blocks += RetroMarkdown.section(document, scores: scores)
        let open = findings.filter { $0.severity != .info && !$0.kept }
        if !open.isEmpty { blocks.append(toDiscuss(open)) }
        let kept = findings.filter(\.kept)
        if !kept.isEmpty { blocks.append(decisions(kept)) }
        if !document.notes.isEmpty { blocks.append("## Parking lot\n\n" + bullets(document.notes.map { MarkdownText.escape($0) })) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func title(_ document: Document, heading: String = "OKRs") -> String {
        let parts = [document.team, document.period].map { MarkdownText.escape($0) }.filter { !$0.isEmpty }
        return "# " + heading + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", "))
    }

    static func overview(_ document: Document) -> String {
        bullets([
            "Team: " + text(document.team),
            "Period: " + text(document.period),
            "Participants: " + list(document.participants),
        ])
    }

    /// The three questions with the team's answers; the questions are the page's only bold text.
    static func purpose(_ purpose: Purpose) -> String {
        let answers = [
            ("Who are we creating value for?", purpose.who),
            ("What do we want to see change?", purpose.change),
            ("How will we know we made the intended impact?", purpose.evidence),
        ]
        return "## Purpose\n\n" + bullets(answers.map { question, answer in
            "**\(question)** " + (answer.isBlank ? "Not answered yet." : MarkdownText.escape(answer!))
        })
    }

    static func kpis(_ kpis: [KPI]) -> String {
        "## KPIs\n\n" + table(["ID", "KPI", "Now"], kpis.map { kpi in
            [MarkdownText.escape(kpi.id), text(kpi.name), kpi.current.map { quantity($0, unit: kpi.unit) } ?? none]
        })
    }

    /// A heading, the objective's facts as a list, and its key results as a table.
    static func objective(_ objective: Objective, kpis: [KPI]) -> [String] {
        var blocks = ["### " + MarkdownText.escape(objective.id) + ": " + text(objective.title)]
        var facts: [String] = []
        if let type = objective.type { facts.append("Type: " + type.rawValue + " (" + meaning(of: type) + ")") }
        if let owner = objective.owner { facts.append("Owner: " + text(owner)) }
        if !objective.sharedWith.isEmpty { facts.append("Shared with: " + list(objective.sharedWith)) }
        if !objective.kpis.isEmpty {
            let names = objective.kpis.map { id in
                let escaped = MarkdownText.escape(id)
                guard let kpi = kpis.first(where: { $0.id == id }) else { return escaped }
                return escaped + " " + MarkdownText.escape(kpi.name, separators: [";"])
            }
            facts.append("Moves KPIs: " + names.joined(separator: "; "))
        }
        if !facts.isEmpty { blocks.append(bullets(facts)) }
        if objective.keyResults.isEmpty {
            blocks.append("No key results yet.")
        } else {
            blocks.append(table(["ID", "Key result", "From → to", "Owner", "Due", "Confidence"], objective.keyResults.map { keyResult in
                [
                    MarkdownText.escape(keyResult.id), text(keyResult.statement), change(keyResult),
                    keyResult.owner.map(text) ?? none, keyResult.due.map(text) ?? none,
                    keyResult.confidence.map(ScoreText.confidence) ?? none,
                ]
            }))
            let done = objective.keyResults.compactMap { keyResult in
                keyResult.doneWhen.map { MarkdownText.escape(keyResult.id) + " is done when: " + text($0) }
            }
            if !done.isEmpty { blocks.append(bullets(done)) }
        }
        return blocks
    }

    /// What the type means for the score, for readers who were not in the room.
    static func meaning(of type: ObjectiveType) -> String {
        switch type {
        case .committed: return "expected in full; anything less is a miss"
        case .aspirational: return "a stretch; 0.7 is a good score"
        }
    }

    /// The coach's errors and warnings: what it noticed about which item, and the question to talk over.
    static func toDiscuss(_ findings: [Finding]) -> String {
        "## To discuss\n\n" + bullets(findings.map { finding in
            let item = finding.target == "document" ? "Whole set" : MarkdownText.escape(finding.target)
            return "\(item) (\(finding.severity.rawValue), \(MarkdownText.escape(finding.rule))): "
                + MarkdownText.escape(finding.message) + " " + MarkdownText.escape(finding.question)
        })
    }

    /// What the coach raised and the team decided to keep as it is: their decision, on the record.
    static func decisions(_ findings: [Finding]) -> String {
        "## Decisions\n\nThe team heard these points and kept the items as they are.\n\n" + bullets(findings.map { finding in
            "\(MarkdownText.escape(finding.target)) (\(finding.severity.rawValue), \(MarkdownText.escape(finding.rule))): "
                + MarkdownText.escape(finding.message)
        })
    }

    /// `15% → 80%`, `1,200 → 300 orders/month`, `? → 80%` when the start is unknown.
    static func change(_ keyResult: KeyResult) -> String {
        switch (keyResult.baseline, keyResult.target) {
        case (nil, nil):
            return none
        case let (baseline, target):
            let from = baseline.map { quantity($0, unit: keyResult.unit, withUnit: keyResult.unit == "%") } ?? "?"
            let to = target.map { quantity($0, unit: keyResult.unit) } ?? "?"
            return from + " → " + to
        }
    }

    /// A number as people write it, with `%` attached and other units after a space.
    static func quantity(_ value: Double, unit: String?, withUnit: Bool = true) -> String {
        let number = NumberText.grouped(value)
        guard withUnit, let unit, !Optional(unit).isBlank else { return number }
        return unit == "%" ? number + "%" : number + " " + MarkdownText.escape(unit)
    }

    static func text(_ value: String) -> String {
        let escaped = MarkdownText.escape(value)
        return escaped.isEmpty ? none : escaped
    }

    /// Names joined by ", ", a comma inside a name escaped so the list reads back as written.
    static func list(_ values: [String]) -> String {
        let items = values.map { MarkdownText.escape($0, separators: [","]) }.filter { !$0.isEmpty }
        return items.isEmpty ? none : items.joined(separator: ", ")
    }

    static func bullets(_ items: [String]) -> String {
        items.map { "- " + ($0.isEmpty ? none : $0) }.joined(separator: "\n")
    }

    /// A GFM pipe table; cells are already escaped, so `|` inside them is `\|`.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let lines = [header, header.map { _ in "---" }] + rows
        return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
