import OKRModel

/// One key result as of a date: its progress, where it should be by then, its status, the team's
/// confidence and the check-ins it read.
public struct KeyResultScore: Sendable {
    public let id: String
    /// Nil until a check-in up to the as-of date has a value.
    public let progress: Progress?
    /// Where progress should be by the as-of date: the share of its period gone by (cut short by its
    /// due date) times what counts as success for its objective (1.0 committed, 0.7 aspirational).
    /// Nil when the document's period has no dates okr can read.
    public let expected: Double?
    public let status: Status
    /// From the latest check-in up to the as-of date that gives one; the key result's own only while
    /// no check-in gives one (once one does, the key result's mirrors the latest, which may be later).
    public let confidence: Double?
    /// The check-ins up to the as-of date, in date order: a slice of the key result's own.
    public let checkIns: ArraySlice<CheckIn>
    /// Those of them with a value.
    public var history: [CheckIn] { checkIns.filter { $0.value != nil } }
    /// The date of the latest check-in up to the as-of date, with or without a value.
    public let lastCheckIn: String?
    /// The last day of the key result's own period: its due date when that comes first.
    public let ends: String?

    /// Scores `keyResult` as of `asOf` within `period`, holding it to `success` (see `Grading`).
    /// `statement` reads the statement, asked only when the key result's own fields leave a gap.
    init(_ keyResult: KeyResult, asOf: String, period: PeriodDates?, success: Double, statement: () -> KeyResultTraits) {
        id = keyResult.id
        // Check-ins are kept in date order (the validator checks it), so those up to `asOf` are a prefix.
        let upTo = keyResult.checkIns.prefix { $0.date <= asOf }
        let progress = Progress.of(keyResult, checkIns: upTo, statement: statement)
        self.progress = progress
        let own = period?.until(keyResult.due)
        ends = own?.end
        expected = own?.elapsed(on: asOf).map { $0 * success }
        confidence = upTo.last { $0.confidence != nil }?.confidence
            ?? (keyResult.checkIns.contains { $0.confidence != nil } ? nil : keyResult.confidence)
        checkIns = upTo
        lastCheckIn = upTo.last?.date
        status = KeyResultScore.status(progress, expected: expected, lastCheckIn: lastCheckIn, asOf: asOf, ends: ends)
    }

    /// Done at 1.0, also when the check-in is old (a level held counts as done once its period is
    /// over); no data without a check-in or when the last is older than `Status.staleAfterDays`; a
    /// level held is on track, a level broken off track; otherwise progress against expected.
    private static func status(_ progress: Progress?, expected: Double?, lastCheckIn: String?, asOf: String, ends: String?) -> Status {
        guard let progress, let lastCheckIn, let today = DayNumber.of(asOf), let last = DayNumber.of(lastCheckIn) else { return .noData }
        let over = ends.map { asOf >= $0 } ?? false
        if progress.value >= 1, !progress.measure.holdsALevel || over { return .done }
        if today - last > Status.staleAfterDays { return .noData }
        if progress.measure.holdsALevel { return progress.value >= 1 ? .onTrack : .offTrack }
        guard let expected else { return .noData }
        return Status.judge(progress: progress.value, expected: expected)
    }
}
