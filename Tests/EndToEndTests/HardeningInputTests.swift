import Foundation
import Testing

/// Input at its extremes: a 1 MB pasted line, invalid UTF-8, an empty stdin,
/// stdin closed mid-line, a terminal 20 columns wide. No crash, no hang, and
/// every answer given in full is stored.
@Suite("Hardening: input extremes", .serialized)
struct HardeningInputTests {
    typealias Room = WorkshopTerminalTests.Room
    static let timeout = 30.0

    /// A megabyte of readable text, in words, with a marker at each end.
    static let megabyteLine: String = {
        let words = ["stores", "shelves", "orders", "managers", "customers", "replenishment", "app", "stock"]
        var text = "BEGIN"
        var index = 0
        while text.utf8.count < 1_048_576 - 4 {
            text += " " + words[index % words.count]
            index += 1
        }
        return text + " END"
    }()

    @Test func megabyteLinePastedIntoTheTerminalIsStoredWhole() throws {
        let room = try Room()
        let terminal = try room.open(environment: ["NO_COLOR": "1"])
        try WorkshopTerminalTests.prompt(terminal, "Team")
        let start = Date()
        try terminal.paste(bytes: Array((Self.megabyteLine + PseudoTerminal.Key.enter).utf8), timeout: 300)
        try terminal.expect("Period ›", timeout: 300)
        let seconds = Date().timeIntervalSince(start)
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        let team = try JSONDocument.load(room.workDocument)["team"] as? String
        #expect(team?.utf8.count == Self.megabyteLine.utf8.count)
        #expect(team == Self.megabyteLine)
        print("a 1 MB line pasted into the terminal took \(String(format: "%.1f", seconds)) s to be read and saved")
    }

    @Test func megabyteLineThroughAPipeIsStoredWhole() throws {
        let folder = try TemporaryFolder()
        let result = try WorkshopPipeTests.pipe([Self.megabyteLine, "2027-Q2"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONDocument.load(folder.path("work/okrs.json"))
        #expect(document["team"] as? String == Self.megabyteLine)
        #expect(document["period"] as? String == "2027-Q2")
    }

    /// Invalid UTF-8: a stray continuation byte, a cut-off sequence, a surrogate, an overlong form, 0xFF.
    static let invalidBytes: [UInt8] = Array("Ops ".utf8) + [0x80, 0x20, 0xC3, 0x20, 0xED, 0xA0, 0x80, 0x20, 0xC0, 0xAF, 0x20, 0xFF] + Array(" team".utf8)

    @Test func invalidUTF8TypedBecomesReplacementCharacters() throws {
        let room = try Room()
        let terminal = try room.open(environment: ["NO_COLOR": "1"])
        try WorkshopTerminalTests.prompt(terminal, "Team")
        terminal.send(bytes: Self.invalidBytes + [0x0D])
        try WorkshopTerminalTests.prompt(terminal, "Period")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        let team = try JSONDocument.load(room.workDocument)["team"] as? String ?? ""
        #expect(team.hasPrefix("Ops \u{FFFD}") && team.hasSuffix("\u{FFFD} team"), "\(team.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(!team.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || (0xD800...0xDFFF).contains($0.value) })
        // What the terminal was sent is valid UTF-8 throughout.
        #expect(String(validating: terminal.output, as: UTF8.self) != nil, "okr wrote invalid UTF-8 to the terminal")
    }

    @Test func invalidUTF8PipedBecomesReplacementCharacters() throws {
        let folder = try TemporaryFolder()
        let work = folder.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let input = Data(Self.invalidBytes + Array("\n2027-Q2\n".utf8))
        let result = try OKRProcess.run([], input: input, in: work, environment: ["HOME": folder.path("home")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(validating: Array(result.stdoutBytes), as: UTF8.self) != nil, "okr wrote invalid UTF-8")
        let document = try JSONDocument.load(folder.path("work/okrs.json"))
        let team = document["team"] as? String ?? ""
        #expect(team.hasPrefix("Ops \u{FFFD}") && team.hasSuffix("\u{FFFD} team"))
        #expect(document["period"] as? String == "2027-Q2")
        try SchemaCheck.validate([folder.path("work/okrs.json")])
    }

    @Test func emptyStdinEndsAtOnceWithoutHarm() throws {
        let folder = try TemporaryFolder()
        // A closed, empty stdin.
        let result = try OKRProcess.run([], input: Data(), in: folder.url, environment: ["HOME": folder.path("home")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Which team are these OKRs for?"))
        // Whatever was saved loads and validates; nothing else is left.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0 != "home" }
        #expect(names.allSatisfy { $0 == "okrs.json" }, "\(names)")
        if names.contains("okrs.json") { try SchemaCheck.validate([folder.path("okrs.json")]) }

        // /dev/null as stdin, on an existing draft: it stays as it was.
        let draft = try folder.write("draft.json", "{\"schemaVersion\": 1, \"team\": \"Field Service\"}\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: OKRProcess.executable())
        process.arguments = ["draft.json"]
        process.currentDirectoryURL = folder.url
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try JSONDocument.load(draft)["team"] as? String == "Field Service")
        try SchemaCheck.validate([draft])
    }

    @Test func pipeClosedMidLineKeepsEveryAnswerAndTheLastPart() throws {
        let folder = try TemporaryFolder()
        let work = folder.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        // The last line has no newline: it is still an answer.
        let input = Data("Field Service\n2027-Q2\n\nFirst-time fix r".utf8)
        let result = try OKRProcess.run([], input: input, in: work, environment: ["HOME": folder.path("home")])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try JSONDocument.load(folder.path("work/okrs.json"))
        #expect(document["period"] as? String == "2027-Q2")
        #expect((document["kpis"] as? [[String: Any]])?.map { $0["name"] as? String } == ["First-time fix r"])
    }

    /// The terminal goes away while a line is half typed: answers acknowledged before stay,
    /// the half line is not taken as an answer, and the next session goes on.
    @Test func terminalClosedMidLineKeepsEveryAcknowledgedAnswer() throws {
        let room = try Room()
        let terminal = try room.open(environment: ["NO_COLOR": "1"])
        try WorkshopTerminalTests.answer(terminal, "Team", "Field Service")
        try WorkshopTerminalTests.answer(terminal, "Period", "2027-Q2")
        try WorkshopTerminalTests.answer(terminal, "Participants", "")
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        terminal.send("First-time fix r")
        try terminal.expect("fix r", timeout: Self.timeout)
        terminal.hangUp()
        let status = try terminal.waitForExit(timeout: Self.timeout)
        #expect(status == 0 || status == 128 + SIGHUP, "exit status \(status)")
        let document = try JSONDocument.load(room.workDocument)
        #expect(document["period"] as? String == "2027-Q2")
        #expect((document["kpis"] as? [[String: Any]] ?? []).isEmpty, "a half-typed line was taken as an answer")
        try SchemaCheck.validate([room.workDocument])

        let again = try room.open(environment: ["NO_COLOR": "1"])
        try again.expect("Picking up okrs.json", timeout: Self.timeout)
        try WorkshopTerminalTests.answer(again, "KPIs", "First-time fix rate")
        try WorkshopTerminalTests.prompt(again, "K1 now")
        again.send(PseudoTerminal.Key.ctrlD)
        #expect(try again.waitForExit(timeout: Self.timeout) == 0)
        #expect(room.workFiles == ["okrs.json"])
    }

    @Test func twentyColumnTerminal() throws {
        let room = try Room()
        let terminal = try room.open(environment: ["NO_COLOR": "1"], columns: 20, rows: 10)
        let all = HardeningCrashCampaignTests.steps
        let steps = all.prefix(through: all.firstIndex { $0.label == "O1 key result 3" }!)
        for step in steps {
            try WorkshopTerminalTests.prompt(terminal, step.label)
            terminal.send(step.answer + PseudoTerminal.Key.enter)
        }
        try WorkshopTerminalTests.prompt(terminal, "Next")
        terminal.send("/show" + PseudoTerminal.Key.enter)
        try terminal.expect("KR2", timeout: Self.timeout)
        try WorkshopTerminalTests.prompt(terminal, "Next")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        // okr's own text fits: only the line editor's prompt lines (with the typed answer) run on.
        let wide = ScreenText.lines(terminal.output).filter { !$0.contains(" ›") && $0.count > 20 }
        #expect(wide.isEmpty, "lines wider than 20 columns: \(wide.prefix(10))")
        let document = try JSONDocument.load(room.workDocument)
        let objectives = document["objectives"] as? [[String: Any]] ?? []
        #expect(objectives.first?["title"] as? String == all.first { $0.label == "O1 objective" }?.answer)
        #expect((objectives.first?["keyResults"] as? [[String: Any]])?.count == 2)
    }

    /// Squeezed to one column (and to none) while a line is typed, then widened: the line survives whole.
    @Test func terminalSqueezedToNothingWhileTypingKeepsTheLine() throws {
        let room = try Room()
        let terminal = try room.open(environment: ["NO_COLOR": "1"], columns: 20, rows: 10)
        try WorkshopTerminalTests.prompt(terminal, "Team")
        terminal.send("Field Ser")
        try terminal.expect("Ser", timeout: Self.timeout)
        for columns in [1, 0, 3, 80] {
            terminal.resize(columns: columns, rows: 10)
            terminal.collect(waitingUpTo: 0.2)
        }
        terminal.send("vice" + PseudoTerminal.Key.enter)
        try WorkshopTerminalTests.prompt(terminal, "Period")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        #expect(try JSONDocument.load(room.workDocument)["team"] as? String == "Field Service")
    }
}
