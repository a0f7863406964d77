import OKRCoach
import OKRModel
import Testing
@testable import OKRWorkshop

/// The retrospective: the engine walking each objective's key results, the room's grade before the
/// score, then what each objective taught (issue 16).
@Suite("Retrospective: the conversation")
struct SessionRetroTests {
    /// A committed objective with a measure checked in twice and a milestone done, and an aspirational one.
    static let period: Document = {
        var document = Document(team: "Store Operations", period: "2027-Q1",
                                purpose: Purpose(who: "Store managers", change: "They order in minutes", evidence: "Most orders go through the app"))
        document.addObjective(Objective(title: "Make replenishment effortless", type: .committed, keyResults: [
            KeyResult(statement: "Raise the share of stores ordering through the app from 15% to 80%", baseline: 15, target: 80, unit: "%", direction: .increase),
            KeyResult(statement: "Roll out the ordering app to every store", doneWhen: "Every store has ordered through it once"),
        ]))
        document.addObjective(Objective(title: "Stores trust the shelves again", type: .aspirational, keyResults: [
            KeyResult(statement: "Cut stock-outs on top-100 items from 4.2% to 2%", baseline: 4.2, target: 2, unit: "%", direction: .decrease),
        ]))
        document.updateCheckIn(of: "O1.KR1", on: "2027-02-01") { $0.value = 40 }
        document.updateCheckIn(of: "O1.KR1", on: "2027-03-20") { $0.value = 54 }
        document.updateCheckIn(of: "O1.KR2", on: "2027-03-01") { $0.value = 1 }
        return document
    }()

    @Test func theScoreIsShownOnlyAfterTheRoomHasGraded() {
        var driver = SessionDriver(document: Self.period, isNew: false, mode: .retro(date: "2027-04-03"))
        #expect(driver.saidText.contains("Retrospective of Store Operations, 2027-Q1: 3 key results, scored as of 2027-03-31."))
        #expect(driver.saidText.contains("O1 · Make replenishment effortless (committed: expected at 1.0)"))
        #expect(driver.asked?.label == "O1.KR1 your grade")
        #expect(!driver.saidText.contains("0.6"), "no score before the team's grade")
        driver.type("eleven")
        #expect(driver.saidText.contains("\"eleven\" is not a grade"))
        driver.type("8")
        // (54 − 15) / 65 = 0.6.
        #expect(driver.saidText.contains("You said 0.8; the check-ins score it 0.6 (last 54% on 2027-03-20). You graded it 0.2 higher"))
        #expect(driver.document.objectives[0].keyResults[0].grade == 0.8)
        #expect(driver.asked == Question(label: "O1.KR1 grade", prefill: "0.8"))
        driver.type("0.65")
        driver.type("Half the regions joined late")
        let first = driver.document.objectives[0].keyResults[0]
        #expect(first.grade == 0.65 && first.gradeNote == "Half the regions joined late")
        // The milestone, done: the room's 1.0 matches.
        driver.type("1.0")
        #expect(driver.saidText.contains("You said 1.0; the check-ins score it 1.0 (last done on 2027-03-01). The same."))
        driver.type(["", ""])
        #expect(driver.session.step == .retro(.learned("O1")))
        driver.type(["Pilots convince faster than slides", "Start with the regions that asked"])
        #expect(driver.document.objectives[0].retro == OKRModel.Retro(learned: "Pilots convince faster than slides", differently: "Start with the regions that asked"))
        // No check-in: nothing to set beside the grade.
        #expect(driver.saidText.contains("O2 · Stores trust the shelves again (aspirational: about 0.7 is success)"))
        driver.type("0.7")
        #expect(driver.saidText.contains("You said 0.7. okr has no score to set beside it"))
        driver.type(["", "", "", ""])
        #expect(driver.session.step == .retro(.done))
        #expect(driver.saidText.contains("Retrospective saved in okrs.json: 3 key results graded."))
        #expect(driver.saidText.contains("O1: average grade 0.83 (committed: expected at 1.0)."))
        #expect(driver.coachRules.contains { $0.hasPrefix("O1.KR1 · O1.KR1 is graded 0.65") })
        #expect(Step.savedPlace(of: .retro(date: "2027-04-03"), in: driver.saves.last!) == nil)
        driver.type("")
        #expect(driver.quit)
    }

    @Test func aStoppedRetrospectiveResumesAtItsQuestionOnTheSameDate() {
        var first = SessionDriver(document: Self.period, isNew: false, mode: .retro(date: "2027-04-03"))
        first.type("6")
        first.send(.endOfInput)
        let saved = first.saves.last!
        #expect(Step.savedPlace(of: .retro(date: "2027-04-03"), in: saved) == .retro(.finalGrade("O1.KR1")))
        let again = SessionDriver(document: saved, isNew: false, mode: .retro(date: "2027-04-03"))
        #expect(again.saidText.contains("Picking up the retrospective in okrs.json."))
        #expect(again.saidText.contains("You said 0.6; the check-ins score it 0.6"), "the reveal is shown again")
        let otherDay = SessionDriver(document: saved, isNew: false, mode: .retro(date: "2027-04-10"))
        #expect(otherDay.session.step == .retro(.ownGrade("O1.KR1")))
    }

    @Test func draftingCommandsWaitForTheWorkshop() {
        var driver = SessionDriver(document: Self.period, isNew: false, mode: .retro(date: "2027-04-03"))
        driver.type("/delete O1")
        #expect(driver.saidText.contains("/delete is for the workshop"))
        #expect(driver.document.objectives.count == 2)
        driver.type(["7", "/undo"])
        #expect(driver.document.objectives[0].keyResults[0].grade == nil)
        driver.type("/skip")
        #expect(driver.session.step == .retro(.ownGrade("O1.KR2")))
    }

    @Test(arguments: [("0.7", 0.7), ("7", 0.7), ("7/10", 0.7), ("70%", 0.7), ("1.0", 1.0), ("10", 1.0), ("0,35", 0.35), ("0", 0.0)])
    func gradesAreReadOnEitherScale(_ typed: String, _ grade: Double) {
        #expect(Session.grade(typed) == grade)
    }

    @Test(arguments: ["10.5", "11", "-1", "good", "120%", "1.5/1"])
    func otherAnswersAreNotGrades(_ typed: String) {
        #expect(Session.grade(typed) == nil)
    }
}
