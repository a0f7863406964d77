import OKRModel

/// How scores read wherever they are quoted (findings, `okr status`, exports), so the room can
/// check them: shares with two decimals, confidence in tenths, values as written.
public enum ScoreText {
    /// `0.25`, `1.00`: always two decimals, so columns line up.
    public static func share(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `4.2`, `80`: the shortest form that reads back the same.
    public static func number(_ value: Double) -> String {
        JSONNumber.format(value)
    }

    /// A grade as a room says it, to two decimals at most and never a bare whole number: 0.7, 1.0, 0.35.
    public static func grade(_ value: Double) -> String {
        let text = number((value * 100).rounded() / 100)
        return text.contains(".") ? text : text + ".0"
    }

    /// `6/10` for 0.6, `6.5/10` for 0.65, as the workshop asks for confidence.
    public static func confidence(_ value: Double) -> String {
        number((value * 100).rounded() / 10) + "/10"
    }

    /// "O1.KR2 at 0.20 against 0.60 expected (off track)": a key result's progress as a finding quotes it.
    static func keyResult(_ score: KeyResultScore) -> String {
        guard let progress = score.progress else { return "\(score.id) (\(score.status.words))" }
        let expected = score.expected.map { " against \(share($0)) expected" } ?? ""
        return "\(score.id) at \(share(progress.value))\(expected) (\(score.status.words))"
    }

    /// Items joined for a sentence: "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
