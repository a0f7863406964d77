import OKRCoach
import OKRModel

/// How exports and `okr status` show scores beyond `ScoreText`: rounded for JSON, the share of the
/// period as a percentage, and what stands in for a missing baseline.
public enum ScoreFormat {
    /// A share rounded to hundredths, for JSON: `0.52`, `1`.
    public static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }

    /// `51%` of the period gone by.
    public static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }

    /// What a key result's baseline is when its first check-in stands in for it, or nil.
    public static func baselineNote(_ score: KeyResultScore) -> String? {
        guard let progress = score.progress, let date = progress.baselineFrom,
              let first = score.checkIns.first(where: { $0.date == date })?.value else { return nil }
        return "no baseline was set, so the first check-in (\(date): \(NumberText.grouped(first))) stands in for it"
    }
}
