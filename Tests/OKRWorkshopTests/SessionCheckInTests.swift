import OKRCoach
import OKRModel
import Testing
@testable import OKRWorkshop

/// The check-in: the workshop's engine walking a drafted document's key results, KPIs and purpose (issue 14).
@Suite("Check-in: the conversation")
struct SessionCheckInTests {
    /// A drafted document: a measure, a milestone and a KPI whose good direction nobody has said yet.
    static let drafted: Document = {
        var document = Document(team: "Store Operations", period: "2027-Q1",
                                purpose: Purpose(who: "Store managers", change: "They order in minutes", evidence: "Most orders go through the app"))
        document.addKPI(KPI(name: "Stock-out rate on top-100 items", unit: "%", current: 4.2))
        document.addObjective(Objective(title: "Make replenishment effortless", kpis: ["K1"], keyResults: [
            KeyResult(statement: "Raise the share of stores ordering through the app from 15% to 80%", baseline: 15, target: 80, unit: "%", direction: .increase),
            KeyResult(statement: "Roll out the ordering app to every store"),
        ]))
        return document
    }()

    @Test func walksKeyResultsThenKPIsThenThePurpose() {
        var driver = SessionDriver(document: Self.drafted, isNew: false, checkInDate: "2027-01-20")
        #expect(driver.saidText.contains("Check-in of 2027-01-20 for Store Operations, 2027-Q1: 2 key results"))
        #expect(driver.saidText.contains("O1.KR1 · Raise the share of stores ordering through the app from 15% to 80%"))
        #expect(driver.saidText.contains("15% → 80% · no check-in yet"))
        #expect(driver.asked?.label == "O1.KR1 now")
        driver.type("about a quarter")
        #expect(driver.saidText.contains("is not just a number"))
        driver.type(["25%", "11"])
        #expect(driver.saidText.contains("not a confidence from 0 to 10"))
        driver.type(["6", "Pilot stores love it"])
        let first = driver.document.objectives[0].keyResults[0]
        #expect(first.checkIns == [CheckIn(date: "2027-01-20", value: 25, confidence: 0.6, note: "Pilot stores love it")])
        #expect(first.current == 25 && first.confidence == 0.6)
        // A milestone takes done or not yet.
        #expect(driver.asked?.label == "O1.KR2 done (y/n)")
        driver.type(["maybe"])
        #expect(driver.saidText.contains("\"maybe\" is neither"))
        driver.type(["n", "", ""])
        #expect(driver.document.objectives[0].keyResults[1].checkIns.map(\.value) == [0])
        // Which way is good for a KPI is asked, never guessed; then its value.
        #expect(driver.session.step == .kpiBetter("K1"))
        driver.type(["l", "4.0%"])
        #expect(driver.document.kpis[0].better == .lower)
        #expect(driver.document.kpis[0].history == [Reading(date: "2027-01-20", value: 4.0)] && driver.document.kpis[0].current == 4.0)
        #expect(driver.session.step == .observation)
        driver.type("Half the stores order in the app")
        #expect(driver.document.purpose.observations == [Observation(date: "2027-01-20", note: "Half the stores order in the app")])
        #expect(driver.saidText.contains("Check-in of 2027-01-20 saved in okrs.json: 2 key results, 1 KPI."))
        #expect(driver.session.step == .checkInDone)
        // The check-in's place is gone from the saved document once it is complete.
        #expect(Step.savedPlace(of: .checkIn(date: "2027-01-20"), in: driver.saves.last!) == nil)
        driver.type("")
        #expect(driver.quit)
    }

    @Test func theNextCheckInOffersTheLastValuesAndTheTrend() {
        var document = Self.drafted
        document.updateCheckIn(of: "O1.KR1", on: "2027-01-20") { $0.value = 25; $0.confidence = 0.6 }
        document.updateCheckIn(of: "O1.KR1", on: "2027-02-03") { $0.value = 32 }
        document.kpis[0].better = .lower
        var driver = SessionDriver(document: document, isNew: false, checkInDate: "2027-02-17")
        #expect(driver.saidText.contains("15% → 80% · last 32% on 2027-02-03, up from 25%"))
        // Enter keeps what is in the line: the last value, then the last confidence.
        #expect(driver.asked?.prefill == "32%")
        driver.type(["32%", "6", ""])
        #expect(driver.document.objectives[0].keyResults[0].checkIns.map(\.date) == ["2027-01-20", "2027-02-03", "2027-02-17"])
        driver.type(["", "", ""])
        // The KPI's direction was said before: straight to its value.
        #expect(driver.session.step == .kpiReading("K1"))
        #expect(driver.asked?.prefill == "4.2%")
    }

    @Test func aStoppedCheckInIsPickedUpAndTheWorkshopKeepsItsPlace() {
        var document = Self.drafted
        document = document.noting(.finished)
        var first = SessionDriver(document: document, isNew: false, checkInDate: "2027-01-20")
        first.type(["25%", "6"])
        first.send(.endOfInput)
        let saved = first.saves.last!
        #expect(Step.savedPlace(of: .checkIn(date: "2027-01-20"), in: saved) == .checkInNote("O1.KR1"))
        #expect(Step.savedPlace(of: .checkIn(date: "2027-02-03"), in: saved) == nil, "a place is kept for its own date only")
        // The workshop's place is untouched by the check-in.
        #expect(Step.saved(in: saved) == .finished)

        var second = SessionDriver(document: saved, isNew: false, checkInDate: "2027-01-20")
        #expect(second.saidText.contains("Picking up the check-in of 2027-01-20"))
        #expect(second.session.step == .checkInNote("O1.KR1"))
        second.type("Pilot stores love it")
        #expect(second.document.objectives[0].keyResults[0].checkIns == [CheckIn(date: "2027-01-20", value: 25, confidence: 0.6, note: "Pilot stores love it")])
        // Another date starts a check-in of its own.
        let other = SessionDriver(document: saved, isNew: false, checkInDate: "2027-02-03")
        #expect(other.session.step == .checkInValue("O1.KR1"))
        // And the workshop reopens where it was.
        let workshop = SessionDriver(document: saved, isNew: false)
        #expect(workshop.session.step == .finished)
    }

    @Test func undoBringsBackWhatASameDateAnswerReplaced() {
        var document = Self.drafted
        document.updateCheckIn(of: "O1.KR1", on: "2027-01-20") { $0.value = 25 }
        var driver = SessionDriver(document: document, isNew: false, checkInDate: "2027-01-20")
        driver.type("27%")
        #expect(driver.document.objectives[0].keyResults[0].checkIns.map(\.value) == [27])
        driver.type("/undo")
        #expect(driver.document.objectives[0].keyResults[0].checkIns.map(\.value) == [25])
        #expect(driver.session.step == .checkInValue("O1.KR1"))
    }

    @Test func draftingCommandsWaitForTheWorkshop() {
        var driver = SessionDriver(document: Self.drafted, isNew: false, checkInDate: "2027-01-20")
        driver.type("/edit O1")
        #expect(driver.saidText.contains("/edit is for the workshop; run `okr workshop okrs.json` to use it."))
        #expect(driver.session.step == .checkInValue("O1.KR1"))
        driver.type("/help")
        #expect(!driver.saidText.contains("/edit") && driver.saidText.contains("/undo"))
        #expect(driver.session.completions(for: "/e") == ["/export"])
        driver.type("/skip")
        #expect(driver.session.step == .checkInConfidence("O1.KR1"))
    }

    @Test func aDateOutsideThePeriodIsKeptWithAWarning() {
        let driver = SessionDriver(document: Self.drafted, isNew: false, checkInDate: "2027-05-02")
        #expect(driver.saidText.contains("2027-05-02 is outside 2027-Q1; the check-in is kept with that date."))
        #expect(Session.period("2027-Q1", contains: "2027-03-31") == true)
        #expect(Session.period("2027-H2", contains: "2027-06-30") == false)
        #expect(Session.period("2027", contains: "2027-12-31") == true)
        #expect(Session.period("Spring 2027", contains: "2027-03-01") == nil)
    }

    @Test func aDocumentWithoutKeyResultsHasNothingToCheckIn() {
        let driver = SessionDriver(document: Document(team: "T", period: "2027-Q1"), isNew: false, checkInDate: "2027-01-20")
        #expect(driver.saidText.contains("There is nothing to check in yet"))
        #expect(driver.quit)
    }

    @Test func aScriptedCheckInRecordsAllOrNothing() {
        let script = ScriptedCheckIn(date: "2027-02-15", values: ["o1.kr1=40%", "O1.KR2=done", "K1=3.8"],
                                     confidences: ["O1.KR1=0.7"], notes: ["O1.KR1=Two regions live"])
        guard case .success(let outcome) = script.apply(to: Self.drafted) else { Issue.record("refused"); return }
        #expect(outcome.keyResults == 2 && outcome.kpis == 1)
        #expect(outcome.document.objectives[0].keyResults[0].checkIns == [CheckIn(date: "2027-02-15", value: 40, confidence: 0.7, note: "Two regions live")])
        #expect(outcome.document.objectives[0].keyResults[1].checkIns.map(\.value) == [1])
        #expect(outcome.document.kpis[0].current == 3.8)
        let bad = ScriptedCheckIn(date: "2027-02-15", values: ["O9=3", "O1.KR1=lots"], confidences: ["O1.KR1=7"], notes: ["nothing"])
        guard case .failure(let problems) = bad.apply(to: Self.drafted) else { Issue.record("accepted"); return }
        #expect(problems.messages.count == 4)
        #expect(problems.messages[0].contains("there is no key result or KPI with that id; this document has O1.KR1, O1.KR2, K1"))
    }

    /// The check-in ends with the outcome review as of its date: delivery done while adoption stays flat is said (issue 14).
    @Test func theCheckInEndsWithTheOutcomeReview() {
        var document = Document(team: "Ward 7", period: "2027-Q1")
        document.addObjective(Objective(title: "Calm handovers", type: .committed, keyResults: [
            KeyResult(statement: "The handover app is live on Ward 7", due: "2027-01-31", focus: .delivery),
            KeyResult(statement: "Raise the share of handovers done in the app from 10% to 80%", baseline: 10, target: 80, unit: "%",
                      direction: .increase, focus: .adoption),
        ]))
        document.updateCheckIn(of: "O1.KR1", on: "2027-01-31") { $0.value = 1 }
        document.updateCheckIn(of: "O1.KR2", on: "2027-01-31") { $0.value = 10 }
        var driver = SessionDriver(document: document, isNew: false, checkInDate: "2027-03-01")
        driver.type(["y", "", "", "11%", "", "", ""])
        #expect(driver.session.step == .checkInDone)
        #expect(driver.saidText.contains("The outcome review:"), "\(driver.saidText)")
        #expect(driver.coachRules.contains { $0.hasPrefix("O1 · ") }, "\(driver.coachRules)")
    }
}

