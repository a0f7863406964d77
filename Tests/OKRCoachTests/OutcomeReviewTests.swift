import OKRModel
import Testing
@testable import OKRCoach

/// The outcome review (issue 14): five rules that read check-ins and KPI history as of a date.
@Suite("Outcome review")
struct OutcomeReviewTests {
    static let outcomeRules: Set<String> = [
        "delivery-ahead-of-adoption", "kpi-up-outcome-flat", "confidence-without-progress", "kpi-side-effect", "check-in-overdue",
    ]
    static let asOf = "2027-02-15"

    /// Check-ins every two weeks of 2027-Q1 up to the as-of date, with these values and confidence.
    static func checkIns(_ values: [Double], confidence: Double = 0.6) -> [CheckIn] {
        zip(["2027-01-04", "2027-01-18", "2027-02-01", "2027-02-15"], values).map { CheckIn(date: $0, value: $1, confidence: confidence) }
    }

    /// The store team's objective half way through the quarter: the app is live and managers are trained
    /// (delivery), `adoption` is where the share of stores ordering through it stands, K1 the stock-out rate.
    static func scenario(adoption: [Double], stockOuts: [Double], better: Better? = .lower, confidence: Double = 0.6) -> Document {
        let live = KeyResult(statement: "The ordering app is live in every regional store", doneWhen: "Every store can order in the app",
                             checkIns: checkIns([0, 0, 1, 1]))
        let trained = KeyResult(statement: "Train 200 store managers on the ordering app", baseline: 0, target: 200, unit: "store managers",
                                direction: .increase, checkIns: checkIns([20, 90, 160, 200]))
        let share = KeyResult(statement: "Raise the share of stores ordering through the app from 15% to 80%", baseline: 15, target: 80, unit: "%",
                              direction: .increase, checkIns: checkIns(adoption, confidence: confidence))
        let objective = Objective(id: "O1", title: "Make replenishment effortless for every store manager", type: .committed,
                                  sharedWith: ["Supply Planning"], kpis: ["K1"],
                                  keyResults: [live, trained, share].enumerated().map { k, kr in var kr = kr; kr.id = "O1.KR\(k + 1)"; return kr })
        let kpi = KPI(id: "K1", name: "Stock-out rate on top-100 items", unit: "%", better: better,
                      history: zip(["2027-01-04", "2027-01-18", "2027-02-01", "2027-02-15"], stockOuts).map { Reading(date: $0, value: $1) })
        return Document(team: "Store Operations", period: "2027-Q1",
                        purpose: Purpose(who: "Store managers", change: "Less time on stock orders", evidence: "Orders in the app"),
                        kpis: [kpi], objectives: [objective])
    }

    func review(_ document: Document, asOf: String = asOf) -> [Finding] {
        Coach.builtin().status(document, asOf: asOf, includingKept: true).findings
    }

    @Test func deliveryDoneKPIUpAdoptionFlatRaisesBoth() throws {
        let found = review(Self.scenario(adoption: [15, 15, 16, 16], stockOuts: [4.2, 3.9, 3.4, 3.0]))
        let rules = Set(found.map(\.rule))
        #expect(rules.isSuperset(of: ["delivery-ahead-of-adoption", "kpi-up-outcome-flat"]), "\(rules)")
        let delivery = try #require(found.first { $0.rule == "delivery-ahead-of-adoption" })
        // It says which key results it read, and their numbers.
        #expect(delivery.target == "O1" && delivery.path.description == "/objectives/0/keyResults")
        #expect(delivery.message.contains("O1.KR1 at 1.00 against 0.51 expected (done)"), "\(delivery.message)")
        #expect(delivery.message.contains("O1.KR3 at 0.02 against 0.51 expected (off track)"), "\(delivery.message)")
        let kpi = try #require(found.first { $0.rule == "kpi-up-outcome-flat" })
        #expect(kpi.message.contains("K1 Stock-out rate on top-100 items 4.2% → 3% (2027-01-04 → 2027-02-15)"), "\(kpi.message)")
        #expect(kpi.message.contains("O1.KR3"))
        #expect(!kpi.message.contains("{"))
        #expect(kpi.question.hasSuffix("?"))
    }

    @Test func aHealthyObjectiveRaisesNone() {
        let document = Self.scenario(adoption: [15, 25, 35, 48], stockOuts: [4.2, 3.9, 3.4, 3.0], confidence: 0.8)
        #expect(review(document).isEmpty)
        #expect(!Coach.builtin().review(document, includingKept: true, asOf: Self.asOf).contains { Self.outcomeRules.contains($0.rule) })
    }

    @Test func aKPIWithoutBetterIsNamedNotJudged() throws {
        let found = review(Self.scenario(adoption: [15, 15, 16, 16], stockOuts: [4.2, 3.9, 3.4, 3.0], better: nil))
        #expect(!found.contains { $0.rule == "kpi-up-outcome-flat" })
        // When another KPI is judged, the one without `better` is named as not judged.
        var document = Self.scenario(adoption: [15, 15, 16, 16], stockOuts: [4.2, 3.9, 3.4, 3.0])
        document.kpis.append(KPI(id: "K2", name: "Orders per store", history: [Reading(date: "2027-01-04", value: 10), Reading(date: "2027-02-15", value: 12)]))
        document.objectives[0].kpis.append("K2")
        let kpi = try #require(review(document).first { $0.rule == "kpi-up-outcome-flat" })
        #expect(kpi.message.contains("Not judged, since which way is better is not set: K2 Orders per store 10 → 12"), "\(kpi.message)")
    }

    @Test func aKPIGoingTheWrongWayWhileResultsAreGreenIsASideEffect() throws {
        let found = review(Self.scenario(adoption: [15, 25, 35, 48], stockOuts: [4.2, 4.6, 5.1, 5.5], confidence: 0.8))
        let effect = try #require(found.first { $0.rule == "kpi-side-effect" })
        #expect(effect.message.contains("K1 Stock-out rate on top-100 items 4.2% → 5.5%"), "\(effect.message)")
        #expect(effect.message.contains("O1.KR3 at 0.51 against 0.51 expected (on track)"), "\(effect.message)")
        #expect(Set(found.map(\.rule)) == ["kpi-side-effect"])
    }

    @Test func confidenceWithoutProgress() throws {
        // Flat for three check-ins at 8/10.
        let flat = review(Self.scenario(adoption: [15, 30, 30, 30], stockOuts: [4.2, 4.2], confidence: 0.8))
        let finding = try #require(flat.first { $0.rule == "confidence-without-progress" })
        #expect(finding.target == "O1.KR3" && finding.path.description == "/objectives/0/keyResults/2/checkIns")
        #expect(finding.message == "Confidence stands at 8/10 while O1.KR3 has stayed at 30 for the last 3 check-ins (2027-01-18, 2027-02-01 and 2027-02-15).")
        // Far behind: 0.11 where 0.51 was expected.
        let behind = review(Self.scenario(adoption: [15, 17, 20, 22], stockOuts: [4.2, 4.2], confidence: 0.7))
        #expect(behind.first { $0.rule == "confidence-without-progress" }?.message.contains("O1.KR3 is at 0.11 where 0.51 was expected by now") == true)
        // At 6/10 the team already says it is unsure.
        #expect(!review(Self.scenario(adoption: [15, 17, 20, 22], stockOuts: [4.2, 4.2], confidence: 0.6)).contains { $0.rule == "confidence-without-progress" })
    }

    @Test func checkInOverdue() throws {
        var document = Self.scenario(adoption: [15, 25, 35, 48], stockOuts: [4.2, 3.9])
        document.objectives[0].keyResults[2].checkIns.removeLast(3)
        document.objectives[0].keyResults.append(KeyResult(id: "O1.KR4", statement: "Cut manual orders from 900 to 100 a week", baseline: 900, target: 100))
        let overdue = try #require(review(document).first { $0.rule == "check-in-overdue" })
        #expect(overdue.severity == .info)
        #expect(overdue.message.contains("O1.KR3 last checked in on 2027-01-04, 42 days ago"), "\(overdue.message)")
        #expect(overdue.message.contains("O1.KR4 has had no check-in since the period began on 2027-01-01, 45 days ago"), "\(overdue.message)")
        // Not once the period is over, nor for what is done.
        #expect(!review(document, asOf: "2027-04-10").contains { $0.rule == "check-in-overdue" })
        #expect(!overdue.message.contains("O1.KR1"))
    }

    @Test func lintRunsTheReviewOnlyWithCheckIns() {
        let coach = Coach.builtin()
        var plain = Self.scenario(adoption: [], stockOuts: [4.2, 3.0])
        for k in plain.objectives[0].keyResults.indices { plain.objectives[0].keyResults[k].checkIns = [] }
        #expect(coach.review(plain, includingKept: true, asOf: Self.asOf) == coach.review(plain, includingKept: true))
        let unhealthy = Self.scenario(adoption: [15, 15, 16, 16], stockOuts: [4.2, 3.0])
        let withReview = coach.review(unhealthy, includingKept: true, asOf: Self.asOf)
        #expect(withReview.contains { $0.rule == "delivery-ahead-of-adoption" })
        // The drafting rules' findings come first where they share a place, all in document order.
        #expect(withReview.filter { !Self.outcomeRules.contains($0.rule) } == coach.review(unhealthy, includingKept: true))
    }

    @Test func theTeamCanKeepAnOutcomeFinding() {
        var document = Self.scenario(adoption: [15, 15, 16, 16], stockOuts: [4.2, 3.0])
        document.objectives[0].accepted = ["delivery-ahead-of-adoption"]
        let found = review(document)
        #expect(found.first { $0.rule == "delivery-ahead-of-adoption" }?.kept == true)
        #expect(!Coach.builtin().status(document, asOf: Self.asOf, includingKept: false).findings.contains { $0.rule == "delivery-ahead-of-adoption" })
    }

    @Test func theCatalogListsTheFive() {
        let catalog = Coach.builtin().catalog
        let review = catalog.filter { Self.outcomeRules.contains($0.id) }
        #expect(review.map(\.id) == ["delivery-ahead-of-adoption", "kpi-up-outcome-flat", "confidence-without-progress", "kpi-side-effect", "check-in-overdue"])
        #expect(review.allSatisfy { !$0.summary.isEmpty && !$0.severityRationale.isEmpty && $0.severity != .error })
        #expect(review.map(\.failureMode) == [1, 2, 2, 4, 3])
    }
}
