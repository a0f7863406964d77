import OKRCoach
import OKRExport
import OKRModel

/// `okr status` for people: per objective and key result a progress bar with the expected mark, the
/// score against expected, the status in words (coloured only where colour is allowed), confidence
/// and a sparkline of the check-ins.
struct StatusText {
    let style: TextStyle

    /// Cells in a progress bar.
    static let width = 20

    /// What the columns mean, said once above the documents.
    static let legend = "bar: progress; │ where it should be by now. Then progress / expected, status, confidence, check-ins."

    func lines(file: String, document: Document, scores: DocumentScore) -> [String] {
        let period = scores.elapsed.map { ", \(ScoreFormat.percent($0)) of the period gone" } ?? ""
        let team = [document.team, document.period].map { TextSafety.clip($0, limit: 40) }.filter { !$0.isEmpty }.joined(separator: ", ")
        var lines = [style.bold(TextSafety.neutralise(file)) + "  " + team + ": as of " + scores.asOf + period]
        if document.objectives.isEmpty {
            lines.append("  no objectives yet")
        } else if !DocumentScore.hasCheckIns(document) {
            lines.append("  " + style.dim("no check-ins yet: `okr checkin \(TextSafety.neutralise(file))` records where each key result stands"))
        }
        for (objective, score) in zip(document.objectives, scores.objectives) {
            let ids = ([objective.id] + objective.keyResults.map(\.id)).map { TextSafety.neutralise($0) }
            let idWidth = ids.map(\.count).max() ?? 0
            func id(_ text: String) -> String { style.bold(text) + String(repeating: " ", count: idWidth - text.count) }
            lines.append("  " + id(ids[0]) + "    " + row(score.score, expected: score.expected, status: score.status)
                         + "  " + TextSafety.clip(objective.title, limit: 60))
            for (k, keyResult) in score.keyResults.enumerated() {
                let confidence = keyResult.confidence.map(ScoreText.confidence) ?? "–"
                let spark = Sparkline.of(keyResult.history.compactMap(\.value))
                let line = "    " + id(ids[k + 1]) + "  " + row(keyResult.progress?.value, expected: keyResult.expected, status: keyResult.status)
                    + "  " + pad(confidence, 6) + spark
                lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
                if let note = ScoreFormat.baselineNote(keyResult) {
                    lines.append("    " + String(repeating: " ", count: idWidth + 2) + style.dim(note))
                }
            }
        }
        return lines
    }

    /// `██████████░│░░░░░░░░░  0.52 / 0.51  on track `: the bar, the numbers and the status word, padded.
    private func row(_ progress: Double?, expected: Double?, status: Status) -> String {
        let numbers = (progress.map(ScoreText.share) ?? "  – ") + " / " + (expected.map(ScoreText.share) ?? "  – ")
        return bar(progress, expected: expected, status: status) + "  " + numbers + "  " + colour(pad(status.words, 9), status)
    }

    /// Filled cells for progress, empty ones for the rest, and `│` between the cells where progress
    /// should be by now (a space at the end when that is unknown, so rows line up).
    private func bar(_ progress: Double?, expected: Double?, status: Status) -> String {
        let width = StatusText.width
        let filled = progress.map { Int(($0 * Double(width)).rounded()) } ?? 0
        let mark = expected.map { Int(($0 * Double(width)).rounded()) } ?? width
        func cells(_ range: Range<Int>) -> String {
            let full = max(0, min(range.upperBound, filled) - range.lowerBound)
            return colour(String(repeating: "█", count: full), status) + String(repeating: "░", count: range.count - full)
        }
        return cells(0..<mark) + (expected == nil ? " " : style.bold("│")) + cells(mark..<width)
    }

    private func colour(_ text: String, _ status: Status) -> String {
        guard !text.isEmpty else { return text }
        switch status {
        case .done, .onTrack: return style.green(text)
        case .atRisk: return style.yellow(text)
        case .offTrack: return style.red(text)
        case .noData: return style.dim(text)
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
