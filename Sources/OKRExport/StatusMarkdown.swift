import OKRCoach
import OKRModel

/// Where a document stands as of a date, as Markdown: a table per objective with each key result's
/// progress, expected mark, status, confidence and check-ins. Shown by `okr status --format markdown`
/// and, once a document has check-ins, in the Markdown export.
public enum StatusMarkdown {
    /// `okr status --format markdown` for one document: a heading, the status section, and the outcome
    /// review's findings to talk over.
    public static func page(file: String, document: Document, scores: DocumentScore, findings: [Finding]) -> String {
        var blocks = [MarkdownRenderer.title(document, heading: "Status") + " (" + MarkdownText.escape(file) + ")"]
        blocks += section(document, scores: scores)
        let open = findings.filter { !$0.kept }
        blocks.append(open.isEmpty ? "## To discuss\n\nThe outcome review raises nothing." : MarkdownRenderer.toDiscuss(open))
        let kept = findings.filter(\.kept)
        if !kept.isEmpty { blocks.append(MarkdownRenderer.decisions(kept)) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// "## Status as of …", what the numbers mean, and a table per objective.
    static func section(_ document: Document, scores: DocumentScore) -> [String] {
        var intro = "Progress runs from 0 to 1; expected is where a key result should be by now"
        if let elapsed = scores.elapsed {
            intro += " (\(ScoreFormat.percent(elapsed)) of \(MarkdownText.escape(document.period)) has gone by"
                + "; aspirational objectives are expected to reach 0.7, committed ones 1.0)."
        } else {
            intro += ", which needs a period okr can date, such as 2027-Q1, 2027-H2 or 2027."
        }
        var blocks = ["## Status as of " + scores.asOf, intro]
        for (objective, score) in zip(document.objectives, scores.objectives) {
            let overall = score.score.map { ScoreText.share($0) + ", " } ?? ""
            blocks.append("### " + MarkdownText.escape(objective.id) + ": " + MarkdownRenderer.text(objective.title) + " — " + overall + score.status.words)
            guard !score.keyResults.isEmpty else {
                blocks.append("No key results yet.")
                continue
            }
            blocks.append(MarkdownRenderer.table(["ID", "Progress", "Expected", "Status", "Confidence", "Check-ins"], score.keyResults.map { keyResult in
                [
                    MarkdownText.escape(keyResult.id), keyResult.progress.map { ScoreText.share($0.value) } ?? MarkdownRenderer.none,
                    keyResult.expected.map(ScoreText.share) ?? MarkdownRenderer.none, keyResult.status.words,
                    keyResult.confidence.map(ScoreText.confidence) ?? MarkdownRenderer.none,
                    keyResult.history.isEmpty ? MarkdownRenderer.none : Sparkline.of(keyResult.history.compactMap(\.value)),
                ]
            }))
            let notes = score.keyResults.compactMap { keyResult in
                ScoreFormat.baselineNote(keyResult).map { MarkdownText.escape(keyResult.id) + ": " + $0 }
            }
            if !notes.isEmpty { blocks.append(MarkdownRenderer.bullets(notes)) }
        }
        return blocks
    }
}
