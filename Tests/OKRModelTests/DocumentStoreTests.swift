import Foundation
import Testing
@testable import OKRModel

@Suite("Document store: saving and locking")
struct DocumentStoreTests {
    @Test func saveThenLoad() throws {
        let folder = try temporaryFolder()
        let store = DocumentStore(path: folder + "/okrs.json")
        var document = Document(team: "Ops", period: "2027-Q1", createdAt: Timestamp.now())
        document.addObjective(Objective(title: "Stores trust the shelf data", keyResults: [KeyResult(statement: "Cut stock-outs from 4% to 2%")]))
        try store.save(document)
        #expect(try store.load() == document)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["okrs.json"])
    }

    @Test func saveKeepsTheFileMode() throws {
        let folder = try temporaryFolder()
        let path = folder + "/okrs.json"
        let store = DocumentStore(path: path)
        try store.save(Document(team: "A"))
        chmod(path, 0o600)
        try store.save(Document(team: "B"))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func saveIntoAFolderPathFails() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/okrs.json", withIntermediateDirectories: false)
        #expect(throws: DocumentError.isFolder(path: folder + "/okrs.json")) {
            try DocumentStore(path: folder + "/okrs.json").save(Document())
        }
    }

    @Test func saveIntoAMissingFolderSaysSo() throws {
        do {
            try DocumentStore(path: "/nonexistent-okr-folder/okrs.json").save(Document())
            Issue.record("saved into a missing folder")
        } catch {
            #expect(error.description.contains("does not exist"))
        }
    }

    @Test func replacingRequiresPermission() throws {
        let folder = try temporaryFolder()
        let path = folder + "/out.md"
        try DocumentStore.write("one", to: path, replacing: false)
        #expect(throws: DocumentError.exists(path: path)) { try DocumentStore.write("two", to: path, replacing: false) }
        try DocumentStore.write("three", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "three")
    }

    @Test func secondLockIsRefusedWithThePid() throws {
        let folder = try temporaryFolder()
        let store = DocumentStore(path: folder + "/okrs.json")
        let first = try store.lock()
        #expect(first.notice == nil)
        do {
            _ = try store.lock()
            Issue.record("a second lock was granted")
        } catch {
            #expect(error == .locked(path: store.path, pid: getpid()))
            #expect(error.description.contains("pid \(getpid())"))
        }
        first.release()
        #expect(!FileManager.default.fileExists(atPath: store.path + ".lock"))
        let again = try store.lock()
        again.release()
    }

    @Test func staleLockIsTakenOverWithANotice() throws {
        let folder = try temporaryFolder()
        let store = DocumentStore(path: folder + "/okrs.json")
        // A lock file left by a session that was killed: it names a pid but nobody holds the flock.
        try "999999\n".write(toFile: store.path + ".lock", atomically: false, encoding: .utf8)
        FileManager.default.createFile(atPath: folder + "/.okrs.json.tmp-999999-1", contents: Data("partial".utf8))
        let lock = try store.lock()
        #expect(lock.notice?.contains("pid 999999") == true)
        #expect(try String(contentsOfFile: store.path + ".lock", encoding: .utf8) == "\(getpid())\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/.okrs.json.tmp-999999-1"))
        lock.release()
    }

    @Test func lockAndSaveInAReadOnlyFolderExplainWhy() throws {
        let folder = try ReadOnlyFolder()
        let store = DocumentStore(path: folder.path + "/okrs.json")
        do {
            _ = try store.lock()
            Issue.record("locked in a read-only folder")
        } catch {
            #expect(error.description.contains("cannot create the lock file"))
            #expect(error.description.contains("read-only") || error.description.contains("not writable"))
        }
        do {
            try store.save(Document())
            Issue.record("saved in a read-only folder")
        } catch {
            #expect(error.description.hasPrefix(store.path + ": cannot save"))
        }
    }
}
