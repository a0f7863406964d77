import Foundation
import Testing

/// Escape sequences and control characters in documents, prompt files and typed
/// answers never reach the terminal raw, and text is stored exactly as given.
///
/// The bytes okr writes to the pseudo-terminal are checked whole: with
/// `NO_COLOR=1` no ESC and no C0/C1 control other than CR and LF may appear at
/// all (libedit needs no cursor movement for typing at the end of a line and
/// pressing Enter); with colour, only SGR colour codes `ESC[…m`.
@Suite("Hardening: hostile text", .serialized)
struct HardeningHostileTextTests {
    typealias Room = WorkshopTerminalTests.Room
    typealias Support = HardeningSaveFailureTests
    static let timeout = 30.0

    /// Text that would retitle the window, clear the screen, ask the terminal to answer
    /// (DSR, DECRQSS), hide text, reverse it with bidi overrides, and move the cursor.
    enum Hostile {
        static let team = "Ops \u{1B}]0;pwned\u{07}\u{1B}[2J team"
        static let who = "nurses\u{9B}31m on nights\u{1B}[8m hidden"
        static let change = "They\rover\u{8}\u{8}write \u{1B}[1A\u{1B}[K lines"
        static let evidence = "\u{1B}P$q m\u{1B}\\ status \u{1B}[5n \u{1B}[6n"
        static let kpi = "Rate\u{1B}[?1049h alt screen \u{7F}\u{7}"
        static let objective = "Make \u{202E}esrever\u{202C} things \u{1B}[31mred\u{1B}[0m work"
        static let keyResults = [
            "Raise the fix rate from 72% to 85% by 2027-06-30 \u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\",
            "Raise the share of \u{1B}[2Kengineers using the app from 20% to 90% by 2027-06-30",
        ]
        static let note = "bell \u{7}\u{7} and \u{1B}c reset"

        /// Every hostile string, for checking that each is stored exactly.
        static var all: [String] { [team, who, change, evidence, kpi, objective, note] + keyResults }
    }

    /// A finished draft made of hostile text (timestamps fixed, no workshop note: it resumes at "another objective?").
    static func hostileDocument() throws -> Data {
        func keyResult(_ id: String, _ statement: String) -> [String: Any] {
            ["id": id, "statement": statement]
        }
        let document: [String: Any] = [
            "schemaVersion": 1, "team": Hostile.team, "period": "2027-Q2",
            "createdAt": "2026-11-27T10:00:00Z", "updatedAt": "2026-11-27T10:00:00Z",
            "purpose": ["who": Hostile.who, "change": Hostile.change, "evidence": Hostile.evidence],
            "kpis": [["id": "K1", "name": Hostile.kpi]],
            "objectives": [[
                "id": "O1", "title": Hostile.objective, "kpis": ["K1"],
                "keyResults": [keyResult("O1.KR1", Hostile.keyResults[0]), keyResult("O1.KR2", Hostile.keyResults[1])],
            ] as [String: Any]],
            "notes": [Hostile.note],
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])
    }

    /// Every string in a JSON document, depth first.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: return [text]
        case let array as [Any]: return array.flatMap(strings)
        case let object as [String: Any]: return object.values.flatMap(strings)
        default: return []
        }
    }

    static func expectNoRawControls(_ terminal: PseudoTerminal, allowingColour: Bool = false, _ what: String) {
        let found = TerminalBytes.rawControls(in: terminal.output, allowingColour: allowingColour)
        #expect(found.isEmpty, "\(what): \(found.count) raw control(s) reached the terminal: \(found.prefix(5))")
    }

    /// Opens the hostile draft, shows it, moves through the review (so okr saves it again) and leaves.
    func walkThroughHostileDraft(colour: Bool) throws {
        let room = try Room()
        try FileManager.default.createDirectory(atPath: room.folder.path("work"), withIntermediateDirectories: true)
        try Self.hostileDocument().write(to: URL(fileURLWithPath: room.workDocument))
        let terminal = try room.open(environment: colour ? [:] : ["NO_COLOR": "1"])
        try terminal.expect("Picking up okrs.json", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(terminal, "Next")
        terminal.send("/show" + PseudoTerminal.Key.enter)
        try terminal.expect("Parking lot", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(terminal, "Next")
        terminal.send("/export markdown" + PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "Next")
        terminal.send(PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "Done")
        terminal.send(PseudoTerminal.Key.enter)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        if colour { #expect(terminal.output.contains(0x1B), "no colour at all: the colour check proves nothing") }

        // The text was shown, made visible: the team's escape shows as ␛.
        let seen = ScreenText.visible(terminal.output)
        #expect(seen.contains("Ops ␛]0;pwned␇␛[2J team"), "\(seen)")
        Self.expectNoRawControls(terminal, allowingColour: colour, colour ? "hostile draft, colour" : "hostile draft, NO_COLOR")
        // Saved again by the workshop, every string is as it was.
        let saved = Self.strings(in: try JSONDocument.load(room.workDocument))
        for text in Hostile.all {
            #expect(saved.contains(text), "not stored as given: \(PseudoTerminal.printable(Array(text.utf8)))")
        }
        // JSON-escaped on disk: no raw control byte in the file.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: room.workDocument))
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A }, "raw control bytes in the saved file")
        try SchemaCheck.validate([room.workDocument])
    }

    /// The byte check itself: it finds what it must and lets colour through only when asked.
    @Test func theCheckFindsRawControls() {
        #expect(TerminalBytes.rawControls(in: Array("plain\r\ntext ␛ ␇".utf8)).isEmpty)
        #expect(TerminalBytes.rawControls(in: Array("a\u{1B}[2Jb".utf8)).count == 1)
        #expect(TerminalBytes.rawControls(in: Array("a\u{9B}2Jb \u{7} \u{0}".utf8)).count == 3)
        #expect(TerminalBytes.rawControls(in: Array("\u{1B}[1;36mcyan\u{1B}[0m".utf8)).count == 2)
        #expect(TerminalBytes.rawControls(in: Array("\u{1B}[1;36mcyan\u{1B}[0m".utf8), allowingColour: true).isEmpty)
        #expect(TerminalBytes.rawControls(in: Array("\u{1B}[2J\u{1B}]0;x\u{7}".utf8), allowingColour: true).count == 3)
    }

    @Test func hostileDocumentNeverDrivesTheTerminal() throws {
        try walkThroughHostileDraft(colour: false)
    }

    @Test func hostileDocumentNeverDrivesTheTerminalInColour() throws {
        try walkThroughHostileDraft(colour: true)
    }

    @Test func hostilePromptFileNeverDrivesTheTerminal() throws {
        let room = try Room()
        let prompts = room.folder.path("prompts")
        try FileManager.default.createDirectory(atPath: prompts, withIntermediateDirectories: true)
        var script = try String(contentsOfFile: Self.builtInPrompt("workshop.txt"), encoding: .utf8)
        let replacements = [
            "title = okr — objectives and key results, with a coach at your side": "title = okr \u{1B}]0;pwned\u{07} coach\u{1B}[2J",
            "question = Which team are these OKRs for?": "question = Which team?\u{1B}[6n \u{9B}2J are these for",
            "hint = The team that will own the work, e.g. \"Store Operations\".": "hint = The team\u{1B}[1A\u{1B}[2K \u{7} e.g. \u{1B}[5m\"Ops\"",
            "label = Team": "label = Team\u{1B}[8m",
        ]
        for (plain, hostile) in replacements {
            #expect(script.contains(plain), "the built-in workshop.txt changed: \(plain)")
            script = script.replacingOccurrences(of: plain, with: hostile)
        }
        try script.write(toFile: prompts + "/workshop.txt", atomically: false, encoding: .utf8)

        let terminal = try room.open(["--prompts", prompts], environment: ["NO_COLOR": "1"])
        try terminal.expect("Which team?", timeout: Self.timeout)
        try terminal.expect("Team␛[8m ›", timeout: Self.timeout)
        terminal.send("Field Service" + PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "Period")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        Self.expectNoRawControls(terminal, "hostile prompt file")
        #expect(ScreenText.visible(terminal.output).contains("The team␛[1A␛[2K ␇ e.g."))
        #expect(try JSONDocument.load(room.workDocument)["team"] as? String == "Field Service")
    }

    /// The built-in prompt files, found from the package root above the build folder.
    static func builtInPrompt(_ name: String) -> String {
        var url = OKRProcess.productsFolder
        while url.path != "/" {
            let candidate = url.appendingPathComponent("prompts/\(name)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            url.deleteLastPathComponent()
        }
        return "prompts/\(name)"
    }

    /// Control characters typed with Ctrl-V (libedit's quoted insert) are stored as typed and shown made visible.
    @Test func typedControlCharactersAreStoredAsTypedAndShownVisibly() throws {
        let room = try Room()
        let terminal = try room.open(environment: ["NO_COLOR": "1"])
        try WorkshopTerminalTests.prompt(terminal, "Team")
        let quote = "\u{16}"
        // Ops ESC ] 0 ; x BEL team — the window-title sequence, each control quoted.
        terminal.send("Ops " + quote + "\u{1B}" + "]0;x" + quote + "\u{07}" + " team" + PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "Period")
        terminal.send("2027-Q2" + PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "Participants")
        terminal.send("Ana " + quote + "\u{1B}" + "[31m" + PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        terminal.send("Rate " + quote + "\u{1B}" + "[2J" + PseudoTerminal.Key.enter)
        try terminal.expect("Noted K1: Rate ␛[2J.", timeout: Self.timeout)
        // The KPI's name in the question about where it stands is shown made visible too.
        try terminal.expect("Where does Rate ␛[2J stand today?", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(terminal, "K1 now", "")
        try WorkshopTerminalTests.answer(terminal, "K1 better (h/l)", "")
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        terminal.send("/show" + PseudoTerminal.Key.enter)
        try terminal.expect("Ops ␛]0;x␇ team", timeout: Self.timeout)
        try terminal.expect("With Ana ␛[31m", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        Self.expectNoRawControls(terminal, "typed control characters")
        let document = try JSONDocument.load(room.workDocument)
        #expect(document["team"] as? String == "Ops \u{1B}]0;x\u{07} team")
        #expect((document["kpis"] as? [[String: Any]])?.first?["name"] as? String == "Rate \u{1B}[2J")
        #expect(document["participants"] as? [String] == ["Ana \u{1B}[31m"])
    }

    /// A pipe delivers any bytes: escapes, C1 controls, bidi overrides. The transcript shows them
    /// made visible, the document stores them exactly.
    @Test func pipedControlCharactersAreStoredAsGivenAndShownVisibly() throws {
        let folder = try TemporaryFolder()
        let team = "Ops \u{1B}]0;pwned\u{07}\u{1B}[2J \u{9B}31m \u{202E}team"
        let kpi = "Rate\u{1B}[5n\u{7F}\u{0}\u{1}"
        let lines = [team, "2027-Q2", "", kpi, "", "", ""]
        let result = try WorkshopPipeTests.pipe(lines, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let hostileOut = TerminalBytes.rawControls(in: Array(result.stdoutBytes))
        #expect(hostileOut.isEmpty, "raw controls on stdout: \(hostileOut.prefix(5))")
        #expect(TerminalBytes.rawControls(in: Array(result.stderr.utf8)).isEmpty)
        #expect(result.stdout.contains("Team › Ops ␛]0;pwned␇␛[2J \\u{9B}31m \\u{202E}team\n"), "\(result.stdout)")
        let document = try JSONDocument.load(folder.path("work/okrs.json"))
        #expect(document["team"] as? String == team)
        #expect((document["kpis"] as? [[String: Any]])?.first?["name"] as? String == kpi)
        try SchemaCheck.validate([folder.path("work/okrs.json")])
    }

    /// Error messages quote what they reject — arguments, paths, prompt-file sections — made visible.
    @Test func errorMessagesQuoteHostileTextVisibly() throws {
        let folder = try TemporaryFolder()
        let escape = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
        let prompts = folder.path("prompts")
        try FileManager.default.createDirectory(atPath: prompts, withIntermediateDirectories: true)
        let script = try String(contentsOfFile: Self.builtInPrompt("workshop.txt"), encoding: .utf8)
        try (script + "\n[evil\(escape)]\nkey = value\n").write(toFile: prompts + "/workshop.txt", atomically: false, encoding: .utf8)
        let document = try folder.write("okrs.json", "{\"schemaVersion\": 1, \"team\": \"Ops\"}\n")
        let runs: [[String]] = [
            ["--prompts", "/no-such-folder" + escape, "okrs.json"],
            ["--prompts", prompts, "okrs.json"],
            ["--bad" + escape],
            ["export", document, "--format", "x" + escape],
            ["lint", "missing" + escape + ".json"],
            ["export", "missing" + escape + ".json"],
            ["workshop", "not-a-document" + escape],
        ]
        for arguments in runs {
            let result = try OKRProcess.run(arguments, input: Data(), in: folder.url)
            #expect(result.status != 0, "\(arguments): exit status 0")
            #expect(result.stderr.contains("␛"), "\(arguments): the message does not quote the text: \(result.stderr)")
            let raw = TerminalBytes.rawControls(in: Array(result.stderr.utf8)) + TerminalBytes.rawControls(in: Array(result.stdoutBytes))
            #expect(raw.isEmpty, "\(arguments): raw controls in the message: \(raw.prefix(3))")
        }
    }

    /// `--team` and `--period` suggestions with escapes: shown safely, stored as given when accepted.
    @Test func hostileSuggestionsAreShownSafelyAndStoredAsGiven() throws {
        let team = "Ops \u{1B}]0;pwned\u{07}\u{1B}[2J team"
        let room = try Room()
        let terminal = try room.open(["--team", team, "--period", "2027-Q3"], environment: ["NO_COLOR": "1"])
        try WorkshopTerminalTests.prompt(terminal, "Team")
        terminal.send(PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "Period")
        terminal.send(PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "Participants")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        Self.expectNoRawControls(terminal, "hostile --team suggestion")
        let document = try JSONDocument.load(room.workDocument)
        #expect(document["team"] as? String == team)
        #expect(document["period"] as? String == "2027-Q3")

        let folder = try TemporaryFolder()
        let work = folder.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let piped = try OKRProcess.run(["--team", team], input: Data("\n2027-Q2\n".utf8), in: work, environment: ["HOME": folder.path("home")])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(TerminalBytes.rawControls(in: Array(piped.stdoutBytes)).isEmpty)
        #expect(try JSONDocument.load(folder.path("work/okrs.json"))["team"] as? String == team)
    }
}
