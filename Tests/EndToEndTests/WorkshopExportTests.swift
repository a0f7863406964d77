import Foundation
import Testing

/// `/export` in the workshop never writes over the document the session has open (issue 13, item 1):
/// Markdown written over `okrs.json` would be lost in a crash before the next save.
@Suite("The workshop's /export", .serialized)
struct WorkshopExportTests {
    typealias Room = WorkshopTerminalTests.Room
    static let environment = ["NO_COLOR": "1"]

    @Test func exportOntoTheOpenDocumentOrItsLockIsRefused() throws {
        let room = try Room()
        let terminal = try room.open(environment: Self.environment)
        try WorkshopTerminalTests.answer(terminal, "Team", "Cardiology Ward")
        try WorkshopTerminalTests.prompt(terminal, "Period")
        let before = try String(contentsOfFile: room.workDocument, encoding: .utf8)

        // Through another spelling of the same path, and onto the lock file beside it.
        for target in ["okrs.json", "./okrs.json", "okrs.json.lock"] {
            WorkshopTerminalTests.type(terminal, "/export markdown \(target)")
            try terminal.expect("is the document this workshop has open", timeout: WorkshopTerminalTests.timeout)
            try WorkshopTerminalTests.prompt(terminal, "Period")
        }
        #expect(try String(contentsOfFile: room.workDocument, encoding: .utf8) == before)
        let document = try JSONDocument.load(room.workDocument)
        #expect(document["team"] as? String == "Cardiology Ward")

        // Another file is written as before.
        WorkshopTerminalTests.type(terminal, "/export markdown ward.md")
        try terminal.expect("Wrote ward.md", timeout: WorkshopTerminalTests.timeout)
        try WorkshopTerminalTests.answer(terminal, "Period", "2027-Q1")
        try WorkshopTerminalTests.prompt(terminal, "KPIs")
        terminal.send(PseudoTerminal.Key.ctrlD)
        #expect(try terminal.waitForExit(timeout: WorkshopTerminalTests.timeout) == 0)
        #expect(try String(contentsOfFile: room.folder.path("work/ward.md"), encoding: .utf8).contains("Cardiology Ward"))
        #expect(try JSONDocument.load(room.workDocument)["period"] as? String == "2027-Q1")
    }
}
