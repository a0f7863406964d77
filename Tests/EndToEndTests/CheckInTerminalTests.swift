import Foundation
import Testing

/// `okr checkin` through a real pseudo-terminal: three check-ins on a seeded ward document, the
/// second killed halfway and picked up again, and the scripted form (issue 14).
@Suite("Check-ins through a terminal", .serialized)
struct CheckInTerminalTests {
    typealias Room = WorkshopTerminalTests.Room
    typealias Key = PseudoTerminal.Key
    static let timeout = WorkshopTerminalTests.timeout

    /// The seeded document, copied into the room's working folder.
    static func seed(_ room: Room) throws {
        try FileManager.default.createDirectory(atPath: room.folder.path("work"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.path("ward-seed.json"), toPath: room.workDocument)
    }

    /// One key result's answers: value (y/n for the milestone), confidence, note, each typed over
    /// what is in the line (the last value and confidence are offered there); "" keeps it.
    static func checkIn(_ terminal: PseudoTerminal, _ id: String, _ answers: [String], milestone: Bool = false) throws {
        for (label, answer) in zip([milestone ? "\(id) done (y/n)" : "\(id) now", "\(id) confidence", "\(id) note"], answers) {
            try WorkshopTerminalTests.answer(terminal, label, answer.isEmpty ? "" : Key.ctrlU + answer)
        }
    }

    /// Replaces what is in the line (a prefilled last value) with `text`.
    static func replacing(_ text: String) -> String { Key.ctrlU + text }

    static func checkIns(_ document: [String: Any], _ id: String) -> [[String: Any]] {
        let keyResults = (document["objectives"] as? [[String: Any]])?.first?["keyResults"] as? [[String: Any]] ?? []
        return keyResults.first { $0["id"] as? String == id }?["checkIns"] as? [[String: Any]] ?? []
    }

    @Test func threeCheckInsWithAKillInTheSecond() throws {
        let room = try Room()
        try Self.seed(room)

        // The first check-in: every key result, the KPI (whose good direction is asked once), the evidence.
        let first = try room.open(["checkin", "okrs.json", "--date", "2027-01-15"], environment: ["NO_COLOR": "1"])
        try first.expect("Check-in of 2027-01-15 for Ward 7 Nursing, 2027-Q1: 4 key results", timeout: Self.timeout)
        try first.expect("20% → 90%, by 2027-03-31 · no check-in yet", timeout: Self.timeout)
        try Self.checkIn(first, "O1.KR1", ["30%", "6", "Night shift started using it"])
        try Self.checkIn(first, "O1.KR2", ["32 minutes", "5", ""])
        try Self.checkIn(first, "O1.KR3", ["1", "8", ""])
        try Self.checkIn(first, "O1.KR4", ["n", "7", "Draft with the ward manager"], milestone: true)
        try first.expect("Which way is good for Falls per 1,000 bed days", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(first, "K1 better (h/l)", "l")
        try WorkshopTerminalTests.answer(first, "K1 now", Self.replacing("3.0"))
        try first.expect("Handovers follow the checklist and take under ten minutes", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(first, "Evidence today", "A third of handovers use the checklist")
        try first.expect("Check-in of 2027-01-15 saved in okrs.json: 4 key results, 1 KPI.", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(first, "Done", "")
        #expect(try first.waitForExit(timeout: Self.timeout) == 0)

        // The second: the last value is in the line with its trend; killed after two key results.
        let second = try room.open(["checkin", "okrs.json", "--date", "2027-02-05"], environment: ["NO_COLOR": "1"])
        try second.expect("last 30% on 2027-01-15", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(second, "O1.KR1 now")
        try second.expect("30%", timeout: Self.timeout)
        WorkshopTerminalTests.type(second, Self.replacing("45%"))
        try WorkshopTerminalTests.answer(second, "O1.KR1 confidence", Self.replacing("7"))
        try WorkshopTerminalTests.answer(second, "O1.KR1 note", "")
        try Self.checkIn(second, "O1.KR2", ["25", "6", "Two nurses trained"])
        try WorkshopTerminalTests.prompt(second, "O1.KR3 now")
        second.signal(SIGKILL)
        #expect(try second.waitForExit(timeout: Self.timeout) == 128 + SIGKILL)

        // Picked up where it stopped: the same date, the next question, nothing asked twice.
        let resumed = try room.open(["checkin", "okrs.json", "--date", "2027-02-05"], environment: ["NO_COLOR": "1"])
        try resumed.expect("took over the lock", timeout: Self.timeout)
        try resumed.expect("Picking up the check-in of 2027-02-05 in okrs.json.", timeout: Self.timeout)
        try Self.checkIn(resumed, "O1.KR3", ["3", "4", "Two errors at the weekend handover"])
        try Self.checkIn(resumed, "O1.KR4", ["y", "9", ""], milestone: true)
        try WorkshopTerminalTests.answer(resumed, "K1 now", Self.replacing("2.9"))
        try WorkshopTerminalTests.answer(resumed, "Evidence today", "")
        try resumed.expect("Check-in of 2027-02-05 saved in okrs.json: 4 key results, 1 KPI.", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(resumed, "Done", "")
        #expect(try resumed.waitForExit(timeout: Self.timeout) == 0)
        #expect(!ScreenText.flowing(resumed.output).contains("O1.KR1 now"), "a resumed check-in asks nothing twice")

        // The third, Ctrl-D halfway: what was answered stays.
        let third = try room.open(["checkin", "okrs.json", "--date", "2027-02-26"], environment: ["NO_COLOR": "1"])
        try third.expect("last 45% on 2027-02-05, up from 30%", timeout: Self.timeout)
        try Self.checkIn(third, "O1.KR1", ["55%", "", ""])
        try Self.checkIn(third, "O1.KR2", ["18", "", ""])
        try Self.checkIn(third, "O1.KR3", ["2", "", ""])
        try WorkshopTerminalTests.prompt(third, "O1.KR4 done (y/n)")
        third.send(Key.ctrlU + Key.ctrlD)
        #expect(try third.waitForExit(timeout: Self.timeout) == 0)
        #expect(room.workFiles == ["okrs.json"])

        let document = try JSONDocument.load(room.workDocument)
        try SchemaCheck.validate([room.workDocument])
        let dates = ["2027-01-15", "2027-02-05", "2027-02-26"]
        #expect(Self.checkIns(document, "O1.KR1").map { $0["date"] as? String } == dates)
        #expect(Self.checkIns(document, "O1.KR1").map { ($0["value"] as? NSNumber)?.doubleValue } == [30, 45, 55])
        #expect(Self.checkIns(document, "O1.KR2").map { ($0["value"] as? NSNumber)?.doubleValue } == [32, 25, 18])
        #expect(Self.checkIns(document, "O1.KR2")[1]["note"] as? String == "Two nurses trained")
        #expect(Self.checkIns(document, "O1.KR3").map { ($0["value"] as? NSNumber)?.doubleValue } == [1, 3, 2])
        #expect(Self.checkIns(document, "O1.KR4").map { ($0["value"] as? NSNumber)?.doubleValue } == [0, 1])
        let kr1 = ((document["objectives"] as? [[String: Any]])?.first?["keyResults"] as? [[String: Any]])?.first
        // current and confidence mirror the latest entry (the third kept KR1's confidence from the line).
        #expect((kr1?["current"] as? NSNumber)?.doubleValue == 55)
        let kpi = (document["kpis"] as? [[String: Any]])?.first
        #expect(kpi?["better"] as? String == "lower")
        #expect((kpi?["history"] as? [[String: Any]])?.map { ($0["value"] as? NSNumber)?.doubleValue } == [3.0, 2.9])
        let observations = (document["purpose"] as? [String: Any])?["observations"] as? [[String: Any]]
        #expect(observations?.map { $0["date"] as? String } == ["2027-01-15"])
        // A check-in stopped with Ctrl-D keeps its place for the next run of that date.
        #expect(((document["workshop"] as? [String: Any])?["checkIn"] as? [String: Any])?["next"] as? String == "checkInValue O1.KR4")

        // The scores as of the third check-in, worked out by hand. 2027-Q1 runs from January 1 to
        // March 31 (89 days on): on February 26, 56 days have gone by, 56/89 = 0.63 of it.
        let status = try OKRProcess.run(["status", room.workDocument, "--date", "2027-02-26", "--format", "json"])
        #expect(status.status == 0, "\(status.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: status.stdoutBytes) as? [String: Any])
        #expect(json["asOf"] as? String == "2027-02-26")
        let report = try #require((json["documents"] as? [[String: Any]])?.first)
        #expect(abs(((report["elapsed"] as? NSNumber)?.doubleValue ?? -1) - 0.63) < 0.005)
        let scored = try #require(((report["objectives"] as? [[String: Any]])?.first?["keyResults"] as? [[String: Any]]))
        func score(_ id: String) throws -> (progress: Double, expected: Double, status: String) {
            let entry = try #require(scored.first { $0["id"] as? String == id })
            return ((entry["progress"] as? NSNumber)?.doubleValue ?? -1, (entry["expected"] as? NSNumber)?.doubleValue ?? -1, entry["status"] as? String ?? "")
        }
        // Increase, 20% → 90%, at 55%: (55 − 20) / 70 = 0.50, under 0.63 − 0.10 but not 0.30: at risk.
        let increase = try score("O1.KR1")
        #expect(abs(increase.progress - 0.5) < 0.005 && abs(increase.expected - 0.63) < 0.005 && increase.status == "at-risk", "\(increase)")
        // Decrease, 35 → 10 minutes, at 18: (35 − 18) / 25 = 0.68, within 0.10 of 0.63: on track.
        let decrease = try score("O1.KR2")
        #expect(abs(decrease.progress - 0.68) < 0.005 && decrease.status == "on-track", "\(decrease)")
        // Keep below, at most 2 per month, at 2: held, 1.0, on track while the period runs.
        let below = try score("O1.KR3")
        #expect(below.progress == 1 && below.status == "on-track", "\(below)")
        // The milestone, done on February 5 and due January 31: its own period is over, expected 1.0, done.
        let milestone = try score("O1.KR4")
        #expect(milestone.progress == 1 && milestone.expected == 1 && milestone.status == "done", "\(milestone)")
    }

    @Test func aScriptedCheckInSavesAllOrNothing() throws {
        let room = try Room()
        try Self.seed(room)
        let work = room.folder.url.appendingPathComponent("work")
        let before = try String(contentsOfFile: room.workDocument, encoding: .utf8)
        let refused = try OKRProcess.run(["checkin", "okrs.json", "--date", "2027-02-05", "--value", "O1.KR1=45%", "--value", "O7.KR1=3",
                                          "--confidence", "O1.KR1=7"], in: work)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--value O7.KR1: there is no key result or KPI with that id"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--confidence O1.KR1=7: a share from 0 to 1"))
        #expect(try String(contentsOfFile: room.workDocument, encoding: .utf8) == before, "a refused check-in changed the document")

        let saved = try OKRProcess.run(["checkin", "okrs.json", "--date", "2027-02-05", "--value", "O1.KR1=45%", "--value", "O1.KR4=done",
                                        "--value", "K1=2.9", "--confidence", "O1.KR1=0.7", "--note", "O1.KR1=Night shift on board"], in: work)
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stderr.contains("Checked in 2 key results and 1 KPI on 2027-02-05 in okrs.json."))
        let document = try JSONDocument.load(room.workDocument)
        let entry = try #require(Self.checkIns(document, "O1.KR1").first)
        #expect((entry["value"] as? NSNumber)?.doubleValue == 45 && (entry["confidence"] as? NSNumber)?.doubleValue == 0.7)
        #expect(entry["note"] as? String == "Night shift on board")
        #expect(Self.checkIns(document, "O1.KR4").map { ($0["value"] as? NSNumber)?.doubleValue } == [1])
        try SchemaCheck.validate([room.workDocument])
        // Lint still reads it (the check-ins are valid v1).
        #expect(try OKRProcess.run(["lint", room.workDocument]).status != 2)
    }
}
