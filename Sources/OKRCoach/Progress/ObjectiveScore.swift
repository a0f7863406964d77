import OKRModel

/// An objective as of a date: the mean of its key results' progress, judged as they are.
public struct ObjectiveScore: Sendable {
    public let id: String
    /// The mean progress of the key results that have one (a stale one counts with its last value); nil when none has.
    public let score: Double?
    /// The mean of its key results' expected marks; nil without key results or a dated period.
    public let expected: Double?
    /// Done when every key result is; no data when none has data, and never on track while one has none;
    /// otherwise the score against the expected mark, with the key results' margins.
    public let status: Status
    public let keyResults: [KeyResultScore]

    /// `statement(k)` reads key result `k`'s statement, asked only where its own fields leave a gap.
    init(_ objective: Objective, asOf: String, period: PeriodDates?, statement: (Int) -> KeyResultTraits) {
        id = objective.id
        let success = Grading.success(for: objective.type)
        let keyResults = objective.keyResults.indices.map { k in
            KeyResultScore(objective.keyResults[k], asOf: asOf, period: period, success: success) { statement(k) }
        }
        self.keyResults = keyResults
        let scored = keyResults.filter { $0.progress != nil }
        score = scored.isEmpty ? nil : scored.reduce(0) { $0 + $1.progress!.value } / Double(scored.count)
        let marks = keyResults.compactMap(\.expected)
        expected = marks.isEmpty ? nil : marks.reduce(0, +) / Double(marks.count)
        status = ObjectiveScore.status(keyResults, score: score, expected: expected)
    }

    private static func status(_ keyResults: [KeyResultScore], score: Double?, expected: Double?) -> Status {
        guard !keyResults.isEmpty, keyResults.contains(where: { $0.status != .noData }) else { return .noData }
        if keyResults.allSatisfy({ $0.status == .done }) { return .done }
        guard let score, let expected else { return .noData }
        let judged = Status.judge(progress: score, expected: expected)
        return judged == .onTrack && keyResults.contains { $0.status == .noData } ? .noData : judged
    }
}
