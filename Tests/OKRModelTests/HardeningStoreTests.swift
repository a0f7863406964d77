import Foundation
import Testing
@testable import OKRModel

/// Saving to paths that are not plain files: the replacement must never put a
/// plain file where a link, a device or a pipe was.
@Suite("Hardening: saving to links, devices and pipes")
struct HardeningStoreTests {
    @Test func savingThroughALinkReplacesTheFileItLeadsTo() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/shared", withIntermediateDirectories: false)
        let target = folder + "/shared/okrs.json"
        let link = folder + "/okrs.json"
        try DocumentStore(path: target).save(Document(team: "Before"))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "shared/okrs.json")
        try DocumentStore(path: link).save(Document(team: "After"))
        // Still a link, and the file behind it has the new version; no temporary file anywhere.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "shared/okrs.json")
        #expect(try DocumentStore(path: target).load().team == "After")
        #expect(try DocumentStore(path: link).load().team == "After")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/shared") == ["okrs.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["okrs.json", "shared"])
    }

    @Test func aDocumentHeldThroughALinkIsHeldUnderItsOwnNameToo() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/shared", withIntermediateDirectories: false)
        let target = folder + "/shared/okrs.json"
        let link = folder + "/okrs.json"
        try DocumentStore(path: target).save(Document(team: "Held"))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "shared/okrs.json")
        let lock = try DocumentStore(path: link).lock()
        #expect(throws: DocumentError.locked(path: target, pid: getpid())) { _ = try DocumentStore(path: target).lock() }
        lock.release()
        let again = try DocumentStore(path: target).lock()
        #expect(throws: DocumentError.locked(path: link, pid: getpid())) { _ = try DocumentStore(path: link).lock() }
        again.release()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/shared") == ["okrs.json"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system"))
    func aFullDeviceGivesAClearErrorAndStaysADevice() throws {
        var before = stat()
        try #require(stat("/dev/full", &before) == 0 && before.st_mode & S_IFMT == S_IFCHR, "/dev/full is not a device")
        do {
            try DocumentStore.write("{}\n", to: "/dev/full")
            Issue.record("writing to /dev/full succeeded")
        } catch {
            #expect(error == .cannotSave(path: "/dev/full", reason: String(cString: strerror(ENOSPC))))
        }
        var after = stat()
        #expect(stat("/dev/full", &after) == 0 && after.st_mode & S_IFMT == S_IFCHR, "/dev/full is no longer a device")
        #expect(after.st_rdev == before.st_rdev)
    }

    @Test func aPipeIsWrittenToNotReplaced() throws {
        let folder = try temporaryFolder()
        let fifo = folder + "/export.json"
        try #require(mkfifo(fifo, 0o644) == 0)
        // A reader on the other end, so that opening the pipe for writing does not wait forever.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let out = Pipe()
        reader.standardOutput = out
        try reader.run()
        try DocumentStore.write("{\"team\": \"Piped\"}\n", to: fifo)
        let received = out.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(String(decoding: received, as: UTF8.self) == "{\"team\": \"Piped\"}\n")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe was replaced by a plain file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["export.json"])
    }
}
