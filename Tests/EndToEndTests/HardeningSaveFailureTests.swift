import Foundation
import Testing

/// When saving fails — a full disk, a read-only folder, the document replaced by
/// a folder — the workshop says so once, keeps every answer in memory, lets
/// `/export` write a copy elsewhere and, where the cause goes away, saves again.
@Suite("Hardening: save failures", .serialized)
struct HardeningSaveFailureTests {
    typealias Room = WorkshopTerminalTests.Room
    static let timeout = 30.0
    static let environment = ["NO_COLOR": "1"]

    static func prompt(_ terminal: PseudoTerminal, _ label: String) throws {
        try terminal.expect("\(label) ›", timeout: timeout)
    }

    static func answer(_ terminal: PseudoTerminal, _ label: String, _ text: String) throws {
        try prompt(terminal, label)
        terminal.send(text + PseudoTerminal.Key.enter)
    }

    /// What the screen showed from `start` on, wrapped lines joined.
    static func shown(_ terminal: PseudoTerminal, since start: Int = 0) -> String {
        ScreenText.flowing(Array(terminal.output[start...]))
    }

    static func occurrences(of text: String, in shown: String) -> Int {
        shown.components(separatedBy: text).count - 1
    }

    /// At the prompt `label` (already shown), exports with `/export json PATH` and returns the copy.
    static func export(_ terminal: PseudoTerminal, at label: String, to path: String) throws -> [String: Any] {
        terminal.send("/export json \(path)" + PseudoTerminal.Key.enter)
        try terminal.expect("Wrote", timeout: timeout)
        try prompt(terminal, label)
        try SchemaCheck.validate([path])
        return try JSONDocument.load(path)
    }

    static func kpiNames(_ document: [String: Any]) -> [String] {
        (document["kpis"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    @Test(.enabled(if: ScratchMount.available, "needs root to mount a small tmpfs"))
    func diskFullIsSaidOnceAnswersStayAndSavingResumesWhenThereIsRoom() throws {
        let room = try Room()
        let disk = try ScratchMount(in: room.folder, name: "work", kilobytes: 128)
        let terminal = try room.open(environment: Self.environment)
        try Self.answer(terminal, "Team", "Field Service")
        try Self.answer(terminal, "Period", "2027-Q2")
        try Self.answer(terminal, "Participants", "")
        try Self.prompt(terminal, "KPIs")
        let filler = disk.fill()

        let failing = terminal.output.count
        terminal.send("First-time fix rate" + PseudoTerminal.Key.enter)
        try Self.answer(terminal, "K1 now", "")
        try Self.answer(terminal, "K1 better (h/l)", "")
        try Self.answer(terminal, "KPIs", "Average travel time per visit")
        try Self.answer(terminal, "K2 now", "")
        try Self.answer(terminal, "K2 better (h/l)", "")
        try Self.prompt(terminal, "KPIs")
        let said = Self.shown(terminal, since: failing)
        #expect(said.contains("okrs.json: cannot save: \(String(cString: strerror(ENOSPC)))"), "\(said)")
        #expect(said.contains("Everything stays in memory"), "\(said)")
        // Said once, not after every answer.
        #expect(Self.occurrences(of: "cannot save", in: said) == 1, "\(said)")
        // The disk keeps the last version that fit, whole; the failed attempts left nothing behind.
        #expect(try JSONDocument.load(room.workDocument)["period"] as? String == "2027-Q2")
        #expect(Self.kpiNames(try JSONDocument.load(room.workDocument)).isEmpty)
        #expect(disk.files == ["filler", "okrs.json", "okrs.json.lock"], "\(disk.files)")

        // The answers are in memory: a copy elsewhere has them all.
        let copy = try Self.export(terminal, at: "KPIs", to: room.folder.path("copy.json"))
        #expect(copy["team"] as? String == "Field Service")
        #expect(Self.kpiNames(copy) == ["First-time fix rate", "Average travel time per visit"])

        // Room again: the next answer saves everything and says so.
        try FileManager.default.removeItem(atPath: filler)
        let recovering = terminal.output.count
        terminal.send(PseudoTerminal.Key.enter)
        try Self.prompt(terminal, "Purpose 1/3")
        #expect(Self.shown(terminal, since: recovering).contains("Saved again to okrs.json."))
        #expect(Self.kpiNames(try JSONDocument.load(room.workDocument)) == ["First-time fix rate", "Average travel time per visit"])
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        try SchemaCheck.validate([room.workDocument])
        #expect(disk.files == ["okrs.json"])
    }

    @Test func documentReplacedByAFolderIsSaidAndSavingResumesWhenItIsGone() throws {
        let room = try Room()
        let terminal = try room.open(environment: Self.environment)
        try Self.answer(terminal, "Team", "Field Service")
        try Self.prompt(terminal, "Period")
        try FileManager.default.removeItem(atPath: room.workDocument)
        try FileManager.default.createDirectory(atPath: room.workDocument, withIntermediateDirectories: false)

        let failing = terminal.output.count
        terminal.send("2027-Q2" + PseudoTerminal.Key.enter)
        try Self.answer(terminal, "Participants", "")
        try Self.answer(terminal, "KPIs", "First-time fix rate")
        try Self.answer(terminal, "K1 now", "")
        try Self.answer(terminal, "K1 better (h/l)", "")
        try Self.prompt(terminal, "KPIs")
        let said = Self.shown(terminal, since: failing)
        #expect(said.contains("okrs.json: this is a folder, not a document"), "\(said)")
        #expect(said.contains("Everything stays in memory"), "\(said)")
        #expect(Self.occurrences(of: "this is a folder", in: said) == 1, "\(said)")
        // Nothing was written into the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: room.workDocument).isEmpty)

        let copy = try Self.export(terminal, at: "KPIs", to: room.folder.path("copy.json"))
        #expect(copy["period"] as? String == "2027-Q2")
        #expect(Self.kpiNames(copy) == ["First-time fix rate"])

        try FileManager.default.removeItem(atPath: room.workDocument)
        let recovering = terminal.output.count
        terminal.send(PseudoTerminal.Key.enter)
        try Self.prompt(terminal, "Purpose 1/3")
        #expect(Self.shown(terminal, since: recovering).contains("Saved again to okrs.json."))
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        let saved = try JSONDocument.load(room.workDocument)
        #expect(saved["team"] as? String == "Field Service" && saved["period"] as? String == "2027-Q2")
        #expect(Self.kpiNames(saved) == ["First-time fix rate"])
        #expect(room.workFiles == ["okrs.json"])
    }

    /// `/export` to a full device fails with the system's words, and the session goes on.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system"))
    func exportToAFullDeviceSaysWhyAndTheSessionGoesOn() throws {
        var info = stat()
        try #require(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/full is not a device")
        let room = try Room()
        let terminal = try room.open(environment: Self.environment)
        try Self.answer(terminal, "Team", "Field Service")
        try Self.answer(terminal, "Period", "/export json /dev/full")
        // It exists: okr asks before replacing.
        try terminal.expect("/dev/full exists. Replace it? (y/N)", timeout: Self.timeout)
        terminal.send("y" + PseudoTerminal.Key.enter)
        try terminal.expect("/dev/full: cannot save: \(String(cString: strerror(ENOSPC)))", timeout: Self.timeout)
        try Self.answer(terminal, "Period", "2027-Q2")
        try Self.prompt(terminal, "Participants")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
        #expect(try JSONDocument.load(room.workDocument)["period"] as? String == "2027-Q2")
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/full is no longer a device")
    }
}

/// A lock in a read-only folder: no lock file and no save is possible there, so the
/// workshop says so at the start, runs from memory, exports elsewhere and exits 1.
@Suite("Hardening: a workshop in a read-only folder", .serialized)
struct HardeningReadOnlyFolderTests {
    typealias Support = HardeningSaveFailureTests
    typealias Room = WorkshopTerminalTests.Room

    /// Makes the room's work folder read-only, with `document` in it if given: a read-only
    /// tmpfs as root (permission bits do not stop root), mode 0555 otherwise.
    static func readOnlyWork(_ room: Room, document: String?) throws -> ScratchMount? {
        let work = room.folder.path("work")
        if ScratchMount.available {
            let mount = try ScratchMount(in: room.folder, name: "work", kilobytes: 256)
            if let document { try document.write(toFile: room.workDocument, atomically: false, encoding: .utf8) }
            try mount.remount(readOnly: true)
            return mount
        }
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        if let document { try document.write(toFile: room.workDocument, atomically: false, encoding: .utf8) }
        chmod(work, 0o555)
        return nil
    }

    static func checkTheStart(_ terminal: PseudoTerminal) throws {
        try terminal.expect("cannot create the lock file okrs.json.lock", timeout: Support.timeout)
        try terminal.expect("okr cannot save here", timeout: Support.timeout)
    }

    @Test func newDocumentInAReadOnlyFolderRunsFromMemoryAndExports() throws {
        let room = try Room()
        let mount = try Self.readOnlyWork(room, document: nil)
        defer { if mount == nil { chmod(room.folder.path("work"), 0o755) } }
        let terminal = try room.open(environment: Support.environment)
        try Self.checkTheStart(terminal)
        try Support.answer(terminal, "Team", "Field Service")
        try Support.answer(terminal, "Period", "2027-Q2")
        try Support.prompt(terminal, "Participants")
        let copy = try Support.export(terminal, at: "Participants", to: room.folder.path("copy.json"))
        #expect(copy["team"] as? String == "Field Service" && copy["period"] as? String == "2027-Q2")
        terminal.send(PseudoTerminal.Key.ctrlD)
        // The last save failed: said plainly, and the exit status says it too.
        #expect(try terminal.waitForExit(timeout: Support.timeout) == 1)
        #expect(Support.shown(terminal).contains("The latest answers are not on disk."))
        // Said at the start, and once more on leaving; the saves that failed in between stayed quiet.
        #expect(Support.shown(terminal).components(separatedBy: "cannot save").count - 1 == 2)
        #expect(room.workFiles.isEmpty, "files made in a read-only folder: \(room.workFiles)")
    }

    @Test func existingDocumentInAReadOnlyFolderResumesFromMemory() throws {
        let room = try Room()
        let original = """
        {"schemaVersion": 1, "team": "Field Service", "period": "2027-Q2", "workshop": {"next": "kpi"}}

        """
        let mount = try Self.readOnlyWork(room, document: original)
        defer { if mount == nil { chmod(room.folder.path("work"), 0o755) } }
        let terminal = try room.open(environment: Support.environment)
        try Self.checkTheStart(terminal)
        try terminal.expect("Picking up okrs.json", timeout: Support.timeout)
        try Support.answer(terminal, "KPIs", "First-time fix rate")
        try Support.prompt(terminal, "K1 now")
        let copy = try Support.export(terminal, at: "K1 now", to: room.folder.path("copy.json"))
        #expect(copy["team"] as? String == "Field Service")
        #expect(Support.kpiNames(copy) == ["First-time fix rate"])
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: Support.timeout) == 1)
        // The document is as it was.
        #expect(try String(contentsOfFile: room.workDocument, encoding: .utf8) == original)
        #expect(room.workFiles == ["okrs.json"])
    }
}
