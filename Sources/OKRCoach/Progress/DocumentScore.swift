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

    /// Pure: the same document and date give the same scores (`Coach.scores` makes them). A key
    /// result's own baseline, target and direction are read first; its statement only where one is missing.
    init(_ document: Document, asOf: String, vocabulary: Vocabulary) {
        self.asOf = asOf
        let period = PeriodDates(period: document.period)
        self.period = period
        elapsed = period?.elapsed(on: asOf)
        let context = ParseContext(period: document.period.isEmpty ? nil : document.period)
        objectives = document.objectives.map { objective in
            ObjectiveScore(objective, asOf: asOf, period: period) { k in
                KeyResultTraits(objective.keyResults[k], vocabulary: vocabulary, context: context)
            }
        }
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
