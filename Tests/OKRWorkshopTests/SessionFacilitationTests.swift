import OKRCoach
import OKRModel
import Testing
@testable import OKRWorkshop

/// What a facilitator expects to be asked, settable later, switchable off; timeboxes and the parking lot (issue 13).
@Suite("Workshop: a facilitated room")
struct SessionFacilitationTests {
    /// Up to the first objective with three people in the room.
    func roomWithAnObjective() -> SessionDriver {
        var driver = SessionDriver()
        driver.type(["Ward 7 Nursing", "2027-Q1", "Ana Lopez, Ben Okafor and Chloé Martin"])
        driver.type(["Handover time per shift", "35 min", "lower", ""])
        driver.type(["Night-shift nurses", "They hand over in minutes, not half an hour", "Handover takes under ten minutes"])
        driver.type("Make every shift handover calm and complete")
        return driver
    }

    @Test func everyQuestionIsAskedAndStored() {
        var driver = roomWithAnObjective()
        #expect(driver.document.participants == ["Ana Lopez", "Ben Okafor", "Chloé Martin"])
        #expect(driver.document.kpis[0].current == 35 && driver.document.kpis[0].unit == "minutes")
        #expect(driver.document.kpis[0].better == .lower)
        #expect(driver.session.step == .objectiveType("O1"))
        #expect(driver.saidText.contains("committed or aspirational"))
        driver.type("maybe")
        #expect(driver.saidText.contains("\"maybe\" is neither"))
        #expect(driver.session.step == .objectiveType("O1"))
        driver.type("A")
        #expect(driver.document.objectives[0].type == .aspirational)
        #expect(driver.session.step == .owner("O1"))
        // A participant's name in another case is stored as the room wrote it.
        driver.type("ana lopez")
        #expect(driver.document.objectives[0].owner == "Ana Lopez")
        driver.type(["", ""])
        #expect(driver.session.step == .keyResult("O1"))
        driver.type("Cut handover time per shift from 35 to 10 minutes by March")
        #expect(driver.session.step == .owner("O1.KR1"))
        // Someone outside the room can own a key result too.
        driver.type("Dr Patel")
        #expect(driver.document.objectives[0].keyResults[0].owner == "Dr Patel")
        driver.type("12")
        #expect(driver.saidText.contains("not a confidence from 0 to 10"))
        driver.type("7/10")
        #expect(driver.document.objectives[0].keyResults[0].confidence == 0.7)
        #expect(driver.session.step == .keyResult("O1"))
    }

    @Test func confidenceReadsAsTheRoomSaysIt() {
        #expect(Session.confidence("7") == 0.7)
        #expect(Session.confidence("7/10") == 0.7)
        #expect(Session.confidence("6.5 out of 10") == 0.65)
        #expect(Session.confidence("70%") == 0.7)
        #expect(Session.confidence("0") == 0)
        #expect(Session.confidence("10") == 1)
        #expect(Session.confidence("11") == nil)
        #expect(Session.confidence("-1") == nil)
        #expect(Session.confidence("high") == nil)
        #expect(Session.confidence("nan") == nil)
    }

    @Test func namesAreListsOfPeople() {
        #expect(Session.list("Ana, Ben and Chloé") == ["Ana", "Ben", "Chloé"])
        #expect(Session.list(" Ana ;Ben ,, ") == ["Ana", "Ben"])
        #expect(Session.list("") == [])
    }

    @Test func tabCompletesParticipantsAtAnOwnerQuestion() {
        var driver = roomWithAnObjective()
        driver.type("a")
        #expect(driver.session.step == .owner("O1"))
        #expect(driver.session.completions(for: "an") == ["Ana Lopez"])
        // The line editor replaces the word after the last space.
        #expect(driver.session.completions(for: "Ana L") == ["Lopez"])
        #expect(driver.session.completions(for: "") == ["Ana Lopez", "Ben Okafor", "Chloé Martin"])
        #expect(driver.session.completions(for: "Zed").isEmpty)
        // Anywhere else a plain line completes nothing.
        driver.type("Ana Lopez")
        #expect(driver.session.completions(for: "an").isEmpty)
    }

    @Test func editReachesEachFieldAndComesBack() {
        var driver = roomWithAnObjective()
        driver.type(["c", "Ben Okafor", "", ""])
        driver.type(["Cut handover time per shift from 35 to 10 minutes by March", "Ana Lopez", "6"])
        #expect(driver.session.step == .keyResult("O1"))
        driver.type("/edit O1.KR1 owner")
        #expect(driver.asked?.prefill == "Ana Lopez")
        driver.type("Chloé Martin")
        #expect(driver.document.objectives[0].keyResults[0].owner == "Chloé Martin")
        // Back where the person was, not on to the confidence question.
        #expect(driver.session.step == .keyResult("O1"))
        driver.type("/edit O1.KR1 confidence")
        #expect(driver.asked?.prefill == "6")
        driver.type("8")
        #expect(driver.document.objectives[0].keyResults[0].confidence == 0.8)
        driver.type("/edit o1 type")
        #expect(driver.asked?.prefill == "committed")
        driver.type("aspirational")
        #expect(driver.document.objectives[0].type == .aspirational)
        driver.type("/edit K1 better")
        #expect(driver.asked?.prefill == "lower")
        driver.type("h")
        #expect(driver.document.kpis[0].better == .higher)
        #expect(driver.session.step == .keyResult("O1"))
        driver.type("/edit K1 value")
        #expect(driver.asked?.prefill == "35 minutes")
        driver.type("30 minutes")
        #expect(driver.document.kpis[0].current == 30)
        #expect(driver.session.step == .keyResult("O1"))
        driver.type("/edit participants")
        #expect(driver.asked?.prefill == "Ana Lopez, Ben Okafor, Chloé Martin")
        driver.type("Ana Lopez, Ben Okafor, Chloé Martin, Dev Rao")
        #expect(driver.document.participants.last == "Dev Rao")
        driver.type("/edit O1 confidence")
        #expect(driver.saidText.contains("O1 has no field \"confidence\"; it has type, owner, aligns."))
        #expect(driver.session.step == .keyResult("O1"))
        #expect(driver.session.completions(for: "/edit O1.KR1 c") == ["confidence"])
        #expect(driver.session.completions(for: "/edit K1 ") == ["value", "better"])
    }

    @Test func aFieldEditInterruptedResumesWhereThePersonWas() {
        var driver = roomWithAnObjective()
        driver.type(["c", "", "", ""])
        driver.type("/edit O1 owner")
        driver.send(.endOfInput)
        #expect(Step.saved(in: driver.saves.last!) == .keyResult("O1"))
    }

    @Test func stepsCanBeSwitchedOffForAShorterSession() throws {
        let script = try WorkshopScript.load(override: """
        [steps]
        participants = off
        kpi.values = off
        kpi.better = off
        objective.type = off
        owners = off
        confidence = off
        done.when = off
        """)
        var driver = SessionDriver(script: script)
        driver.type(["Stores", "2027-Q1"])
        #expect(driver.session.step == .kpi)
        driver.type("Stock-out rate")
        #expect(driver.session.step == .kpi)
        driver.type(["", "Store managers", "They order in minutes", "Orders go through the app"])
        driver.type("Make replenishment effortless for every store manager")
        #expect(driver.session.step == .sharedWith("O1"))
        driver.type(["", ""])
        driver.type("Raise the share of stores ordering through the app from 15% to 80% by 2027-03-31")
        #expect(driver.session.step == .keyResult("O1"))
        driver.type(["The ordering guide is published on the intranet", ""])
        #expect(driver.session.step == .detail("O1.KR2", .due))
    }

    @Test func typosInTheSettingsAreRefused() {
        #expect(throws: PromptFileError.self) { try WorkshopScript.load(override: "[steps]\nowners = of\n") }
        #expect(throws: PromptFileError.self) { try WorkshopScript.load(override: "[timebox]\npurpose = ten\n") }
        #expect(throws: PromptFileError.self) { try WorkshopScript.load(override: "[steps]\nowner = off\n") }
    }

    @Test func aStageOverItsTimeboxIsSaidOnceAndTheClockShows() throws {
        let script = try WorkshopScript.load(override: "[timebox]\npurpose = 10\nobjective = 20\n")
        var driver = SessionDriver(script: script)
        driver.type("/time", at: 0)
        #expect(driver.saidText.contains("0 min so far: the purpose 0 of 10 min (now)."))
        driver.type("Stores", at: 60)
        driver.type("2027-Q1", at: 120)
        #expect(!driver.saidText.contains("planned"))
        // Twelve minutes in, still on the purpose.
        driver.type("", at: 720)
        #expect(driver.saidText.contains("12 min on the purpose, planned 10: move on?"))
        driver.type("", at: 780)
        #expect(!driver.saidText.contains("planned 10"))
        driver.type(["Store managers", "They order in minutes", "Orders go through the app"])
        driver.type("Make replenishment effortless for every store manager", at: 900)
        driver.type("/time", at: 1500)
        #expect(driver.saidText.contains("25 min so far: the purpose 13 of 10 min · O1 12 of 20 min (now)."))
    }

    @Test func parkedPointsShowUnderTheParkingLot() {
        var driver = roomWithAnObjective()
        driver.type("/park Tablets for the night shift?")
        #expect(driver.saidText.contains("the parking lot has 1 point"))
        driver.type("/note Ask pharmacy about the medicine round")
        #expect(driver.document.notes == ["Tablets for the night shift?", "Ask pharmacy about the medicine round"])
        driver.type("/show")
        #expect(driver.saidText.contains("Parking lot\n  - Tablets for the night shift?\n  - Ask pharmacy about the medicine round"))
        #expect(driver.session.step == .objectiveType("O1"))
    }

    /// With a parent document, each objective is asked what it contributes to (issue 15).
    @Test func anObjectiveIsAskedWhatItContributesToInTheParent() {
        var company = Document(team: "Acme", period: "2027-Q1")
        company.addObjective(Objective(title: "Customers get their orders faster"))
        company.addObjective(Objective(title: "Stores run on their own data"))
        var driver = SessionDriver(parent: Parent(company))
        driver.type(["Store Operations", "2027-Q1", "", "", "", "", ""])
        driver.type(["Make replenishment effortless for every store manager", "", ""])
        #expect(driver.session.step == .alignsTo("O1"))
        #expect(driver.saidText.contains("Which of Acme's objectives does O1 contribute to?"))
        #expect(driver.saidText.contains("O2  Stores run on their own data"))
        #expect(driver.session.completions(for: "ac") == ["Acme/O1", "Acme/O2"])
        #expect(driver.session.completions(for: "Acme/O1, Acme/O") == ["Acme/O1", "Acme/O2"])
        driver.type("O3")
        #expect(driver.saidText.contains("Acme has no objective O3; it has O1, O2."))
        driver.type("o1, Acme/O2, acme/o1")
        #expect(driver.document.objectives[0].alignsTo == ["Acme/O1", "Acme/O2"])
        #expect(driver.session.step == .sharedWith("O1"))
        driver.type("/edit O1 aligns")
        #expect(driver.asked?.prefill == "Acme/O1, Acme/O2")
        driver.type("Acme/O2")
        #expect(driver.document.objectives[0].alignsTo == ["Acme/O2"])
        #expect(driver.session.step == .sharedWith("O1"))
        // Without a parent, the question is not asked.
        var alone = SessionDriver()
        alone.type(["Store Operations", "2027-Q1", "", "", "", "", ""])
        alone.type(["Make replenishment effortless for every store manager", "", ""])
        #expect(alone.session.step == .sharedWith("O1"))
    }
}
