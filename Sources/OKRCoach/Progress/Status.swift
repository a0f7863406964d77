/// Where a key result or objective stands against where it should be by now. Computed from the
/// numbers and the calendar, never asked: a room can argue with the inputs, not with the verdict.
public enum Status: String, CaseIterable, Sendable {
    case done
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case offTrack = "off-track"
    /// No check-in, or none for longer than `staleAfterDays`: never shown as on track.
    case noData = "no-data"

    /// Days after the last check-in when its numbers no longer count as news.
    public static let staleAfterDays = 21
    /// How far below the expected mark a result may be and still be on track, or at risk.
    static let onTrackMargin = 0.10
    static let atRiskMargin = 0.30

    /// The status as people say it: "on track", "no data".
    public var words: String {
        String(rawValue.map { $0 == "-" ? " " : $0 })
    }

    /// `progress` (0...1) against `expected` (0...1): on track within 0.10 below it, at risk within 0.30.
    static func judge(progress: Double, expected: Double) -> Status {
        // A hair of slack, so that 0.5 against 0.6 counts as on track despite binary fractions.
        let slack = 1e-9
        if progress >= expected - onTrackMargin - slack { return .onTrack }
        if progress >= expected - atRiskMargin - slack { return .atRisk }
        return .offTrack
    }

    /// Lagging: at risk or off track.
    public var lags: Bool { self == .atRisk || self == .offTrack }
    /// Green: on track or done.
    public var isGreen: Bool { self == .onTrack || self == .done }
}
