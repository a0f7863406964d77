import Foundation
import Testing

/// What a facilitator in front of a room needs beyond the drafting (issue 13): timeboxes and `/time`,
/// a parking lot, fields set later with `/edit ID FIELD`, and a shorter session with steps switched off.
@Suite("The workshop: a facilitated room", .serialized)
struct WorkshopFacilitationTests {
    typealias Room = WorkshopTerminalTests.Room
    static let timeout = WorkshopTerminalTests.timeout

    /// A facilitator's prompt folder holding just `workshop` as its workshop.txt.
    static func prompts(in room: Room, _ workshop: String) throws -> String {
        let folder = room.folder.path("prompts")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try workshop.write(toFile: folder + "/workshop.txt", atomically: true, encoding: .utf8)
        return folder
    }

    /// What the terminal showed after output position `start`, as flowing text.
    static func said(_ terminal: PseudoTerminal, since start: Int) -> String {
        ScreenText.flowing(Array(terminal.output[start...]))
    }

    @Test func aStageOverItsTimeboxIsSaidAndTheParkingLotIsKept() throws {
        let room = try Room()
        // A plan of about a second, so the stage runs over while the test waits.
        let prompts = try Self.prompts(in: room, "[timebox]\npurpose = 0.02\n")
        let terminal = try room.open(["--prompts", prompts], environment: ["NO_COLOR": "1"])
        try WorkshopTerminalTests.answer(terminal, "Team", "Cardiology Ward")
        try WorkshopTerminalTests.prompt(terminal, "Period")
        Thread.sleep(forTimeInterval: 2)
        var start = terminal.output.count
        WorkshopTerminalTests.type(terminal, "2027-Q1")
        try WorkshopTerminalTests.prompt(terminal, "Participants")
        #expect(Self.said(terminal, since: start).contains("min on the purpose, planned 0.02: move on?"), "\(Self.said(terminal, since: start))")
        // Said once: the next question in the same stage is asked without it.
        start = terminal.output.count
        WorkshopTerminalTests.type(terminal, "Ana Lopez, Ben Okafor")
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        #expect(!Self.said(terminal, since: start).contains("move on?"))
        start = terminal.output.count
        WorkshopTerminalTests.type(terminal, "/time")
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        #expect(Self.said(terminal, since: start).contains("min so far: the purpose"), "\(Self.said(terminal, since: start))")
        // The parking lot: /park, or /note as before.
        WorkshopTerminalTests.type(terminal, "/park Tablets for the night shift?")
        try terminal.expect("the parking lot has 1 point", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        WorkshopTerminalTests.type(terminal, "/note Ask pharmacy about the medicine round")
        try terminal.expect("the parking lot has 2 points", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        start = terminal.output.count
        WorkshopTerminalTests.type(terminal, "/show")
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        #expect(Self.said(terminal, since: start).contains("Parking lot - Tablets for the night shift? - Ask pharmacy about the medicine round"))
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        let markdown = try OKRProcess.run(["export", room.workDocument, "--format", "markdown"])
        #expect(markdown.stdout.contains("## Parking lot\n\n- Tablets for the night shift?\n- Ask pharmacy about the medicine round"))
        #expect(markdown.stdout.contains("- Participants: Ana Lopez, Ben Okafor"))
    }

    @Test func aShorterSessionLeavesStepsOutAndEditSetsThemLater() throws {
        let room = try Room()
        let prompts = try Self.prompts(in: room, """
        [steps]
        participants = off
        kpi.values = off
        kpi.better = off
        objective.type = off
        owners = off
        confidence = off
        """)
        let terminal = try room.open(["--prompts", prompts], environment: ["NO_COLOR": "1"])
        try WorkshopTerminalTests.answer(terminal, "Team", "Cardiology Ward")
        try WorkshopTerminalTests.answer(terminal, "Period", "2027-Q1")
        // Straight on to the KPIs, and from a KPI to the next one.
        try WorkshopTerminalTests.answer(terminal, "KPIs", "Handover time per shift")
        try WorkshopTerminalTests.answer(terminal, "KPIs", "")
        try WorkshopTerminalTests.answer(terminal, "Purpose 1/3", "Night nurses")
        try WorkshopTerminalTests.answer(terminal, "Purpose 2/3", "They hand over in minutes")
        try WorkshopTerminalTests.answer(terminal, "Purpose 3/3", "Handovers take under ten minutes")
        try WorkshopTerminalTests.answer(terminal, "O1 objective", "Make every shift handover calm and complete")
        try WorkshopTerminalTests.answer(terminal, "O1 shared with", "")
        try WorkshopTerminalTests.answer(terminal, "O1 KPIs", "K1")
        try WorkshopTerminalTests.answer(terminal, "O1 key result 1", "Cut handover time per shift from 35 to 10 minutes by 2027-03-31")
        try WorkshopTerminalTests.prompt(terminal, "O1 key result 2")
        // Every field is still reachable: /edit ID FIELD asks its question, then comes back here.
        WorkshopTerminalTests.type(terminal, "/edit O1.KR1 owner")
        try WorkshopTerminalTests.answer(terminal, "O1.KR1 owner", "Chloé Martin")
        try WorkshopTerminalTests.prompt(terminal, "O1 key result 2")
        WorkshopTerminalTests.type(terminal, "/edit O1.KR1 confidence")
        try WorkshopTerminalTests.answer(terminal, "O1.KR1 confidence", "70%")
        try WorkshopTerminalTests.prompt(terminal, "O1 key result 2")
        WorkshopTerminalTests.type(terminal, "/edit O1 type")
        try WorkshopTerminalTests.answer(terminal, "O1 type (c/a)", "committed")
        try WorkshopTerminalTests.prompt(terminal, "O1 key result 2")
        WorkshopTerminalTests.type(terminal, "/edit K1 value")
        try WorkshopTerminalTests.answer(terminal, "K1 now", "35 minutes")
        try WorkshopTerminalTests.prompt(terminal, "O1 key result 2")
        // An owner already set comes back in the line, ready to change; Tab still completes.
        WorkshopTerminalTests.type(terminal, "/edit O1.KR1 owner")
        try WorkshopTerminalTests.prompt(terminal, "O1.KR1 owner")
        try terminal.expect("Chloé Martin", timeout: Self.timeout)
        WorkshopTerminalTests.type(terminal, PseudoTerminal.Key.ctrlU + "Dev Rao")
        try WorkshopTerminalTests.prompt(terminal, "O1 key result 2")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        let document = try JSONDocument.load(room.workDocument)
        let objective = try #require((document["objectives"] as? [[String: Any]])?.first)
        #expect(objective["type"] as? String == "committed")
        let keyResult = try #require((objective["keyResults"] as? [[String: Any]])?.first)
        #expect(keyResult["owner"] as? String == "Dev Rao")
        #expect((keyResult["confidence"] as? NSNumber)?.doubleValue == 0.7)
        let kpi = try #require((document["kpis"] as? [[String: Any]])?.first)
        #expect((kpi["current"] as? NSNumber)?.doubleValue == 35 && kpi["unit"] as? String == "minutes")
        #expect(document["participants"] as? [String] == [])
    }

    /// A company document beside the team's: each objective is asked what it contributes to, with Tab
    /// completing the company's objectives (issue 15), and the folder then lints as a set.
    @Test func aParentBesideTheDocumentIsOfferedForAlignment() throws {
        let room = try Room()
        try FileManager.default.createDirectory(atPath: room.folder.path("work"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.path("org/acme.json"), toPath: room.folder.path("work/company.json"))
        let terminal = try room.open(environment: ["NO_COLOR": "1"])
        for (label, answer) in [("Team", "Store Operations"), ("Period", ""), ("Participants", ""), ("KPIs", ""),
                                ("Purpose 1/3", "Store managers"), ("Purpose 2/3", "They order in minutes"), ("Purpose 3/3", "Orders go through the app"),
                                ("O1 objective", "Make replenishment effortless for every store manager"), ("O1 type (c/a)", ""), ("O1 owner", "")] {
            try WorkshopTerminalTests.answer(terminal, label, answer)
        }
        try terminal.expect("Which of Acme's objectives does O1 contribute to?", timeout: Self.timeout)
        try terminal.expect("O3  Grow online sales profitably", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(terminal, "O1 contributes to")
        // Tab completes as far as the choices agree and lists them; the room picks one.
        terminal.send("Ac" + PseudoTerminal.Key.tab)
        try terminal.expect("Acme/O3", timeout: Self.timeout)
        terminal.send("1" + PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "O1 shared with")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        let objective = try #require((try JSONDocument.load(room.workDocument)["objectives"] as? [[String: Any]])?.first)
        #expect(objective["alignsTo"] as? [String] == ["Acme/O1"])
        try SchemaCheck.validate([room.workDocument])
        let lint = try OKRProcess.run(["lint", "--format", "json", room.folder.path("work")])
        let across = (try JSONSerialization.jsonObject(with: lint.stdoutBytes) as? [String: Any])?["across"] as? [[String: Any]] ?? []
        #expect(across.contains { $0["rule"] as? String == "parent-unsupported" }, "Acme O2 and O3 have no team yet")
        #expect(!across.contains { $0["rule"] as? String == "alignment-broken" })
    }
}

