import OKRModel
import Testing
@testable import OKRCoach

/// Scores, kept apart from confidence (issue 14): every formula and its edges, by hand.
@Suite("Scores")
struct ScoreTests {
    /// One committed objective in 2027-Q1 with these key results; scored as of `asOf`.
    func scores(_ keyResults: [KeyResult], type: ObjectiveType? = .committed, asOf: String = "2027-02-15") -> ObjectiveScore {
        var objective = Objective(id: "O1", title: "Make replenishment effortless", type: type)
        for keyResult in keyResults { objective.addKeyResult(keyResult) }
        return Coach.builtin().scores(Document(team: "Stores", period: "2027-Q1", objectives: [objective]), asOf: asOf).objectives[0]
    }

    func score(_ keyResult: KeyResult, type: ObjectiveType? = .committed, asOf: String = "2027-02-15") -> KeyResultScore {
        scores([keyResult], type: type, asOf: asOf).keyResults[0]
    }

    func kr(_ statement: String, baseline: Double? = 15, target: Double? = 80, direction: Direction? = .increase, due: String? = nil,
            _ checkIns: [(String, Double?)]) -> KeyResult {
        KeyResult(statement: statement, baseline: baseline, target: target, direction: direction, due: due,
                  checkIns: checkIns.map { CheckIn(date: $0.0, value: $0.1) })
    }

    /// "Raise the share of stores ordering through the app from 15% to 80%", with these fields and check-ins.
    func kr(baseline: Double? = 15, target: Double? = 80, direction: Direction? = .increase, due: String? = nil,
            _ checkIns: [(String, Double?)]) -> KeyResult {
        kr("Raise the share of stores ordering through the app from 15% to 80%", baseline: baseline, target: target, direction: direction,
           due: due, checkIns)
    }

    @Test func increaseAndDecreaseMoveFromBaselineToTarget() {
        // (47.5 − 15) / (80 − 15) = 0.5
        #expect(score(kr([("2027-02-10", 47.5)])).progress?.value == 0.5)
        // (4.2 − 3.1) / (4.2 − 2.0) = 0.5
        let cut = score(kr("Cut stock-outs from 4.2% to 2%", baseline: 4.2, target: 2, direction: .decrease, [("2027-02-10", 3.1)]))
        #expect(abs(cut.progress!.value - 0.5) < 1e-9)
        #expect(cut.progress?.measure == .decrease(from: 4.2, to: 2))
    }

    @Test func progressIsClamped() {
        #expect(score(kr([("2027-02-10", 95)])).progress?.value == 1)
        #expect(score(kr([("2027-02-10", 10)])).progress?.value == 0)
        #expect(Measure.decrease(from: 10, to: 5).progress(at: 12) == 0)
        #expect(Measure.decrease(from: 10, to: 5).progress(at: 4) == 1)
    }

    @Test func baselineEqualToTargetNeedsOnlyTheTarget() {
        #expect(Measure.increase(from: 5, to: 5).progress(at: 5) == 1)
        #expect(Measure.increase(from: 5, to: 5).progress(at: 4.9) == 0)
        #expect(Measure.decrease(from: 5, to: 5).progress(at: 4) == 1)
        #expect(Measure.decrease(from: 5, to: 5).progress(at: 6) == 0)
    }

    @Test func levelsAreHeldOrBroken() {
        let above = kr("Keep uptime at or above 99.9%", baseline: nil, target: 99.9, direction: .atLeast, [("2027-02-10", 99.95)])
        #expect(score(above).progress?.value == 1)
        #expect(score(above).status == .onTrack)
        let broken = kr("Keep uptime at or above 99.9%", baseline: nil, target: 99.9, direction: .atLeast, [("2027-02-10", 99.5)])
        #expect(score(broken).progress?.value == 0)
        #expect(score(broken).status == .offTrack)
        let below = kr("Keep stock-outs at most 2%", baseline: nil, target: 2, direction: .atMost, [("2027-02-10", 1.8)])
        #expect(score(below).progress?.measure == .atMost(2))
        #expect(score(below).status == .onTrack)
        #expect(score(kr(baseline: nil, target: 2, direction: .atMost, [("2027-02-10", 2.5)])).status == .offTrack)
        // A level held to the end of the period is done.
        #expect(score(below, asOf: "2027-03-31").status == .done)
    }

    @Test func maintainReadsAsAtLeastItsTarget() {
        let kept = score(kr("Maintain first-call resolution at 80%", baseline: nil, target: 80, direction: .maintain, [("2027-02-10", 81)]))
        #expect(kept.progress?.measure == .atLeast(80))
        #expect(kept.progress?.value == 1)
        // … unless the statement says below.
        let below = score(kr("Keep shrink below 0.5% of sales", baseline: nil, target: 0.5, direction: .maintain, [("2027-02-10", 0.4)]))
        #expect(below.progress?.measure == .atMost(0.5))
    }

    @Test func milestonesAreDoneOrNot() {
        let milestone = kr("The pricing page is published", baseline: nil, target: nil, direction: nil, [("2027-01-20", 0), ("2027-02-10", 1)])
        #expect(score(milestone).progress?.measure == .milestone)
        #expect(score(milestone).status == .done)
        // Read as a milestone from its statement, though "every" is a quantity; and one with `doneWhen` without reading it.
        let live = kr("The ordering app is live in every regional store", baseline: nil, target: nil, direction: nil, [("2027-02-10", 1)])
        #expect(score(live).progress?.measure == .milestone)
        var done = kr("Go-live", baseline: nil, target: nil, direction: nil, [("2027-02-10", 1)])
        done.doneWhen = "Every store orders in the app"
        #expect(score(done).status == .done)
        let notYet = kr("The pricing page is published", baseline: nil, target: nil, direction: nil, [("2027-02-10", 0)])
        #expect(score(notYet).progress?.value == 0)
        // Half the period gone and not done: 0 against 0.51 expected.
        #expect(score(notYet).status == .offTrack)
    }

    @Test func aMissingBaselineIsTheFirstCheckInAndSaysSo() {
        let keyResult = kr("Raise the share of stores ordering through the app to 80%", baseline: nil, [("2027-01-04", 20), ("2027-02-10", 50)])
        let progress = score(keyResult).progress
        #expect(progress?.baselineFrom == "2027-01-04")
        #expect(progress?.measure == .increase(from: 20, to: 80))
        #expect(progress?.value == 0.5)
        #expect(score(kr([("2027-02-10", 50)])).progress?.baselineFrom == nil)
        // Stored with its target and direction, the statement was read then: its "from 15%" is not read again.
        #expect(score(kr(baseline: nil, [("2027-01-04", 20), ("2027-02-10", 50)])).progress?.baselineFrom == "2027-01-04")
        // Read from the statement when the fields are missing: "from 15% to 80%".
        let parsed = score(kr(baseline: nil, target: nil, direction: nil, [("2027-02-10", 47.5)])).progress
        #expect(parsed?.measure == .increase(from: 15, to: 80))
        #expect(parsed?.baselineFrom == nil)
    }

    @Test func periodsHaveDates() throws {
        let q1 = try #require(PeriodDates(period: "2027-Q1"))
        #expect(q1.start == "2027-01-01" && q1.end == "2027-03-31")
        let h2 = try #require(PeriodDates(period: "2027-H2"))
        #expect(h2.start == "2027-07-01" && h2.end == "2027-12-31")
        let year = try #require(PeriodDates(period: "2028"))
        #expect(year.start == "2028-01-01" && year.end == "2028-12-31")
        #expect(PeriodDates(period: "Spring") == nil)
        #expect(q1.elapsed(on: "2027-01-01") == 0)
        #expect(q1.elapsed(on: "2026-12-01") == 0)
        #expect(q1.elapsed(on: "2027-03-31") == 1)
        // January 1 to February 15 is 45 of the period's 89 days.
        #expect(q1.elapsed(on: "2027-02-15") == 45.0 / 89)
        // Due on February 28: 45 of 58 days.
        #expect(q1.until("2027-02-28").elapsed(on: "2027-02-15") == 45.0 / 58)
        #expect(q1.until("2027-06-30") == q1)
        #expect(DayNumber.of("2028-03-01")! - DayNumber.of("2028-02-28")! == 2)
    }

    @Test func expectedFollowsThePeriodAndTheDueDate() {
        #expect(score(kr([("2027-02-10", 47.5)])).expected == 45.0 / 89)
        #expect(score(kr(due: "2027-02-28", [("2027-02-10", 47.5)])).expected == 45.0 / 58)
    }

    @Test func statusAgainstExpected() {
        // 45/89 ≈ 0.506 expected: on track down to 0.406, at risk down to 0.206.
        #expect(score(kr([("2027-02-10", 15 + 65 * 0.41)])).status == .onTrack)
        #expect(score(kr([("2027-02-10", 15 + 65 * 0.40)])).status == .atRisk)
        #expect(score(kr([("2027-02-10", 15 + 65 * 0.21)])).status == .atRisk)
        #expect(score(kr([("2027-02-10", 15 + 65 * 0.20)])).status == .offTrack)
        #expect(Status.judge(progress: 0.5, expected: 0.6) == .onTrack)
        #expect(Status.judge(progress: 0.3, expected: 0.6) == .atRisk)
        #expect(score(kr([("2027-02-10", 80)])).status == .done)
    }

    @Test func oldOrMissingCheckInsAreNoData() {
        #expect(score(kr([])).status == .noData)
        #expect(score(kr([("2027-02-10", nil)])).status == .noData)
        // 21 days ago still counts; 22 days ago does not, however good the number.
        #expect(score(kr([("2027-01-25", 50)])).status == .onTrack)
        #expect(score(kr([("2027-01-24", 50)])).status == .noData)
        // Done stays done.
        #expect(score(kr([("2027-01-10", 80)])).status == .done)
        // Check-ins after the as-of date are not read.
        let later = score(kr([("2027-02-10", 50), ("2027-03-01", 80)]))
        #expect(later.progress?.reading == 50 && later.history.count == 1)
    }

    @Test func aspirationalObjectivesAreGradedAgainstSevenTenths() {
        // 0.30 against 0.506 is at risk for a committed objective; against 0.7 × 0.506 = 0.354 it is on track.
        let keyResult = kr([("2027-02-10", 15 + 65 * 0.30)])
        #expect(score(keyResult).status == .atRisk)
        #expect(score(keyResult, type: .aspirational).status == .onTrack)
        #expect(score(keyResult, type: .aspirational).expected == 0.7 * 45 / 89)
        // A key result's done is still 1.0; by the end 0.7 is on track.
        #expect(score(kr([("2027-03-31", 15 + 65 * 0.7)]), type: .aspirational, asOf: "2027-03-31").status == .onTrack)
        #expect(score(kr([("2027-03-31", 15 + 65 * 0.7)]), type: .committed, asOf: "2027-03-31").status == .atRisk)
    }

    @Test func confidenceIsReadFromTheCheckInsAndKeptApart() {
        var keyResult = kr([("2027-02-10", 20)])
        keyResult.checkIns[0].confidence = 0.9
        keyResult.confidence = 0.4
        let scored = score(keyResult)
        #expect(scored.confidence == 0.9)
        #expect(scored.status == .offTrack)
        // As of a day before the check-in that gave it, the team had said nothing yet.
        #expect(score(keyResult, asOf: "2027-02-01").confidence == nil)
        // Without check-ins, the key result's own confidence.
        #expect(score(kr([])).confidence == nil)
        var unchecked = kr([])
        unchecked.confidence = 0.5
        #expect(score(unchecked).confidence == 0.5)
    }

    @Test func objectiveScoreIsTheMeanOfItsKeyResults() {
        let objective = scores([kr([("2027-02-10", 80)]), kr([("2027-02-10", 15 + 65 * 0.2)])])
        #expect(abs(objective.score! - 0.6) < 1e-9)
        #expect(objective.status == .onTrack)
        #expect(scores([kr([("2027-02-10", 80)]), kr([("2027-02-01", 80)])]).status == .done)
        #expect(scores([kr([]), kr([])]).status == .noData)
        #expect(scores([kr([]), kr([])]).score == nil)
        // One key result without data: never on track, however well the other does.
        let partial = scores([kr([("2027-02-10", 60)]), kr([])])
        #expect(partial.score! > 0.6 && partial.status == .noData)
        #expect(scores([kr([("2027-02-10", 15)]), kr([])]).status == .offTrack)
    }
}
