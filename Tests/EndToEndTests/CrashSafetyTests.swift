import Foundation
import OKRModel
import Testing

@Suite("Crash safety and locking, across processes")
struct CrashSafetyTests {
    /// A document large enough that a save takes a while, so kills land mid-write.
    func bigDocument(team: String) -> String {
        var document = Document(team: team, period: "2027-Q1")
        for o in 0..<1500 {
            var objective = Objective(title: "Objective \(o) of \(team): customers notice the difference")
            for k in 0..<4 {
                objective.addKeyResult(KeyResult(statement: "Raise measure \(k) from \(k * 10)% to \(k * 10 + 40)%", baseline: Double(k * 10), target: Double(k * 10 + 40), unit: "%"))
            }
            document.addObjective(objective)
        }
        return DocumentEncoder.text(document)
    }

    @Test func killedWriterLeavesOldOrNewNeverPartial() throws {
        let folder = try TemporaryFolder()
        let texts = [bigDocument(team: "Old"), bigDocument(team: "New")]
        let sources = try texts.enumerated().map { try folder.write("source\($0.offset).json", $0.element) }
        let target = folder.path("target.json")
        // Time one whole export, so kills can be spread over the full run, the save included.
        let start = Date()
        #expect(try OKRProcess.run(["export", sources[0], "--output", target]).status == 0)
        let duration = Date().timeIntervalSince(start)
        var outcomes: [String: Int] = [:]
        for round in 0..<40 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: OKRProcess.executable())
            process.arguments = ["export", sources[round % 2], "--output", target, "--force"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 0...UInt32(duration * 1.1 * 1_000_000)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let outcome: String
            if let data = FileManager.default.contents(atPath: target) {
                let text = String(decoding: data, as: UTF8.self)
                outcome = text == texts[0] ? "old" : text == texts[1] ? "new" : "partial"
            } else {
                outcome = "absent"
            }
            #expect(outcome != "absent", "round \(round): the document vanished")
            #expect(outcome != "partial", "round \(round): the document is neither version")
            outcomes[outcome, default: 0] += 1
            // The document always loads after a kill.
            _ = try DocumentStore(path: target).load()
        }
        print("killed writer outcomes over 40 rounds (one export takes \(Int(duration * 1000)) ms): \(outcomes.sorted { $0.key < $1.key })")
        // A normal run afterwards clears what the killed ones left.
        #expect(try OKRProcess.run(["export", sources[0], "--output", target, "--force"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(names == ["source0.json", "source1.json", "target.json"])
    }

    @Test func secondWriterIsRefusedWithTheFirstsPid() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("okrs.json")
        try DocumentStore(path: target).save(Document(team: "Held"))
        let lock = try DocumentStore(path: target).lock()
        defer { lock.release() }
        let before = try String(contentsOfFile: target, encoding: .utf8)
        let result = try OKRProcess.run(["export", Fixture.path("every-field.json"), "--output", target, "--force"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is open in another okr session (pid \(getpid()))"), "\(result.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == before)
    }

    @Test func staleLockOfAKilledProcessIsTakenOver() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("okrs.json")
        // A process that exits at once leaves a pid nobody holds.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        try "\(gone.processIdentifier)\n".write(toFile: target + ".lock", atomically: false, encoding: .utf8)
        let result = try OKRProcess.run(["export", Fixture.path("every-field.json"), "--output", target])
        #expect(result.status == 0)
        #expect(result.stderr.contains("pid \(gone.processIdentifier)") && result.stderr.contains("no longer running"))
        #expect(!FileManager.default.fileExists(atPath: target + ".lock"))
    }
}
