import OKRModel

/// How findings quote the numbers they read, so the room can check them: shares with two decimals,
/// values as written.
enum ScoreText {
    /// `0.25`, `1.00`.
    static func share(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `4.2`, `80`: the shortest form that reads back the same.
    static func number(_ value: Double) -> String {
        JSONNumber.format(value)
    }

    /// "O1.KR2 0.20 (expected 0.60, off track)": a key result's progress as a finding quotes it.
    static func keyResult(_ score: KeyResultScore) -> String {
        guard let progress = score.progress else { return "\(score.id) (\(score.status.words))" }
        let expected = score.expected.map { "expected \(share($0)), " } ?? ""
        return "\(score.id) \(share(progress.value)) (\(expected)\(score.status.words))"
    }

    /// Items joined for a sentence: "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
