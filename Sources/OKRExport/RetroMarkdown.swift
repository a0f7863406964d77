import OKRCoach
import OKRModel

/// The retrospective's minutes in the Markdown export: per objective, each key result's score from
/// the check-ins beside the grade the team gave and why, then what the objective taught; and, once
/// the next period is planned, what became of each item. Written only when there is something of it.
enum RetroMarkdown {
    static func section(_ document: Document, scores: DocumentScore?) -> [String] {
        let graded = document.objectives.contains { $0.retro != nil || $0.keyResults.contains { $0.grade != nil || $0.gradeNote != nil } }
        var blocks: [String] = []
        if graded {
            blocks.append("## Retrospective")
            blocks.append("Committed key results are expected at 1.0, aspirational ones at about 0.7. The score is what the check-ins say; the grade is the team's.")
            let scored = Dictionary((scores?.objectives ?? []).flatMap(\.keyResults).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for objective in document.objectives {
                let grades = objective.keyResults.compactMap(\.grade)
                let average = grades.isEmpty ? "" : " — average grade " + ScoreText.grade(grades.reduce(0, +) / Double(grades.count))
                blocks.append("### " + MarkdownText.escape(objective.id) + ": " + MarkdownRenderer.text(objective.title) + average)
                if !objective.keyResults.isEmpty {
                    blocks.append(MarkdownRenderer.table(["ID", "Key result", "Score", "Grade", "Why"], objective.keyResults.map { keyResult in
                        [
                            MarkdownText.escape(keyResult.id), MarkdownRenderer.text(keyResult.statement),
                            scored[keyResult.id]?.progress.map { ScoreText.share($0.value) } ?? MarkdownRenderer.none,
                            keyResult.grade.map(ScoreText.grade) ?? MarkdownRenderer.none,
                            keyResult.gradeNote.map(MarkdownRenderer.text) ?? MarkdownRenderer.none,
                        ]
                    }))
                }
                let lessons = [("Learned", objective.retro?.learned), ("Next time", objective.retro?.differently)]
                    .compactMap { label, text in text.map { "**\(label):** " + MarkdownText.escape($0) } }
                if !lessons.isEmpty { blocks.append(MarkdownRenderer.bullets(lessons)) }
            }
        }
        let carried = document.objectives.flatMap { objective in
            [(objective.id, objective.carryOver)] + objective.keyResults.map { ($0.id, $0.carryOver) }
        }.compactMap { id, mark in mark.map { (id, $0) } }
        if let period = carried.first?.1.period {
            blocks.append("## Into " + MarkdownText.escape(period))
            blocks.append(MarkdownRenderer.bullets(carried.map { id, mark in
                return MarkdownText.escape(id) + ": " + mark.decision.pastTense + (mark.reason.map { " — " + MarkdownText.escape($0) } ?? "")
            }))
        }
        return blocks
    }
}
