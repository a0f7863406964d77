import Foundation
import Testing

/// Drives `okr-line-harness` (a loop over `LineInputFactory`) through a real
/// pseudo-terminal and through a pipe. Every step waits for the prompt or a
/// result before typing on, never for a fixed time.
@Suite("Line editing through a terminal", .serialized)
struct LineEditingTerminalTests {
    typealias Key = PseudoTerminal.Key

    static let harness = OKRProcess.executable("okr-line-harness")
    static let prompt = "ask> "

    /// Starts the harness with a coloured prompt that ends in `ask> `.
    func start(
        _ arguments: [String] = [],
        environment: [String: String] = [:],
        columns: Int = 80,
        rows: Int = 24
    ) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            executable: Self.harness,
            arguments: ["--prompt", "\u{1B}[1;36mquestion\u{1B}[0m \(Self.prompt)"] + arguments,
            environment: environment,
            columns: columns,
            rows: rows
        )
        try terminal.expect(Self.prompt)
        return terminal
    }

    /// Types a line and waits for the harness to report it and ask again.
    func answer(_ terminal: PseudoTerminal, _ text: String, expecting expected: String? = nil) throws {
        terminal.send(text + Key.enter)
        try terminal.expect("GOT \(hex(expected ?? text)) ")
        try terminal.expect(Self.prompt)
    }

    /// Ctrl-D on the empty line ends the harness with status 0.
    func finish(_ terminal: PseudoTerminal) throws {
        terminal.send(Key.ctrlD)
        try terminal.expect("EOF")
        #expect(try terminal.waitForExit() == 0)
    }

    func hex(_ text: String) -> String {
        text.utf8.map { String(format: "%02x", $0) }.joined()
    }

    /// The harness's reports, in order, from everything it printed.
    func reports(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r", with: "").split(separator: "\n").compactMap { line in
            guard let start = ["GOT ", "INTERRUPTED", "EOF"].compactMap({ line.range(of: $0)?.lowerBound }).min() else { return nil }
            let report = line[start...]
            // A GOT line ends after its hex; the readable text is for people.
            return report.hasPrefix("GOT ") ? String(report.split(separator: " ", maxSplits: 2).prefix(2).joined(separator: " ")) : String(report)
        }
    }

    @Test func typedUnicodeArrivesByteExact() throws {
        let terminal = try start(["--no-history"])
        try answer(terminal, "héllo wörld ✓ 日本")
        try finish(terminal)
    }

    @Test func upArrowRecallsPreviousAnswerAlsoAfterRestart() throws {
        let state = try TemporaryFolder()
        let environment = ["HOME": state.url.path, "XDG_STATE_HOME": state.path("xdg")]
        let first = try start(environment: environment)
        try answer(first, "first answer")
        try answer(first, "second answer")
        try answer(first, Key.up, expecting: "second answer")
        try finish(first)

        let historyFile = state.path("xdg/okr/history")
        let mode = try FileManager.default.attributesOfItem(atPath: historyFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let second = try start(environment: environment)
        try answer(second, Key.up, expecting: "second answer")
        try answer(second, Key.up + Key.up, expecting: "first answer")
        try finish(second)

        // Only lines typed, no adjacent duplicates: first, second, first.
        let lines = try String(contentsOfFile: historyFile, encoding: .utf8).split(separator: "\n")
        #expect(lines == ["_HiStOrY_V2_", "first\\040answer", "second\\040answer", "first\\040answer"])
    }

    @Test func ctrlRSearchesHistory() throws {
        let terminal = try start(["--no-history"])
        try answer(terminal, "measure adoption")
        try answer(terminal, "ship the app")
        terminal.send(Key.ctrlR + "adop")
        try terminal.expect("adop")
        try answer(terminal, "", expecting: "measure adoption")
        try finish(terminal)
    }

    @Test func tabCompletesCommands() throws {
        let terminal = try start(["--no-history"])
        // A whole word completed gets a space after it.
        try answer(terminal, "/he" + Key.tab, expecting: "/help ")
        // Ambiguous: the candidates are listed below and the line comes back.
        terminal.send("/s" + Key.tab)
        try terminal.expect("/show  /skip")
        try terminal.expect(Self.prompt)
        try answer(terminal, "k" + Key.tab, expecting: "/skip ")
        try finish(terminal)
    }

    @Test func ctrlCCancelsTheLineAndTheSessionGoesOn() throws {
        let terminal = try start(["--no-history"])
        terminal.send("half typed")
        try terminal.expect("typed")
        terminal.send(Key.ctrlC)
        try terminal.expect("INTERRUPTED")
        try terminal.expect(Self.prompt)
        try answer(terminal, "after")
        // The cancelled line never went to history.
        try answer(terminal, Key.up + Key.up, expecting: "after")
        try finish(terminal)
    }

    @Test func ctrlDEndsCleanlyAndRestoresTheTerminal() throws {
        let script = """
            echo BEFORE; stty -a; echo MIDDLE; "$0" --no-history --prompt 'ask> '; echo "STATUS=$?"; stty -a; echo AFTER
            """
        let terminal = try PseudoTerminal(executable: "/bin/sh", arguments: ["-c", script, Self.harness])
        try terminal.expect(Self.prompt)
        try answer(terminal, "one line")
        terminal.send("cancel me")
        try terminal.expect("me")
        terminal.send(Key.ctrlC)
        try terminal.expect("INTERRUPTED")
        try terminal.expect(Self.prompt)
        terminal.send(Key.ctrlD)
        try terminal.expect("AFTER")
        #expect(try terminal.waitForExit() == 0)

        let text = String(decoding: terminal.output, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
        func between(_ start: String, _ end: String) -> String? {
            guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
            return String(text[from.upperBound..<to.lowerBound])
        }
        let before = try #require(between("BEFORE\n", "MIDDLE"))
        let after = try #require(between("STATUS=0\n", "AFTER"))
        #expect(before.contains("speed"))
        #expect(before == after)
        #expect(text.contains("^D\nEOF"))
    }

    @Test func pipedAnswersGiveTheSameResultsAsTypedOnes() throws {
        let answers = ["héllo wörld ✓ 日本", "", "/help", "a line with spaces  "]
        let terminal = try start(["--no-history", "--default", "Store Ops"])
        for answer in answers {
            terminal.send(answer + Key.enter)
            try terminal.expect("GOT ")
            try terminal.expect(Self.prompt)
        }
        try finish(terminal)
        let typed = reports(String(decoding: terminal.output, as: UTF8.self))

        let input = answers.map { $0 + "\n" }.joined()
        let piped = try OKRProcess.run(["--no-history", "--default", "Store Ops"], input: Data(input.utf8), executable: "okr-line-harness")
        #expect(piped.status == 0)
        #expect(reports(piped.stdout) == typed)
        let expected: [String] = answers.map { answer in "GOT " + hex(answer.isEmpty ? "Store Ops" : answer) } + ["EOF"]
        #expect(typed == expected)
        // No prompt and no escape codes behind a pipe.
        #expect(!piped.stdout.contains("ask>") && !piped.stdout.contains("\u{1B}"))
    }

    @Test func defaultValueIsShownAndAcceptedWithEnter() throws {
        let terminal = try start(["--no-history", "--default", "Store Ops"])
        let shown = String(decoding: terminal.output, as: UTF8.self)
        #expect(shown.contains("[Store Ops]"))
        try answer(terminal, "", expecting: "Store Ops")
        try answer(terminal, "Supply Planning")
        try finish(terminal)
    }

    @Test func prefilledTextCanBeRevised() throws {
        let terminal = try start(["--no-history", "--prefill", "Raise NPS to 40"])
        try terminal.expect("Raise NPS to 40")
        try answer(terminal, String(repeating: Key.backspace, count: 2) + "50", expecting: "Raise NPS to 50")
        // Only the first question is prefilled.
        try answer(terminal, "next")
        try finish(terminal)
    }

    @Test func resizingMidLineKeepsTheLine() throws {
        let terminal = try start(["--no-history"])
        terminal.send("resize me")
        try terminal.expect("me")
        terminal.resize(columns: 40, rows: 20)
        // The line is drawn again for the new width.
        try terminal.expect(Self.prompt)
        try terminal.expect("resize me")
        terminal.resize(columns: 100, rows: 30)
        try terminal.expect("resize me")
        try answer(terminal, " please", expecting: "resize me please")
        try finish(terminal)
    }

    @Test func longLineInANarrowTerminal() throws {
        let terminal = try start(["--no-history"], columns: 20)
        let long = (1...12).map { "w\($0)ö" }.joined(separator: " ")
        try answer(terminal, long)
        try answer(terminal, Key.up + " end", expecting: long + " end")
        try finish(terminal)
    }

    @Test func invalidUTF8TypedIsReplaced() throws {
        let terminal = try start(["--no-history"])
        terminal.send(bytes: Array("ab".utf8) + [0xFF, 0xC3] + Array("cd".utf8))
        try terminal.expect("cd")
        try answer(terminal, "", expecting: "ab\u{FFFD}\u{FFFD}cd")
        try finish(terminal)
    }

    @Test func editrcBindingsAreHonoured() throws {
        let home = try TemporaryFolder()
        try home.write(".editrc", "okr:bind -s ^T /undo\n")
        let terminal = try start(["--no-history"], environment: ["HOME": home.url.path])
        try answer(terminal, "\u{14}", expecting: "/undo")
        try finish(terminal)
    }

    @Test func pipeWithLastLineLackingNewline() throws {
        let result = try OKRProcess.run(["--no-history"], input: Data("one\r\ntwo".utf8), executable: "okr-line-harness")
        #expect(result.status == 0)
        #expect(reports(result.stdout) == ["GOT " + hex("one"), "GOT " + hex("two"), "EOF"])
    }

    @Test func pipeWithEmptyInput() throws {
        let result = try OKRProcess.run(["--no-history"], input: Data(), executable: "okr-line-harness")
        #expect(result.status == 0)
        #expect(result.stdout == "EOF\n")
    }

    @Test func pipeWithLongLineAndInvalidUTF8() throws {
        var input = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        input.append(contentsOf: [0x0A, 0x61, 0xFF, 0x0A])
        let result = try OKRProcess.run(["--no-history"], input: input, executable: "okr-line-harness")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let size = 1 << 20
        let expectedLength = "GOT ".count + 2 * size + 1 + size
        #expect(lines.first?.count == expectedLength)
        #expect(reports(result.stdout).dropFirst() == ["GOT " + hex("a\u{FFFD}"), "EOF"])
    }
}
