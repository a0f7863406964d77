import OKRModel

/// A document's scores as of a date: what `okr status` shows and the outcome review reads.
public struct DocumentScore: Sendable {
    /// `YYYY-MM-DD`.
    public let asOf: String
    /// Nil when the period's name gives no dates (`2027-Q1`, `2027-H2` and `2027` do).
    public let period: PeriodDates?
    /// The share of the period gone by on `asOf`, 0.0 to 1.0.
    public let elapsed: Double?
    public let objectives: [ObjectiveScore]

    /// Made by `Coach.scores` and `Coach.status`: pure, the same document and date give the same scores.
    init(asOf: String, period: PeriodDates?, objectives: [ObjectiveScore]) {
        self.asOf = asOf
        self.period = period
        elapsed = period?.elapsed(on: asOf)
        self.objectives = objectives
    }

    /// Some key result has a check-in: only then do scores and the outcome review have anything to read.
    public static func hasCheckIns(_ document: Document) -> Bool {
        document.objectives.contains { $0.keyResults.contains { !$0.checkIns.isEmpty } }
    }

    /// The latest check-in date in the document: the as-of date of an export, so it reads the same whenever it is made.
    public static func latestCheckIn(_ document: Document) -> String? {
        document.objectives.lazy.flatMap(\.keyResults).compactMap(\.checkIns.last?.date).max()
    }
}
