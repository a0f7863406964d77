import OKRCoach
import OKRModel
import Testing
@testable import OKRWorkshop

/// The carry-over (`okr next`): each item of the old document kept, modified or dropped, every
/// decision noted in the old document, then the workshop of the new one (issue 16).
@Suite("Carry-over: the conversation")
struct SessionCarryOverTests {
    static let old: Document = {
        var document = SessionRetroTests.period
        document.participants = ["Ana", "Ben"]
        document.addKPI(KPI(name: "Stock-out rate on top-100 items", unit: "%", current: 4.2, history: [Reading(date: "2027-03-01", value: 3.6)]))
        document.purpose.observations = [Observation(date: "2027-03-01", note: "Half the stores order in the app")]
        document.objectives[0].keyResults[0].grade = 0.6
        document.objectives[0].keyResults[0].due = "2027-03-31"
        document.objectives[0].retro = Retro(learned: "Pilots convince faster than slides")
        return document
    }()

    static func start() -> SessionDriver {
        SessionDriver(document: Session.nextPeriod(of: old, period: "2027-Q2"), isNew: true, mode: .carryOver(from: "okrs.json"), previous: old)
    }

    @Test func theNewPeriodStartsWithThePurposePeopleAndKPIsOnly() {
        let next = Session.nextPeriod(of: Self.old, period: "2027-Q2")
        #expect(next.team == "Store Operations" && next.period == "2027-Q2" && next.participants == ["Ana", "Ben"])
        #expect(next.purpose.who == "Store managers" && next.purpose.observations.isEmpty)
        #expect(next.kpis.map(\.current) == [3.6] && next.kpis[0].history.isEmpty, "a KPI carries its latest value, not its history")
        #expect(next.objectives.isEmpty)
    }

    @Test func keepModifyAndDropEachItem() {
        var driver = Self.start()
        #expect(driver.saidText.contains("Planning 2027-Q2 in okrs.json from okrs.json"))
        #expect(driver.saidText.contains("Learned: Pilots convince faster than slides"))
        #expect(driver.asked?.label == "O1 k/m/d")
        driver.type("maybe")
        #expect(driver.saidText.contains("\"maybe\" is not a decision"))
        driver.type("k")
        #expect(driver.saidText.contains("15% → 80%, by 2027-03-31 · last 54% · graded 0.6"))
        driver.type("keep")
        let kept = driver.document.objectives[0].keyResults[0]
        #expect(kept.id == "O1.KR1" && kept.baseline == 54 && kept.target == 80)
        #expect(kept.checkIns.isEmpty && kept.current == nil && kept.grade == nil && kept.due == nil)
        // Modify: the statement in the line, read and coached as an edit.
        driver.type("m")
        #expect(driver.asked == Question(label: "Edit O1.KR2", prefill: "Roll out the ordering app to every store"))
        driver.type("Get 90% of stores ordering through the app every week, up from 54%, by 2027-06-30")
        while case .reviseKeyResult = driver.session.step { driver.type("") }
        while case .detail = driver.session.step { driver.type("") }
        #expect(driver.document.objectives[0].keyResults[1].target == 90)
        #expect(driver.session.step == .carry(.decide("O2")))
        // Drop, with a reason noted in the old document; its key results go with it.
        driver.type("d")
        driver.type("The shelves are a supplier matter now")
        #expect(driver.document.objectives.map(\.id) == ["O1"])
        let previous = driver.sourceSaves.last!
        #expect(previous.objectives[0].carryOver == CarryOver(period: "2027-Q2", decision: .keep))
        #expect(previous.objectives[0].keyResults.map { $0.carryOver?.decision } == [.keep, .modify])
        #expect(previous.objectives[1].carryOver == CarryOver(period: "2027-Q2", decision: .drop, reason: "The shelves are a supplier matter now"))
        #expect(previous.objectives[1].keyResults[0].carryOver == nil)
        // Every item decided: the workshop goes on in the new document.
        #expect(driver.saidText.contains("Carried into okrs.json: 2 kept, 1 modified, 1 dropped"))
        #expect(driver.session.mode == .workshop && driver.session.step == .another)
    }

    @Test func somethingNewWaitsUntilEveryOldItemIsDecided() {
        var driver = Self.start()
        driver.type("/add objective")
        #expect(driver.saidText.contains("Decide on the old items first"))
        #expect(driver.session.step == .carry(.decide("O1")))
        driver.type(["k", "/edit O1 type", "aspirational"])
        #expect(driver.document.objectives[0].type == .aspirational, "an item already carried can be changed")
        #expect(driver.session.step == .carry(.decide("O1.KR1")))
    }

    @Test func modifyingTheLastItemStillHandsOverToTheWorkshop() {
        var driver = Self.start()
        driver.type(["d", "", "k", "m"])
        #expect(driver.asked?.label == "Edit O2.KR1")
        driver.type("Cut stock-outs on top-100 items from 3.6% to 2% by 2027-06-30")
        while case .reviseKeyResult = driver.session.step { driver.type("") }
        while case .detail = driver.session.step { driver.type("") }
        #expect(driver.saidText.contains("Carried into okrs.json: 1 kept, 1 modified, 1 dropped"))
        #expect(driver.session.mode == .workshop && driver.session.step == .another)
        #expect(driver.document.objectives.map(\.id) == ["O2"] && driver.document.objectives[0].keyResults[0].baseline == 3.6)
    }

    @Test func withNothingCarriedTheWorkshopAsksForAFirstObjective() {
        var driver = Self.start()
        driver.type(["d", "", "d", "Handed to suppliers"])
        #expect(driver.document.objectives.isEmpty)
        #expect(driver.session.mode == .workshop && driver.session.step == .objective)
    }

    @Test func undoTakesBackADecisionInBothDocuments() {
        var driver = Self.start()
        driver.type(["k", "d", "Done with it"])
        #expect(driver.sourceSaves.last!.objectives[0].keyResults[0].carryOver?.decision == .drop)
        driver.type("/undo")
        #expect(driver.sourceSaves.last!.objectives[0].keyResults[0].carryOver == nil)
        #expect(driver.session.step == .carry(.dropReason("O1.KR1")), "back at the reason, to give another or keep the item")
    }

    @Test func aStoppedCarryOverResumesAtItsItem() {
        var first = Self.start()
        first.type(["k", "k"])
        first.send(.endOfInput)
        let saved = first.saves.last!
        #expect(Session.isCarryOverUnderWay(saved, from: first.sourceSaves.last!))
        let again = SessionDriver(document: saved, isNew: false, mode: .carryOver(from: "okrs.json"), previous: first.sourceSaves.last!)
        #expect(again.saidText.contains("Picking up the plan for 2027-Q2"))
        #expect(again.session.step == .carry(.decide("O1.KR2")))
        // The workshop itself does not pick up a carry-over's place: it needs the old document.
        let workshop = SessionDriver(document: saved, isNew: false)
        #expect(workshop.session.step != .carry(.decide("O1.KR2")))
    }
}
