import Foundation
import Testing

/// The workshop with stdin and stdout on pipes, as a script or a test of a
/// facilitator's prompt folder would run it: line for line, no colour.
@Suite("The workshop through a pipe", .serialized)
struct WorkshopPipeTests {
    /// Runs `okr` in `folder/work` with `lines` on stdin, colour not switched off by the environment.
    static func pipe(_ lines: [String], in folder: TemporaryFolder) throws -> OKRProcess.Result {
        let work = folder.url.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path("home"), withIntermediateDirectories: true)
        let input = lines.map { $0 + "\n" }.joined()
        return try OKRProcess.run(
            [], input: Data(input.utf8), in: work,
            // An empty NO_COLOR does not forbid colour: only the missing terminal should.
            environment: ["NO_COLOR": "", "TERM": "xterm-256color", "HOME": folder.path("home"), "XDG_STATE_HOME": folder.path("home/state")]
        )
    }

    /// The answers in the transcript lines ("label › answer") okr prints for piped input.
    static func transcriptAnswers(_ stdout: String) -> [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            line.range(of: " › ").map { String(line[$0.upperBound...]) }
        }
    }

    @Test func pipedWorkshopGivesTheSameDocumentAsTheTypedOne() throws {
        let piped = try TemporaryFolder()
        let result = try Self.pipe(TypedWorkshop.pipedLines, in: piped)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let pipedPath = piped.path("work/okrs.json")
        try TypedWorkshop.check(pipedPath)
        // Line for line: one transcript line per line given, in order.
        #expect(Self.transcriptAnswers(result.stdout) == TypedWorkshop.pipedLines, "stdout: \(result.stdout)")
        #expect(result.stdout.contains("Team › Store Operations\n"))
        #expect(result.stdout.contains("O1.KR1 baseline › 15\n"))
        // No colour and no other escape sequence behind a pipe.
        #expect(!result.stdoutBytes.contains(0x1B))
        #expect(!result.stderr.contains("\u{1B}"))

        let room = try WorkshopTerminalTests.Room()
        let terminal = try room.open()
        try WorkshopTerminalTests.typeFirstHalf(terminal)
        #expect(try WorkshopTerminalTests.typeSecondHalf(terminal) == 0)
        let typed = try JSONDocument.load(room.workDocument)
        let fromPipe = try JSONDocument.load(pipedPath)
        #expect(JSONDocument.same(typed, fromPipe), "typed:\n\(JSONDocument.text(typed))\npiped:\n\(JSONDocument.text(fromPipe))")
    }

    @Test func endOfPipedInputSavesAndTheNextRunResumes() throws {
        let folder = try TemporaryFolder()
        let firstLines = Array(TypedWorkshop.pipedLines.prefix(12)) // up to the "who" answer
        let first = try Self.pipe(firstLines, in: folder)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(Self.transcriptAnswers(first.stdout) == firstLines)

        let rest = Array(TypedWorkshop.pipedLines.dropFirst(12))
        let second = try Self.pipe(rest, in: folder)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let recap = "Picking up okrs.json: Store Operations, 2027-Q1 · purpose 1/3 · 0 objectives · 0 key results."
        #expect(ScreenText.flowing(Array(second.stdout.utf8)).contains(recap))
        #expect(Self.transcriptAnswers(second.stdout) == rest)
        try TypedWorkshop.check(folder.path("work/okrs.json"))
    }

    @Test func mistypedSubcommandThroughAPipeCreatesNoFile() throws {
        let folder = try TemporaryFolder()
        let result = try OKRProcess.run(["lnit"], input: Data("Store Operations\n".utf8), in: folder.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("lnit"))
        #expect(result.stderr.contains("Did you mean `okr lint`?"))
        // With a file after it, the command meant is named too (it said "Unexpected argument").
        let withFile = try OKRProcess.run(["lnit", "bad.json"], in: folder.url)
        #expect(withFile.status != 0)
        #expect(withFile.stderr.contains("Did you mean `okr lint`?"), "\(withFile.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    /// `/export` names its formats when given another, and reads "~/" as the home folder (issue 13).
    @Test func exportListsItsFormatsAndExpandsTheHomeFolder() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("home"), withIntermediateDirectories: true)
        let result = try OKRProcess.run(["workshop", "okrs.json"], input: Data("/export pdf\n/export markdown ~/ward.md\n".utf8),
                                        in: folder.url, environment: ["HOME": folder.path("home"), "NO_COLOR": "1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Usage: /export json|markdown|csv|yaml [PATH]"), "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.path("home/ward.md")))
    }
}
