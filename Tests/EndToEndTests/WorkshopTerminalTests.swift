import Foundation
import Testing

/// The answers of one workshop, as a team in a facilitated room would type
/// them: who is in the room, a KPI with where it stands and one typed by
/// mistake and undone, an objective the coach flags as an output and that is
/// then revised, its type and owner (the owner completed with Tab), a key
/// result without a baseline (the coach asks for it) with its owner and the
/// team's confidence, and a key result corrected later with `/edit`.
enum TypedWorkshop {
    static let team = "Store Operations"
    static let period = "2027-Q1"
    static let participants = "Ana Lopez, Ben Okafor"
    static let kpi = "Stock-out rate on top-100 items"
    static let kpiNow = "4.2%"
    static let kpiBetter = "l"
    static let mistakenKPI = "App downloads"
    static let who = "Store managers in our regional stores"
    static let change = "They spend their time with customers, not on manual stock orders"
    static let evidence = "Most orders go through the app; shelves run empty less often"
    static let outputObjective = "Launch the new replenishment app"
    static let objective = "Make replenishment effortless for every store manager"
    static let objectiveType = "a"
    static let objectiveOwner = "Ana Lopez"
    static let sharedWith = "Supply Planning"
    static let kpiLinks = "K1"
    static let firstKeyResult = "Raise the share of stores ordering through the app to 80% by 2027-03-31"
    static let firstBaseline = "15"
    static let firstOwner = "Ben Okafor"
    static let firstConfidence = "6"
    static let secondKeyResultDraft = "Cut stock-outs on top-100 items from 4.2% to 3% by 2027-03-31"
    static let secondKeyResult = "Cut stock-outs on top-100 items from 4.2% to 2% by 2027-03-31"

    /// The same workshop as lines through a pipe: no prefilled drafts there, so a revision is just the new line.
    static let pipedLines = [
        team, period, participants, kpi, kpiNow, kpiBetter, mistakenKPI, "", "", "/undo", "",
        who, change, evidence,
        outputObjective, objective, objectiveType, objectiveOwner, sharedWith, kpiLinks,
        firstKeyResult, firstBaseline, firstOwner, firstConfidence,
        secondKeyResultDraft, "", "", // no owner, no confidence yet
        "/edit O1.KR2", secondKeyResult,
        "", // ends the key results
        "", // no other objective
        "", // leaves after the closing review
    ]

    /// The document those answers must give, field by field (timestamps aside).
    static var expectedDocument: [String: Any] {
        func keyResult(
            _ id: String, _ statement: String, metric: String, baseline: Double, target: Double, direction: String,
            owner: Any = NSNull(), confidence: Any = NSNull()
        ) -> [String: Any] {
            [
                "id": id, "statement": statement, "metric": metric,
                "baseline": baseline, "target": target, "unit": "%", "direction": direction,
                "due": "2027-03-31", "owner": owner, "confidence": confidence, "indicator": NSNull(),
                "focus": NSNull(), "current": NSNull(), "accepted": [String](),
            ]
        }
        let objectiveValue: [String: Any] = [
            "id": "O1", "title": objective, "type": "aspirational", "owner": objectiveOwner,
            "sharedWith": [sharedWith], "kpis": ["K1"], "accepted": [String](),
            "keyResults": [
                keyResult("O1.KR1", firstKeyResult, metric: "share of stores ordering through the app", baseline: 15, target: 80, direction: "increase",
                          owner: firstOwner, confidence: 0.6),
                keyResult("O1.KR2", secondKeyResult, metric: "stock-outs on top-100 items", baseline: 4.2, target: 2, direction: "decrease"),
            ],
        ]
        return [
            "schemaVersion": 1, "team": team, "period": period, "participants": ["Ana Lopez", "Ben Okafor"],
            "purpose": ["who": who, "change": change, "evidence": evidence],
            "kpis": [["id": "K1", "name": kpi, "unit": "%", "current": 4.2, "better": "lower"] as [String: Any]],
            "objectives": [objectiveValue],
            "notes": [String](),
            // The workshop notes where to resume; a finished one resumes at its closing question.
            "workshop": ["next": "finished"],
        ]
    }

    /// Checks each typed answer in its field, then the whole document, then the schema and lint.
    static func check(_ path: String) throws {
        let document = try JSONDocument.load(path)
        #expect(document["team"] as? String == team)
        #expect(document["period"] as? String == period)
        let purpose = document["purpose"] as? [String: Any]
        #expect(purpose?["who"] as? String == who)
        #expect(purpose?["change"] as? String == change)
        #expect(purpose?["evidence"] as? String == evidence)
        // The mistaken KPI was undone.
        let kpis = document["kpis"] as? [[String: Any]] ?? []
        #expect(kpis.map { $0["name"] as? String } == [kpi])
        let objectives = document["objectives"] as? [[String: Any]] ?? []
        try #require(objectives.count == 1)
        // The revision replaced the flagged draft; nothing was kept against the coach.
        #expect(objectives[0]["title"] as? String == objective)
        #expect((objectives[0]["accepted"] as? [String]) == [])
        #expect(objectives[0]["sharedWith"] as? [String] == [sharedWith])
        #expect(objectives[0]["kpis"] as? [String] == [kpiLinks])
        let keyResults = objectives[0]["keyResults"] as? [[String: Any]] ?? []
        try #require(keyResults.count == 2)
        #expect(keyResults[0]["statement"] as? String == firstKeyResult)
        // The baseline the coach asked for.
        #expect((keyResults[0]["baseline"] as? NSNumber)?.doubleValue == Double(firstBaseline))
        // The edit replaced the draft statement and what was read from it.
        #expect(keyResults[1]["statement"] as? String == secondKeyResult)
        #expect((keyResults[1]["target"] as? NSNumber)?.doubleValue == 2)
        #expect(
            JSONDocument.same(document, expectedDocument),
            "the document differs from the answers typed:\n\(JSONDocument.text(document))"
        )

        try SchemaCheck.validate([path])
        let lint = try OKRProcess.run(["lint", path])
        #expect(lint.status == 0, "lint found errors: \(lint.stdout) \(lint.stderr)")
    }
}

/// The workshop through a real pseudo-terminal, typed as a person would:
/// every step waits for the prompt it answers, never for a fixed time.
@Suite("The workshop through a terminal", .serialized)
struct WorkshopTerminalTests {
    typealias Key = PseudoTerminal.Key
    typealias Answers = TypedWorkshop

    /// Generous, for a loaded two-core machine.
    static let timeout = 30.0

    /// A test's own folder: the document in it, HOME and XDG_STATE_HOME (the history file) under it.
    final class Room {
        let folder: TemporaryFolder
        var document: String { folder.path("okrs.json") }

        init() throws {
            folder = try TemporaryFolder()
            try FileManager.default.createDirectory(atPath: folder.path("home"), withIntermediateDirectories: true)
        }

        func open(_ arguments: [String] = [], environment: [String: String] = [:], columns: Int = 80, rows: Int = 24) throws -> PseudoTerminal {
            var variables = ["HOME": folder.path("home"), "XDG_STATE_HOME": folder.path("home/state")]
            variables.merge(environment) { _, given in given }
            let work = folder.url.appendingPathComponent("work")
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
            return try PseudoTerminal(
                executable: OKRProcess.executable(), arguments: arguments, environment: variables,
                directory: work.path, columns: columns, rows: rows
            )
        }

        /// The files okr left in the working folder.
        var workFiles: [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path("work")).sorted()) ?? []
        }

        var workDocument: String { folder.path("work/okrs.json") }
    }

    /// Waits for the prompt labelled `label` (the label, then its arrow; colour codes may sit between).
    static func prompt(_ terminal: PseudoTerminal, _ label: String) throws {
        try terminal.expect(label, timeout: timeout)
        try terminal.expect("›", timeout: timeout)
    }

    /// Types `text` and Enter.
    static func type(_ terminal: PseudoTerminal, _ text: String) {
        terminal.send(text + Key.enter)
    }

    /// Waits for `label`'s prompt, then types the answer.
    static func answer(_ terminal: PseudoTerminal, _ label: String, _ text: String) throws {
        try prompt(terminal, label)
        type(terminal, text)
    }

    /// From the first question to the prompt for O1's second key result.
    static func typeFirstHalf(_ terminal: PseudoTerminal) throws {
        try answer(terminal, "Team", Answers.team)
        try answer(terminal, "Period", Answers.period)
        try terminal.expect("Who is in the room?", timeout: timeout)
        try answer(terminal, "Participants", Answers.participants)
        try answer(terminal, "KPIs", Answers.kpi)
        try terminal.expect("Noted K1", timeout: timeout)
        try answer(terminal, "K1 now", Answers.kpiNow)
        try terminal.expect("K1 now stands at 4.2%", timeout: timeout)
        try terminal.expect("Which way is good for Stock-out rate on top-100 items", timeout: timeout)
        try answer(terminal, "K1 better (h/l)", Answers.kpiBetter)
        try answer(terminal, "KPIs", Answers.mistakenKPI)
        try terminal.expect("Noted K2", timeout: timeout)
        try answer(terminal, "K2 now", "")
        try answer(terminal, "K2 better (h/l)", "")
        try answer(terminal, "KPIs", "/undo")
        try terminal.expect("Undone: KPI K2.", timeout: timeout)
        try answer(terminal, "KPIs", "")
        try answer(terminal, "Purpose 1/3", Answers.who)
        try answer(terminal, "Purpose 2/3", Answers.change)
        try answer(terminal, "Purpose 3/3", Answers.evidence)
        try answer(terminal, "O1 objective", Answers.outputObjective)
        // The coach names the problem and hands the draft back for revision.
        try terminal.expect("O1 · This names something to deliver", timeout: timeout)
        try terminal.expect("Revise the draft above", timeout: timeout)
        try prompt(terminal, "O1 objective")
        try terminal.expect(Answers.outputObjective, timeout: timeout)
        type(terminal, Key.ctrlU + Answers.objective)
        try terminal.expect("committed or aspirational?", timeout: timeout)
        try answer(terminal, "O1 type (c/a)", Answers.objectiveType)
        // The owner: Tab completes a participant's name from its first letters.
        try terminal.expect("Tab completes the names of the people in the room", timeout: timeout)
        try prompt(terminal, "O1 owner")
        terminal.send("an" + Key.tab)
        try terminal.expect("a Lopez", timeout: timeout)
        terminal.send(Key.enter)
        try answer(terminal, "O1 shared with", Answers.sharedWith)
        try answer(terminal, "O1 KPIs", Answers.kpiLinks)
        try answer(terminal, "O1 key result 1", Answers.firstKeyResult)
        // No baseline in the statement: the coach asks for it.
        try terminal.expect("Where does \"share of stores ordering through the app\" stand today?", timeout: timeout)
        try answer(terminal, "O1.KR1 baseline", Answers.firstBaseline)
        try answer(terminal, "O1.KR1 owner", Answers.firstOwner)
        try terminal.expect("How confident is the team that O1.KR1 will be met?", timeout: timeout)
        try answer(terminal, "O1.KR1 confidence", Answers.firstConfidence)
        try prompt(terminal, "O1 key result 2")
    }

    /// From the prompt for O1's second key result to the end; returns the exit status.
    static func typeSecondHalf(_ terminal: PseudoTerminal) throws -> Int32 {
        type(terminal, Answers.secondKeyResultDraft)
        try terminal.expect("Read as: stock-outs on top-100 items: 4.2% → 3%", timeout: timeout)
        // Owner and confidence left open for now.
        try answer(terminal, "O1.KR2 owner", "")
        try answer(terminal, "O1.KR2 confidence", "")
        try prompt(terminal, "O1 key result 3")
        type(terminal, "/edit O1.KR2")
        try terminal.expect("Editing O1.KR2", timeout: timeout)
        try prompt(terminal, "Edit O1.KR2")
        try terminal.expect(Answers.secondKeyResultDraft, timeout: timeout)
        type(terminal, Key.ctrlU + Answers.secondKeyResult)
        try terminal.expect("Read as: stock-outs on top-100 items: 4.2% → 2%", timeout: timeout)
        // Back where the edit started.
        try answer(terminal, "O1 key result 3", "")
        try terminal.expect("Add another objective? (y/N)", timeout: timeout)
        try answer(terminal, "Next", "")
        try terminal.expect("Review", timeout: timeout)
        try terminal.expect("1 objective, 2 key results", timeout: timeout)
        try answer(terminal, "Done", "")
        return try terminal.waitForExit(timeout: timeout)
    }

    // MARK: The whole workshop

    @Test func completeWorkshopTypedAsAPersonWould() throws {
        let room = try Room()
        let terminal = try room.open()
        try Self.typeFirstHalf(terminal)
        #expect(try Self.typeSecondHalf(terminal) == 0)
        #expect(room.workFiles == ["okrs.json"], "no lock or temp file is left behind")
        // Every colour code reached the terminal whole: none shows as text (libedit once printed "Team[2m[0m").
        let seen = ScreenText.visible(terminal.output)
        #expect(seen.range(of: "\\[[0-9;]*m", options: .regularExpression) == nil, "escape text on screen: \(seen)")
        try TypedWorkshop.check(room.workDocument)

        // What the room was asked reaches the exports: who took part, type, owners, confidence, where the KPI stands.
        let csv = try OKRProcess.run(["export", room.workDocument, "--format", "csv"])
        let rows = csv.stdout.components(separatedBy: "\r\n")
        #expect(rows[0].contains(",focus,done_when,shared_with,kpis,participants,current,"))
        #expect(rows[1].hasPrefix("Store Operations,2027-Q1,O1,\(TypedWorkshop.objective),aspirational,Ana Lopez,O1.KR1,"))
        #expect(rows[1].contains(",Ben Okafor,0.6,"))
        #expect(rows[1].contains(",Supply Planning,K1 Stock-out rate on top-100 items (4.2%),Ana Lopez; Ben Okafor,"))
        let markdown = try OKRProcess.run(["export", room.workDocument, "--format", "markdown"])
        for line in ["- Participants: Ana Lopez, Ben Okafor", "- Type: aspirational (a stretch; 0.7 is a good score)", "- Owner: Ana Lopez",
                     "| Ben Okafor | 2027-03-31 | 6/10 |", "| K1 | Stock-out rate on top-100 items | 4.2% |"] {
            #expect(markdown.stdout.contains(line), "\(line) is missing from:\n\(markdown.stdout)")
        }
    }

    @Test func killedHalfwayThenReopenedFinishesWithTheSameDocument() throws {
        let room = try Room()
        let first = try room.open()
        try Self.typeFirstHalf(first)
        // What is on disk is the last answer's save: a whole, valid document.
        try SchemaCheck.validate([room.workDocument])
        let saved = try JSONDocument.load(room.workDocument)
        let savedObjectives = saved["objectives"] as? [[String: Any]] ?? []
        #expect(savedObjectives.first?["title"] as? String == TypedWorkshop.objective)
        let savedKeyResults = savedObjectives.first?["keyResults"] as? [[String: Any]] ?? []
        #expect(savedKeyResults.map { $0["statement"] as? String } == [TypedWorkshop.firstKeyResult])

        first.signal(SIGKILL)
        #expect(try first.waitForExit(timeout: Self.timeout) == 128 + SIGKILL)

        let second = try room.open()
        try second.expect("took over the lock of an okr session (pid \(first.pid))", timeout: Self.timeout)
        try second.expect("Picking up okrs.json", timeout: Self.timeout)
        // At the next question: O1's second key result.
        try Self.prompt(second, "O1 key result 2")
        // The recap (wrapped to the terminal's width like any text).
        let recap = "Picking up okrs.json: Store Operations, 2027-Q1 · purpose 3/3 · 1 objective · 1 key result."
        #expect(ScreenText.flowing(second.output).contains(recap), "\(ScreenText.visible(second.output))")
        #expect(try Self.typeSecondHalf(second) == 0)
        #expect(room.workFiles == ["okrs.json"])
        try TypedWorkshop.check(room.workDocument)
    }

    // MARK: Keys

    @Test func ctrlCCancelsTheLineAndTheQuestionStands() throws {
        let room = try Room()
        let terminal = try room.open()
        try Self.prompt(terminal, "Team")
        terminal.send("Half a team na")
        try terminal.expect("team na", timeout: Self.timeout)
        terminal.send(Key.ctrlC)
        try terminal.expect("(cancelled; the question stands)", timeout: Self.timeout)
        try Self.answer(terminal, "Team", TypedWorkshop.team)
        try Self.prompt(terminal, "Period")
        // Ctrl-C on an empty line: the same, the session goes on.
        terminal.send(Key.ctrlC)
        try terminal.expect("(cancelled; the question stands)", timeout: Self.timeout)
        try Self.answer(terminal, "Period", TypedWorkshop.period)
        try Self.prompt(terminal, "Participants")
        terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        let document = try JSONDocument.load(room.workDocument)
        #expect(document["team"] as? String == TypedWorkshop.team)
        #expect(document["period"] as? String == TypedWorkshop.period)
    }

    @Test func ctrlDSavesAndAReopenResumesAtTheNextQuestion() throws {
        let room = try Room()
        let first = try room.open()
        try Self.answer(first, "Team", TypedWorkshop.team)
        try Self.answer(first, "Period", TypedWorkshop.period)
        try Self.answer(first, "Participants", "")
        try Self.answer(first, "KPIs", "")
        try Self.answer(first, "Purpose 1/3", TypedWorkshop.who)
        try Self.prompt(first, "Purpose 2/3")
        first.send(Key.ctrlD)
        #expect(try first.waitForExit(timeout: Self.timeout) == 0)
        #expect(room.workFiles == ["okrs.json"], "the lock is released on the way out")
        let saved = try JSONDocument.load(room.workDocument)
        #expect((saved["purpose"] as? [String: Any])?["who"] as? String == TypedWorkshop.who)

        let second = try room.open()
        try second.expect("Picking up okrs.json", timeout: Self.timeout)
        try second.expect("What do we want to see change for them?", timeout: Self.timeout)
        try Self.prompt(second, "Purpose 2/3")
        // The one-line recap (wrapped to the terminal's width like any text), and nothing asked twice.
        let recap = "Picking up okrs.json: Store Operations, 2027-Q1 · purpose 1/3 · 0 objectives · 0 key results."
        let seen = ScreenText.flowing(second.output)
        #expect(seen.contains(recap), "\(ScreenText.visible(second.output))")
        #expect(!seen.contains("Which team") && !seen.contains("Who are we creating value for?"))
        Self.type(second, TypedWorkshop.change)
        try Self.prompt(second, "Purpose 3/3")
        second.send(Key.ctrlD)
        #expect(try second.waitForExit(timeout: Self.timeout) == 0)
        let resumed = try JSONDocument.load(room.workDocument)
        let purpose = resumed["purpose"] as? [String: Any]
        #expect(purpose?["who"] as? String == TypedWorkshop.who)
        #expect(purpose?["change"] as? String == TypedWorkshop.change)
    }

    @Test func tabCompletesHelpInsideTheWorkshop() throws {
        let room = try Room()
        let terminal = try room.open()
        try Self.prompt(terminal, "Team")
        terminal.send("/he" + Key.tab)
        // libedit writes just the completed rest after moving the cursor back behind "/he".
        try terminal.expect("lp", timeout: Self.timeout)
        #expect(ScreenText.visible(terminal.output).hasSuffix("/help") || ScreenText.visible(terminal.output).hasSuffix("/help "))
        terminal.send(Key.enter)
        // The command list, then the same question again.
        try terminal.expect("/show               print the draft so far", timeout: Self.timeout)
        try terminal.expect("/quit               save and leave", timeout: Self.timeout)
        try Self.answer(terminal, "Team", TypedWorkshop.team)
        try Self.prompt(terminal, "Period")
        terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        // /help is a command, never an answer.
        #expect(try JSONDocument.load(room.workDocument)["team"] as? String == TypedWorkshop.team)
    }

    // MARK: The screen

    @Test func showFitsA60ColumnTerminal() throws {
        let room = try Room()
        try FileManager.default.createDirectory(atPath: room.folder.path("work"), withIntermediateDirectories: true)
        var document = TypedWorkshop.expectedDocument
        document["createdAt"] = "2026-11-27T10:00:00Z"
        document["updatedAt"] = "2026-11-27T10:00:00Z"
        // Without the workshop's note the place to resume is worked out from the document.
        document.removeValue(forKey: "workshop")
        document["team"] = "Store Operations and Regional Replenishment Planning"
        document["notes"] = ["Parking lot: pricing questions for the category team, and who owns the supplier portal after the migration"]
        var objectives = document["objectives"] as! [[String: Any]]
        objectives[0]["title"] = "Make replenishment effortless for every store manager in every region we serve"
        objectives[0]["sharedWith"] = ["Supply Planning", "Category Management", "Regional Store Leadership"]
        document["objectives"] = objectives
        let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: room.workDocument))

        let terminal = try room.open(columns: 60, rows: 40)
        // Two key results on the last objective: it resumes at "another objective?".
        try Self.prompt(terminal, "Next")
        let before = terminal.output.count
        Self.type(terminal, "/show")
        try terminal.expect("Parking lot", timeout: Self.timeout)
        try Self.prompt(terminal, "Next")
        let shown = ScreenText.lines(Array(terminal.output[before...]))
        let wide = shown.filter { $0.count > 60 }
        #expect(wide.isEmpty, "lines wider than 60 columns: \(wide)")
        // Wrapped text reads on across lines.
        let text = shown.joined(separator: " ").replacingOccurrences(of: " +", with: " ", options: .regularExpression)
        for word in ["Replenishment Planning", "Regional Store Leadership", "supplier portal", "every region we serve"] {
            #expect(text.contains(word), "\(word) is missing from /show: \(text)")
        }
        terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
    }

    @Test func firstScreenSaysInOneLineHowToGetHelpAndLeave() throws {
        let room = try Room()
        let terminal = try room.open()
        try Self.prompt(terminal, "Team")
        let lines = ScreenText.lines(terminal.output)
        // One screen line says both: where help is, and how to leave (with what happens to the work).
        let helpLines = lines.filter { $0.contains("/help") && $0.contains("Ctrl-D") && $0.contains("/quit") && $0.contains("leave") }
        #expect(helpLines.count == 1, "first screen: \(lines)")
        #expect(lines.allSatisfy { $0.count <= 80 })
        terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
    }

    @Test func colourOnATerminalButNotWithNoColor() throws {
        let coloured = try Room()
        let terminal = try coloured.open()
        try Self.answer(terminal, "Team", TypedWorkshop.team)
        try Self.prompt(terminal, "Period")
        terminal.send(Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        let colourText = String(decoding: terminal.output, as: UTF8.self)
        #expect(colourText.contains("\u{1B}[1m") && colourText.contains("\u{1B}[36m"), "no colour on a terminal")

        let plain = try Room()
        let quiet = try plain.open(environment: ["NO_COLOR": "1"])
        try Self.answer(quiet, "Team", TypedWorkshop.team)
        try Self.prompt(quiet, "Period")
        quiet.send(Key.ctrlD)
        #expect(try quiet.waitForExit(timeout: Self.timeout) == 0)
        #expect(!quiet.output.contains(0x1B), "escape bytes with NO_COLOR=1: \(PseudoTerminal.printable(quiet.output))")
    }

    // MARK: Refusals

    @Test func secondSessionOnTheSameDocumentIsRefusedNamingTheFirst() throws {
        let room = try Room()
        let first = try room.open()
        try Self.prompt(first, "Team")
        let second = try OKRProcess.run(
            [], input: Data("Other team\n".utf8), in: room.folder.url.appendingPathComponent("work"),
            environment: ["HOME": room.folder.path("home"), "XDG_STATE_HOME": room.folder.path("home/state")]
        )
        #expect(second.status != 0)
        #expect(second.stderr.contains("pid \(first.pid)"), "stderr: \(second.stderr)")
        // The first session goes on undisturbed.
        Self.type(first, TypedWorkshop.team)
        try Self.prompt(first, "Period")
        first.send(Key.ctrlD)
        #expect(try first.waitForExit(timeout: Self.timeout) == 0)
        #expect(try JSONDocument.load(room.workDocument)["team"] as? String == TypedWorkshop.team)
    }

    @Test func mistypedSubcommandCreatesNoFile() throws {
        let room = try Room()
        let terminal = try room.open(["lnit"])
        let status = try terminal.waitForExit(timeout: Self.timeout)
        #expect(status != 0)
        #expect(room.workFiles.isEmpty, "files made: \(room.workFiles)")
        #expect(String(decoding: terminal.output, as: UTF8.self).contains("lnit"))
    }
}
