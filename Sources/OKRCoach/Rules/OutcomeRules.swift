import OKRModel

/// The outcome review: rules that read check-ins and KPI history as of a date, to ask whether the
/// numbers moving are the change the objective is for. Each finding quotes the key results and KPIs
/// it read, with their numbers, so the room can see why it was raised.
struct OutcomeRules {
    let asOf: String
    let period: PeriodDates?
    /// The document's KPIs by id.
    let kpis: [String: KPI]
    /// Sentence parts of `rules.txt`: `reason.flat`, `reason.behind` of confidence-without-progress,
    /// `unjudged` of the KPI rules.
    let texts: [String: [String: String]]

    /// Confidence from this level up is a team saying "we will make it".
    static let highConfidence = 0.7
    /// Check-ins in a row at one value that count as not moving.
    static let flatCheckIns = 3

    func hits(_ objective: Objective, at o: Int, score: ObjectiveScore, traits: [KeyResultTraits]) -> [RuleHit] {
        var hits: [RuleHit] = []
        let objectivePath = JSONPointer.root / "objectives" / o
        func hit(_ rule: String, _ member: String, _ values: [String: String]) {
            hits.append(RuleHit(rule: rule, target: objective.id, path: objectivePath / member, order: (o + 1, 0), values: values))
        }
        let scores = score.keyResults
        let roles = traits.map(KeyResultRole.init)
        let withData = scores.indices.filter { scores[$0].status != .noData }
        func quoted(_ indices: [Int]) -> String { ScoreText.list(indices.map { ScoreText.keyResult(scores[$0]) }) }

        // Delivery ahead of adoption: every delivery result with data green, every adoption one lagging.
        let delivery = withData.filter { roles[$0] == .delivery }
        let adoption = withData.filter { roles[$0] == .adoption }
        if !delivery.isEmpty, !adoption.isEmpty, delivery.allSatisfy({ scores[$0].status.isGreen }), adoption.allSatisfy({ scores[$0].status.lags }) {
            hit("delivery-ahead-of-adoption", "keyResults", ["delivery": quoted(delivery), "adoption": quoted(adoption)])
        }

        // The objective's KPIs, as they moved in the period.
        let trends = objective.kpis.compactMap { kpis[$0] }.compactMap { KPITrend($0, period: period, asOf: asOf) }
        let unjudged = trends.filter { $0.improved == nil }
        let unjudgedText = unjudged.isEmpty ? "" : " " + RuleText.fill(texts["kpi-up-outcome-flat"]?["unjudged"] ?? "", ["kpis": ScoreText.list(unjudged.map(\.text))])
        let outcomes = withData.filter { roles[$0].isOutcome }
        let improving = trends.filter { $0.improved == true }
        if !improving.isEmpty, !outcomes.isEmpty, outcomes.allSatisfy({ scores[$0].status.lags }) {
            hit("kpi-up-outcome-flat", "kpis", ["kpis": ScoreText.list(improving.map(\.text)), "outcomes": quoted(outcomes), "unjudged": unjudgedText])
        }
        let worsening = trends.filter { $0.improved == false }
        if !worsening.isEmpty, !withData.isEmpty, withData.allSatisfy({ scores[$0].status.isGreen }) {
            let unjudged = unjudged.isEmpty ? "" : " " + RuleText.fill(texts["kpi-side-effect"]?["unjudged"] ?? "", ["kpis": ScoreText.list(unjudged.map(\.text))])
            hit("kpi-side-effect", "kpis", ["kpis": ScoreText.list(worsening.map(\.text)), "keyResults": quoted(withData), "unjudged": unjudged])
        }

        // Overdue: key results in their period with no check-in for longer than the staleness limit.
        let overdue = scores.compactMap(overdueText)
        if !overdue.isEmpty {
            hit("check-in-overdue", "keyResults", ["keyResults": ScoreText.list(overdue), "days": String(Status.staleAfterDays)])
        }

        for (k, keyResult) in objective.keyResults.enumerated() {
            if let values = confidenceWithoutProgress(keyResult, scores[k]) {
                hits.append(RuleHit(rule: "confidence-without-progress", target: keyResult.id,
                                    path: objectivePath / "keyResults" / k / "checkIns", order: (o + 1, k + 1), values: values))
            }
        }
        return hits
    }

    /// "O1.KR2 last checked in on 2027-01-04, 42 days ago" for a key result not done whose own period
    /// (cut short by its due date) is under way and whose last check-in, or the period's start when it
    /// has none, lies more than `Status.staleAfterDays` back.
    private func overdueText(_ score: KeyResultScore) -> String? {
        guard let period, score.status != .done, let ends = score.ends, period.start <= asOf, asOf <= ends,
              let today = DayNumber.of(asOf) else { return nil }
        let since = score.lastCheckIn ?? period.start
        guard let day = DayNumber.of(since), today - day > Status.staleAfterDays else { return nil }
        let fields = texts["check-in-overdue"] ?? [:]
        let template = score.lastCheckIn == nil ? fields["item.never"] : fields["item.last"]
        return RuleText.fill(template ?? "", ["id": score.id, "date": since, "days": String(today - day)])
    }

    /// Confidence at 0.7 or more while the value stood still for the last three check-ins, or while
    /// progress is off track. Not for milestones (done or not, they have nothing to move on the way)
    /// nor levels held (standing still is the point), nor for what is done or has no recent data.
    private func confidenceWithoutProgress(_ keyResult: KeyResult, _ score: KeyResultScore) -> [String: String]? {
        guard let confidence = score.confidence, confidence >= OutcomeRules.highConfidence, let progress = score.progress,
              progress.measure != .milestone, !progress.measure.holdsALevel, score.status != .done, score.status != .noData
        else { return nil }
        let fields = texts["confidence-without-progress"] ?? [:]
        let last = score.history.suffix(OutcomeRules.flatCheckIns)
        let reason: String
        if last.count == OutcomeRules.flatCheckIns, let value = last.first?.value, last.allSatisfy({ $0.value == value }) {
            reason = RuleText.fill(fields["reason.flat"] ?? "", [
                "id": score.id, "value": ScoreText.number(value), "count": String(last.count), "dates": ScoreText.list(last.map(\.date)),
            ])
        } else if score.status == .offTrack, let expected = score.expected {
            reason = RuleText.fill(fields["reason.behind"] ?? "", [
                "id": score.id, "progress": ScoreText.share(progress.value), "expected": ScoreText.share(expected),
            ])
        } else {
            return nil
        }
        let tenths = Int((confidence * 10).rounded())
        return ["confidence": "\(tenths)/10", "reason": reason]
    }
}
