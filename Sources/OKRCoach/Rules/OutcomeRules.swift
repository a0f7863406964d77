import OKRModel

/// The outcome review: rules that read check-ins and KPI history as of a date, to ask whether the
/// numbers moving are the change the objective is for. Each finding quotes the key results and KPIs
/// it read, with their numbers, so the room can see why it was raised.
struct OutcomeRules {
    let asOf: String
    let period: PeriodDates?
    /// The document's KPIs by id.
    let kpis: [String: KPI]
    /// Sentence parts of `rules.txt` by "rule field": `unjudged` of the KPI rules, `reason.flat` and
    /// `reason.behind` of confidence-without-progress, `item.last` and `item.never` of check-in-overdue.
    let parts: [String: Template]

    /// Confidence from this level up is a team saying "we will make it".
    static let highConfidence = 0.7
    /// Check-ins in a row at one value that count as not moving.
    static let flatCheckIns = 3

    /// `traits(k)` reads key result `k`'s statement; asked only when a rule needs to know what the key
    /// result is for (delivery, adoption or another outcome) and its status makes the rule possible.
    func hits(_ objective: Objective, at o: Int, score: ObjectiveScore, traits: (Int) -> KeyResultTraits) -> [RuleHit] {
        var hits: [RuleHit] = []
        let objectivePath = JSONPointer.root / "objectives" / o
        func hit(_ rule: String, _ member: String, _ values: [String: String]) {
            hits.append(RuleHit(rule: rule, target: objective.id, path: objectivePath / member, order: (o + 1, 0), values: values))
        }
        let scores = score.keyResults
        let withData = scores.indices.filter { scores[$0].status != .noData }
        let green = withData.filter { scores[$0].status.isGreen }
        let lagging = withData.filter { scores[$0].status.lags }
        var roles: [KeyResultRole?] = Array(repeating: nil, count: scores.count)
        func role(_ k: Int) -> KeyResultRole {
            if let known = roles[k] { return known }
            let read = KeyResultRole(traits(k))
            roles[k] = read
            return read
        }
        func quoted(_ indices: [Int]) -> String { ScoreText.list(indices.map { ScoreText.keyResult(scores[$0]) }) }

        // Roles are asked in the order that settles each rule soonest: most objectives are settled
        // without reading every statement.
        // Delivery ahead of adoption: every delivery result with data green (at least one), every adoption one lagging (at least one).
        if !green.isEmpty, !lagging.isEmpty {
            let adoption = lagging.filter { role($0) == .adoption }
            if !adoption.isEmpty, !green.contains(where: { role($0) == .adoption }), !lagging.contains(where: { role($0) == .delivery }) {
                let delivery = green.filter { role($0) == .delivery }
                if !delivery.isEmpty {
                    hit("delivery-ahead-of-adoption", "keyResults", ["delivery": quoted(delivery), "adoption": quoted(adoption)])
                }
            }
        }

        // The objective's KPIs, as they moved in the period.
        let trends = objective.kpis.compactMap { kpis[$0] }.compactMap { KPITrend($0, period: period, asOf: asOf) }
        let unjudged = trends.filter { $0.improved == nil }
        func unjudgedText(_ rule: String) -> String {
            unjudged.isEmpty ? "" : " " + part(rule, "unjudged", ["kpis": ScoreText.list(unjudged.map(\.text))])
        }
        // A KPI up while every outcome result with data lags (at least one).
        let improving = trends.filter { $0.improved == true }
        if !improving.isEmpty, !lagging.isEmpty, !green.contains(where: { role($0).isOutcome }) {
            let outcomes = lagging.filter { role($0).isOutcome }
            if !outcomes.isEmpty {
                hit("kpi-up-outcome-flat", "kpis", [
                    "kpis": ScoreText.list(improving.map(\.text)), "outcomes": quoted(outcomes), "unjudged": unjudgedText("kpi-up-outcome-flat"),
                ])
            }
        }
        let worsening = trends.filter { $0.improved == false }
        if !worsening.isEmpty, !withData.isEmpty, green.count == withData.count {
            hit("kpi-side-effect", "kpis", [
                "kpis": ScoreText.list(worsening.map(\.text)), "keyResults": quoted(withData), "unjudged": unjudgedText("kpi-side-effect"),
            ])
        }

        // Overdue: key results in their period with no check-in for longer than the staleness limit.
        let overdue = scores.compactMap(overdueText)
        if !overdue.isEmpty {
            hit("check-in-overdue", "keyResults", ["keyResults": ScoreText.list(overdue), "days": String(Status.staleAfterDays)])
        }

        for (k, keyResult) in objective.keyResults.enumerated() {
            if let values = confidenceWithoutProgress(scores[k]) {
                hits.append(RuleHit(rule: "confidence-without-progress", target: keyResult.id,
                                    path: objectivePath / "keyResults" / k / "checkIns", order: (o + 1, k + 1), values: values))
            }
        }
        return hits
    }

    private func part(_ rule: String, _ field: String, _ values: [String: String]) -> String {
        parts[rule + " " + field]?.filled(values) ?? ""
    }

    /// "O1.KR2 last checked in on 2027-01-04, 42 days ago" for a key result not done whose own period
    /// (cut short by its due date) is under way and whose last check-in, or the period's start when it
    /// has none, lies more than `Status.staleAfterDays` back.
    private func overdueText(_ score: KeyResultScore) -> String? {
        guard let period, score.status != .done, let ends = score.ends, period.start <= asOf, asOf <= ends,
              let today = DayNumber.of(asOf) else { return nil }
        let since = score.lastCheckIn ?? period.start
        guard let day = DayNumber.of(since), today - day > Status.staleAfterDays else { return nil }
        return part("check-in-overdue", score.lastCheckIn == nil ? "item.never" : "item.last", ["id": score.id, "date": since, "days": String(today - day)])
    }

    /// Confidence at 0.7 or more while the value stood still for the last three check-ins, or while
    /// progress is off track. Not for milestones (done or not, they have nothing to move on the way)
    /// nor levels held (standing still is the point), nor for what is done or has no recent data.
    private func confidenceWithoutProgress(_ score: KeyResultScore) -> [String: String]? {
        guard let confidence = score.confidence, confidence >= OutcomeRules.highConfidence, let progress = score.progress,
              progress.measure != .milestone, !progress.measure.holdsALevel, score.status != .done, score.status != .noData
        else { return nil }
        let last = score.checkIns.lazy.filter { $0.value != nil }.reversed().prefix(OutcomeRules.flatCheckIns).reversed()
        let reason: String
        if last.count == OutcomeRules.flatCheckIns, let value = last.first?.value, last.allSatisfy({ $0.value == value }) {
            reason = part("confidence-without-progress", "reason.flat", [
                "id": score.id, "value": ScoreText.number(value), "count": String(last.count), "dates": ScoreText.list(last.map(\.date)),
            ])
        } else if score.status == .offTrack, let expected = score.expected {
            reason = part("confidence-without-progress", "reason.behind", [
                "id": score.id, "progress": ScoreText.share(progress.value), "expected": ScoreText.share(expected),
            ])
        } else {
            return nil
        }
        return ["confidence": ScoreText.confidence(confidence), "reason": reason]
    }
}
