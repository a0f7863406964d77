import Foundation
import Testing

/// A whole period through a real pseudo-terminal (issue 16): three check-ins on the seeded ward
/// document, the retrospective (each grade said before the score is shown), then `okr next` keeping
/// one key result, modifying one and dropping two; both documents are checked field by field.
@Suite("A full period through a terminal", .serialized)
struct PeriodTerminalTests {
    typealias Room = WorkshopTerminalTests.Room
    typealias Key = PseudoTerminal.Key
    static let timeout = WorkshopTerminalTests.timeout

    static func keyResults(_ document: [String: Any]) -> [[String: Any]] {
        (document["objectives"] as? [[String: Any]])?.first?["keyResults"] as? [[String: Any]] ?? []
    }

    static func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }

    @Test func checkInsRetrospectiveAndCarryOver() throws {
        let room = try Room()
        try CheckInTerminalTests.seed(room)
        let checkIns = [
            ("2027-01-15", ["O1.KR1=30%", "O1.KR2=32", "O1.KR3=1", "O1.KR4=not-done", "K1=3.1"]),
            ("2027-02-12", ["O1.KR1=45%", "O1.KR2=25", "O1.KR3=3", "O1.KR4=done", "K1=2.9"]),
            ("2027-03-26", ["O1.KR1=55%", "O1.KR2=18", "O1.KR3=2", "K1=2.8"]),
        ]
        for (date, values) in checkIns {
            let run = try OKRProcess.run(["checkin", room.workDocument, "--date", date] + values.flatMap { ["--value", $0] })
            #expect(run.status == 0, "\(run.stderr)")
        }

        // The retrospective: the score of each key result appears only once the room has graded it.
        let retro = try room.open(["retro", "okrs.json", "--date", "2027-04-02"], environment: ["NO_COLOR": "1"], columns: 200)
        try retro.expect("Retrospective of Ward 7 Nursing, 2027-Q1: 4 key results, scored as of 2027-03-31", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(retro, "O1.KR1 your grade")
        #expect(!ScreenText.flowing(retro.output).contains("score it"), "the score is hidden until the team has graded")
        WorkshopTerminalTests.type(retro, "7")
        // 20% → 90% at 55%: (55 − 20) / 70 = 0.5; the room said 0.7.
        try retro.expect("You said 0.7; the check-ins score it 0.5 (last 55% on 2027-03-26). You graded it 0.2 higher", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(retro, "O1.KR1 grade", Key.ctrlU + "0.6")
        try WorkshopTerminalTests.answer(retro, "O1.KR1 why", "Only the day shifts use the checklist")
        try WorkshopTerminalTests.prompt(retro, "O1.KR2 your grade")
        #expect(!ScreenText.flowing(retro.output).contains("score it 0.68"))
        WorkshopTerminalTests.type(retro, "5")
        // 35 → 10 minutes at 18: (35 − 18) / 25 = 0.68.
        try retro.expect("You said 0.5; the check-ins score it 0.68", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(retro, "O1.KR2 grade", "")
        try WorkshopTerminalTests.answer(retro, "O1.KR2 why", "")
        try WorkshopTerminalTests.answer(retro, "O1.KR3 your grade", "10")
        try retro.expect("You said 1.0; the check-ins score it 1.0", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(retro, "O1.KR3 grade", "")
        try WorkshopTerminalTests.answer(retro, "O1.KR3 why", "")
        try WorkshopTerminalTests.answer(retro, "O1.KR4 your grade", "1.0")
        try WorkshopTerminalTests.answer(retro, "O1.KR4 grade", "")
        try WorkshopTerminalTests.answer(retro, "O1.KR4 why", "")
        try WorkshopTerminalTests.answer(retro, "O1 learned", "The checklist sticks where the ward manager uses it first")
        try WorkshopTerminalTests.answer(retro, "O1 next time", "Train the night shift in the first week")
        try retro.expect("O1: average grade 0.78 (committed: expected at 1.0).", timeout: Self.timeout)
        try retro.expect("O1.KR1 is graded 0.6, and its objective is committed", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(retro, "Done", "")
        #expect(try retro.waitForExit(timeout: Self.timeout) == 0)

        let graded = try JSONDocument.load(room.workDocument)
        try SchemaCheck.validate([room.workDocument])
        #expect(Self.keyResults(graded).map { Self.number($0["grade"]) } == [0.6, 0.5, 1.0, 1.0])
        #expect(Self.keyResults(graded).map { $0["gradeNote"] as? String } == ["Only the day shifts use the checklist", nil, nil, nil])
        let lessons = (graded["objectives"] as? [[String: Any]])?.first?["retro"] as? [String: Any]
        #expect(lessons?["learned"] as? String == "The checklist sticks where the ward manager uses it first")
        #expect(lessons?["differently"] as? String == "Train the night shift in the first week")
        #expect((graded["workshop"] as? [String: Any])?["retro"] == nil, "a finished retrospective keeps no place")

        // The minutes.
        let minutes = try OKRProcess.run(["export", room.workDocument, "--format", "markdown"])
        #expect(minutes.stdout.contains("## Retrospective"))
        #expect(minutes.stdout.contains("| O1.KR1 | Raise the share of handovers done with the checklist from 20% to 90% by 2027-03-31 | 0.50 | 0.6 | Only the day shifts use the checklist |"))
        #expect(minutes.stdout.contains("- **Next time:** Train the night shift in the first week"))

        // The next period: keep KR1, modify KR2, drop KR3 (with a reason) and KR4 (without one).
        let next = try room.open(["next", "okrs.json", "--period", "2027-Q2"], environment: ["NO_COLOR": "1"], columns: 200)
        try WorkshopTerminalTests.answer(next, "O1 k/m/d", "k")
        try next.expect("20% → 90%, by 2027-03-31 · last 55% · graded 0.6", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(next, "O1.KR1 k/m/d", "k")
        try WorkshopTerminalTests.answer(next, "O1.KR2 k/m/d", "m")
        try WorkshopTerminalTests.prompt(next, "Edit O1.KR2")
        WorkshopTerminalTests.type(next, Key.ctrlU + "Cut handover time per shift from 18 to 8 minutes by 2027-06-30")
        try WorkshopTerminalTests.answer(next, "O1.KR3 k/m/d", "d")
        try WorkshopTerminalTests.answer(next, "O1.KR3 why drop", "Errors stayed low all quarter")
        try WorkshopTerminalTests.answer(next, "O1.KR4 k/m/d", "d")
        try WorkshopTerminalTests.answer(next, "O1.KR4 why drop", "")
        try next.expect("Carried into okrs-2027-Q2.json: 2 kept, 1 modified, 2 dropped (noted in okrs.json).", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(next, "Next", "n")
        try WorkshopTerminalTests.answer(next, "Done", "")
        #expect(try next.waitForExit(timeout: Self.timeout) == 0)
        #expect(room.workFiles == ["okrs-2027-Q2.json", "okrs.json"])

        let newPath = room.folder.path("work/okrs-2027-Q2.json")
        try SchemaCheck.validate([newPath, room.workDocument])
        let carried = try JSONDocument.load(newPath)
        #expect(carried["team"] as? String == "Ward 7 Nursing")
        #expect(carried["period"] as? String == "2027-Q2")
        #expect(carried["participants"] as? [String] == graded["participants"] as? [String])
        let purpose = carried["purpose"] as? [String: Any]
        #expect(purpose?["who"] as? String == (graded["purpose"] as? [String: Any])?["who"] as? String)
        #expect(purpose?["observations"] == nil, "observations stay with the old period")
        let kpi = (carried["kpis"] as? [[String: Any]])?.first
        #expect(Self.number(kpi?["current"]) == 2.8, "the KPI carries its latest value")
        #expect(kpi?["history"] == nil && kpi?["name"] as? String == (graded["kpis"] as? [[String: Any]])?.first?["name"] as? String)
        let objective = (carried["objectives"] as? [[String: Any]])?.first
        #expect(objective?["id"] as? String == "O1" && objective?["type"] as? String == "committed")
        #expect(objective?["retro"] == nil && objective?["carryOver"] == nil)
        let keyResults = Self.keyResults(carried)
        #expect(keyResults.map { $0["id"] as? String } == ["O1.KR1", "O1.KR2"])
        // Kept: the last value is the new baseline; the check-ins, grade and the old period's due date stay behind.
        #expect(Self.number(keyResults[0]["baseline"]) == 55 && Self.number(keyResults[0]["target"]) == 90)
        #expect(keyResults[0]["checkIns"] == nil && keyResults[0]["grade"] == nil && keyResults[0]["gradeNote"] == nil)
        #expect(keyResults[0]["current"] is NSNull && keyResults[0]["due"] is NSNull)
        #expect(keyResults[0]["owner"] as? String == Self.keyResults(graded)[0]["owner"] as? String)
        // Modified: read again from the new text, as in the workshop.
        #expect(keyResults[1]["statement"] as? String == "Cut handover time per shift from 18 to 8 minutes by 2027-06-30")
        #expect(Self.number(keyResults[1]["baseline"]) == 18 && Self.number(keyResults[1]["target"]) == 8)
        #expect(keyResults[1]["due"] as? String == "2027-06-30" && keyResults[1]["checkIns"] == nil)

        // The old document notes every decision, and why KR3 was dropped.
        let old = try JSONDocument.load(room.workDocument)
        let marks = Self.keyResults(old).map { $0["carryOver"] as? [String: Any] }
        #expect(marks.map { $0?["decision"] as? String } == ["keep", "modify", "drop", "drop"])
        #expect(marks.allSatisfy { $0?["period"] as? String == "2027-Q2" })
        #expect(marks[2]?["reason"] as? String == "Errors stayed low all quarter" && marks[3]?["reason"] == nil)
        #expect(Self.keyResults(old).map { Self.number($0["grade"]) } == [0.6, 0.5, 1.0, 1.0], "the grades stay")

        // A finished carry-over is never written over.
        let again = try OKRProcess.run(["next", room.workDocument, "--period", "2027-Q2"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists, and okr never writes over a document"))
    }
}

/// `okr next` and `okr retro` refuse what would lose work or make no sense, and say what to do.
@Suite("okr next and okr retro: refusals")
struct PeriodCommandTests {
    @Test func nextRefusesAMissingDocumentTheSamePeriodAndAnExistingOutput() throws {
        let folder = try TemporaryFolder()
        let missing = try OKRProcess.run(["next", folder.path("none.json"), "--period", "2027-Q2"])
        #expect(missing.status == 2 && missing.stderr.contains("none.json: no such document"))

        let old = folder.path("okrs.json")
        try FileManager.default.copyItem(atPath: Fixture.path("ward-seed.json"), toPath: old)
        let same = try OKRProcess.run(["next", old, "--period", "2027-Q1"])
        #expect(same.status == 2 && same.stderr.contains("is already for 2027-Q1; give the period that follows it, e.g. --period 2027-Q2"))

        let taken = try folder.write("taken.json", #"{"schemaVersion": 1, "team": "Other", "period": "2027-Q2"}"#)
        let before = try String(contentsOfFile: taken, encoding: .utf8)
        let over = try OKRProcess.run(["next", old, "--period", "2027-Q2", "--output", taken])
        #expect(over.status == 2 && over.stderr.contains("already exists, and okr never writes over a document"))
        #expect(try String(contentsOfFile: taken, encoding: .utf8) == before)

        let onto = try OKRProcess.run(["next", old, "--period", "2027-Q2", "--output", old])
        #expect(onto.status == 2 && onto.stderr.contains("is the document being carried over"))
    }

    @Test func retroNeedsADocument() throws {
        let folder = try TemporaryFolder()
        let missing = try OKRProcess.run(["retro", folder.path("none.json")])
        #expect(missing.status == 2 && missing.stderr.contains("none.json: no such document"))
        let badDate = try OKRProcess.run(["retro", folder.path("none.json"), "--date", "March"])
        #expect(badDate.status == 64 && badDate.stderr.contains("--date takes a day like 2027-02-15, not \"March\""))
    }
}
