import Foundation
import Testing
@testable import LineEditing

@Suite("History path and file format")
struct LineHistoryTests {
    @Test func prefersXDGStateHome() {
        #expect(LineHistory.defaultPath(["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/okr/history")
    }

    @Test func fallsBackToHome() {
        #expect(LineHistory.defaultPath(["HOME": "/home/ana"]) == "/home/ana/.local/state/okr/history")
        #expect(LineHistory.defaultPath(["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/okr/history")
        #expect(LineHistory.defaultPath(["XDG_STATE_HOME": "", "HOME": "/"]) == "/.local/state/okr/history")
    }

    @Test func noPathWithoutAnAbsoluteFolder() {
        #expect(LineHistory.defaultPath([:]) == nil)
        #expect(LineHistory.defaultPath(["HOME": ""]) == nil)
    }

    @Test func encodesLinesForLibedit() {
        #expect(LineHistory.encode("/help") == "/help\n")
        #expect(LineHistory.encode("a b\\c") == "a\\040b\\134c\n")
        #expect(LineHistory.encode("é") == "\\303\\251\n")
    }

    @Test func recordsAndReloadsThroughTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("okr-history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("deep/okr/history").path
        do {
            let history = try #require(LineHistory(path: path))
            for line in ["one", "one", "  ", "twö words", "one"] { history.record(line) }
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "_HiStOrY_V2_\none\ntw\\303\\266\\040words\none\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let reloaded = try #require(LineHistory(path: path))
        reloaded.record("one")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }
}

@Suite("Tab completion")
struct CompletionTests {
    @Test func lastWord() {
        #expect(Completion.lastWord(of: "/edit O1") == "O1")
        #expect(Completion.lastWord(of: "/he") == "/he")
        #expect(Completion.lastWord(of: "/edit ") == "")
    }

    @Test func commonPrefix() {
        #expect(Completion.commonPrefix(["/show", "/skip"]) == "/s")
        #expect(Completion.commonPrefix(["/help"]) == "/help")
        #expect(Completion.commonPrefix(["é1", "é2"]) == "é")
        #expect(Completion.commonPrefix([]) == "")
    }

    @Test func outcomes() {
        #expect(Completion.resolve(word: "/he", candidates: ["/help"]) == .replace("/help "))
        #expect(Completion.resolve(word: "/x", candidates: []) == .noMatch)
        #expect(Completion.resolve(word: "/help", candidates: ["/help"]) == .noMatch)
        #expect(Completion.resolve(word: "/s", candidates: ["/show", "/skip"]) == .list(replacement: nil, candidates: ["/show", "/skip"]))
        #expect(Completion.resolve(word: "O", candidates: ["O1.KR1", "O1.KR2", "O1.KR2"])
            == .list(replacement: "O1.KR", candidates: ["O1.KR1", "O1.KR2"]))
    }

    @Test func listingFitsTheWidth() {
        let commands = ["/help", "/show", "/back", "/skip", "/quit", "/undo", "/edit"]
        #expect(Completion.listing(commands, width: 80) == ["/help  /show  /back  /skip  /quit  /undo  /edit"])
        #expect(Completion.listing(commands, width: 20) == ["/help  /show", "/back  /skip", "/quit  /undo", "/edit"])
        #expect(Completion.listing(["a\u{1B}b"], width: 5) == ["a\u{FFFD}b"])
    }
}

@Suite("UTF-8 input and display text")
struct TextTests {
    func decode(_ bytes: [UInt8]) -> String {
        var decoder = UTF8InputDecoder()
        var scalars = bytes.flatMap { decoder.decode($0) }
        scalars += decoder.finish()
        return String(String.UnicodeScalarView(scalars))
    }

    @Test func decodesValidText() {
        let text = "héllo wörld ✓ 日本 🎯"
        #expect(decode(Array(text.utf8)) == text)
    }

    @Test func replacesInvalidBytes() {
        #expect(decode([0x61, 0xFF, 0x62]) == "a\u{FFFD}b")
        #expect(decode([0x61, 0xC3]) == "a\u{FFFD}")
        #expect(decode([0xC3, 0x61]) == "\u{FFFD}a")
        #expect(decode([0xE0, 0x80, 0x80]) == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(decode([0xED, 0xA0, 0x80]) == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(decode([0xF4, 0x90, 0x80, 0x80]) == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(decode(Array("✓".utf8.dropLast()) + [0x41]) == "\u{FFFD}A")
    }

    @Test func neutralisesControlCharacters() {
        #expect(DisplayText.neutralised("a\tb\u{1B}[2Jc\u{7F}\u{9B}") == "a b\u{FFFD}[2Jc\u{FFFD}\u{FFFD}")
    }

    @Test func measuresColumns() {
        #expect(DisplayText.width("abc") == 3)
        #expect(DisplayText.width("日本") == 4)
        #expect(DisplayText.width("e\u{301}") == 1)
    }

    @Test func wrapsPromptEscapesForLibedit() {
        #expect(PromptText.forEditor("\u{1B}[1;36mokr\u{1B}[0m> ") == "\u{1}\u{1B}[1;36m\u{1}okr\u{1}\u{1B}[0m\u{1}> ")
        #expect(PromptText.forEditor("a\u{1B}[0m") == "a\u{1}\u{1B}[0m\u{1} ")
        // Back-to-back sequences share one marker pair; a doubled marker would print as text.
        #expect(PromptText.forEditor("\u{1B}[36mTeam\u{1B}[0m\u{1B}[2m › \u{1B}[0m") == "\u{1}\u{1B}[36m\u{1}Team\u{1}\u{1B}[0m\u{1B}[2m\u{1} › \u{1}\u{1B}[0m\u{1} ")
        #expect(PromptText.forEditor("bad\u{1B}\u{7}x\u{1}") == "badx")
        #expect(PromptText.visibleText("\u{1B}[1mTeam\u{1B}[0m: ") == "Team: ")
    }

    @Test func showsTheDefaultInThePrompt() {
        #expect(PromptText.withDefault("Team: ", "Store Ops", useColor: false) == "Team: [Store Ops] ")
        #expect(PromptText.withDefault("Team:", "Store Ops", useColor: false) == "Team: [Store Ops] ")
        #expect(PromptText.withDefault("Team: ", "Store Ops", useColor: true) == "Team: \u{1B}[2m[Store Ops]\u{1B}[22m ")
        #expect(PromptText.withDefault("Team: ", nil, useColor: true) == "Team: ")
    }
}

@Suite("Plain line reader")
struct PlainLineReaderTests {
    /// Reads all results from `bytes` written into a pipe.
    func results(_ bytes: [UInt8], defaultValue: String? = nil) -> [LineResult] {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return [] }
        let writeEnd = ends[1]
        let writer = Thread {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                if written <= 0 { break }
                offset += written
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(ends[0]) }
        let reader = PlainLineReader(fd: ends[0])
        var all: [LineResult] = []
        while all.last != .endOfInput {
            all.append(reader.readLine(LineRequest(prompt: "> ", defaultValue: defaultValue)))
        }
        return all
    }

    @Test func linesCRLFAndAFinalLineWithoutNewline() {
        #expect(results(Array("a\r\nb\n\nc".utf8)) == [.line("a"), .line("b"), .line(""), .line("c"), .endOfInput])
    }

    @Test func emptyInput() {
        #expect(results([]) == [.endOfInput])
    }

    @Test func defaultForEmptyLines() {
        #expect(results(Array("\nx\n".utf8), defaultValue: "d") == [.line("d"), .line("x"), .endOfInput])
    }

    @Test func longLinesAndInvalidUTF8() {
        let long = [UInt8](repeating: 0x78, count: 1 << 20)
        #expect(results(long + [0x0A, 0xFF, 0x0A]) == [.line(String(repeating: "x", count: 1 << 20)), .line("\u{FFFD}"), .endOfInput])
    }
}
