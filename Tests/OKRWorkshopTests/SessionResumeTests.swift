import OKRModel
import Testing
@testable import OKRWorkshop

@Suite("Workshop: resuming a saved draft")
struct SessionResumeTests {
    @Test func resumesAtTheNextUnansweredQuestion() {
        var document = Document()
        #expect(Session.resumePoint(of: document) == .team)
        document.team = "Ops"
        #expect(Session.resumePoint(of: document) == .period)
        document.period = "2027-Q1"
        #expect(Session.resumePoint(of: document) == .kpi)
        document.purpose.who = "Store managers"
        #expect(Session.resumePoint(of: document) == .purpose(.change))
        document.purpose.change = "x"
        document.purpose.evidence = "y"
        #expect(Session.resumePoint(of: document) == .objective)
        let id = document.addObjective(Objective(title: "Stores trust the shelf data"))
        #expect(Session.resumePoint(of: document) == .keyResult(id))
        document.objectives[0].addKeyResult(KeyResult(statement: "a"))
        document.objectives[0].addKeyResult(KeyResult(statement: "b"))
        #expect(Session.resumePoint(of: document) == .another)
    }

    @Test func aResumedSessionRecapsInOneLine() {
        var document = Document(team: "Ops", period: "2027-Q1")
        document.purpose = Purpose(who: "a", change: "b")
        let driver = SessionDriver(document: document, isNew: false)
        let recap = driver.said.first { $0.hasPrefix("Picking up") }
        #expect(recap == "Picking up okrs.json: Ops, 2027-Q1 · purpose 2/3 · 0 objectives · 0 key results.")
        #expect(driver.session.step == .purpose(.evidence))
    }

    @Test func aSessionReplayedFromItsSavesEndsTheSame() {
        // Stopping after any answer and reopening from the last save must lead to the same document.
        let answers = openingAnswers + ["Make replenishment effortless for every store manager", "a", "Ana", "Supply Planning", "K1",
                                        "Raise the share of stores ordering through the app from 15% to 80% by 2027-03-31", "Ben", "6",
                                        "Cut stock-outs on top-100 items from 4.2% to 2% by 2027-03-31", "Ana", "", "", "", "n", ""]
        var whole = SessionDriver()
        whole.type(answers)
        #expect(whole.quit)
        for stop in 1..<answers.count - 1 {
            var first = SessionDriver()
            first.type(Array(answers.prefix(stop)))
            // What is on disk after this answer: the last save (none yet means a new draft).
            let saved = first.saves.last ?? Document()
            var second = SessionDriver(document: saved, isNew: first.saves.isEmpty)
            second.type(Array(answers.dropFirst(stop)))
            #expect(second.document == whole.document, "stopped after answer \(stop)")
        }
    }

    /// Reopened at a revise prompt, the workshop shows again what the coach raised (issue 13, item 7).
    @Test func aDraftReopenedAtARevisePromptShowsItsFindingsAgain() {
        var first = SessionDriver()
        first.type(openingAnswers + ["Launch the new handover app"])
        #expect(first.session.step == .reviseObjective("O1"))
        guard let saved = first.saves.last else { Issue.record("nothing saved"); return }
        let second = SessionDriver(document: saved, isNew: false)
        #expect(second.session.step == .reviseObjective("O1"))
        let shown = second.saidText
        #expect(shown.contains("O1 · This names something to deliver"))
        #expect(shown.contains("Revise the draft above"))
        // The finding comes before the invitation to revise it.
        #expect(shown.firstRange(of: "O1 · This names")!.lowerBound < shown.firstRange(of: "Revise the draft above")!.lowerBound)
    }
}
