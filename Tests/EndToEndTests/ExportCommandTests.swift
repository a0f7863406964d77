import Foundation
import Testing

@Suite("okr export and bad input")
struct ExportCommandTests {
    func json(_ text: String) throws -> NSObject {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! NSObject
    }

    @Test(arguments: ["every-field.json", "unknown-fields.json"])
    func exportRoundTripsAndValidates(fixture: String) throws {
        let folder = try TemporaryFolder()
        let result = try OKRProcess.run(["export", Fixture.path(fixture)])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(try json(result.stdout) == json(Fixture.text(fixture)))
        let exported = try folder.write("exported.json", result.stdout)
        try SchemaCheck.validate([Fixture.path(fixture), exported])
    }

    @Test func exportToAFileIsAtomicAndAsksBeforeReplacing() throws {
        let folder = try TemporaryFolder()
        let target = folder.path("copy.json")
        #expect(try OKRProcess.run(["export", Fixture.path("every-field.json"), "--output", target]).status == 0)
        let first = try String(contentsOfFile: target, encoding: .utf8)
        let refused = try OKRProcess.run(["export", Fixture.path("unknown-fields.json"), "--output", target])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--force"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == first)
        #expect(try OKRProcess.run(["export", Fixture.path("unknown-fields.json"), "--output", target, "--force"]).status == 0)
        #expect(try json(String(contentsOfFile: target, encoding: .utf8)) == json(Fixture.text("unknown-fields.json")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["copy.json"])
    }

    /// Without --format, the output file's ending says which (issue 13: `-o x.md` wrote JSON).
    @Test func theOutputsEndingChoosesTheFormat() throws {
        let folder = try TemporaryFolder()
        #expect(try OKRProcess.run(["export", Fixture.path("every-field.json"), "-o", folder.path("okrs.md")]).status == 0)
        #expect(try String(contentsOfFile: folder.path("okrs.md"), encoding: .utf8).hasPrefix("# OKRs"))
        #expect(try OKRProcess.run(["export", Fixture.path("every-field.json"), "-o", folder.path("okrs.CSV")]).status == 0)
        #expect(try String(contentsOfFile: folder.path("okrs.CSV"), encoding: .utf8).hasPrefix("team,period,"))
        // --format wins over the ending.
        #expect(try OKRProcess.run(["export", Fixture.path("every-field.json"), "-f", "json", "-o", folder.path("x.md")]).status == 0)
        #expect(try String(contentsOfFile: folder.path("x.md"), encoding: .utf8).hasPrefix("{"))
    }

    /// A device or pipe is written to, so it needs no --force (issue 13).
    @Test func standardOutputAsOutputNeedsNoForce() throws {
        let result = try OKRProcess.run(["export", Fixture.path("every-field.json"), "-f", "csv", "--output", "/dev/stdout"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("team,period,"))
    }

    /// Each bad input: exit 2, one line on stderr naming the file and the place, nothing written.
    @Test(arguments: [
        ("missing.json", nil, "missing.json: no such file"),
        ("folder", nil, "folder: this is a folder"),
        ("empty.json", "", "empty.json:1:1: not valid JSON: the file is empty"),
        ("syntax.json", "{\"schemaVersion\": 1,\n  \"team\": \"x\",,\n}", "syntax.json:2:15: not valid JSON: expected a member name"),
        ("shape.json", "{\"schemaVersion\": 1,\n \"objectives\": [{\"title\": 7}]}", "shape.json:2:27: expected a string, found a number (at /objectives/0/title)"),
        ("newer.json", "{\"schemaVersion\": 2, \"team\": \"x\"}", "newer.json:1:19: this document uses format version 2"),
        // Latin-1 "é" (byte 0xE9) is not UTF-8.
        ("latin1.json", "{\"schemaVersion\": 1, \"team\": \"caf\u{FFFD}\"}", "latin1.json:1:34: not valid JSON: invalid UTF-8 in a string"),
    ] as [(String, String?, String)])
    func badInput(name: String, contents: String?, expected: String) throws {
        let folder = try TemporaryFolder()
        if name == "folder" {
            try FileManager.default.createDirectory(atPath: folder.path(name), withIntermediateDirectories: false)
        } else if let contents {
            let bytes = Data(contents.utf8).replacing(Data("\u{FFFD}".utf8), with: Data([0xE9]))
            #expect(FileManager.default.createFile(atPath: folder.path(name), contents: bytes))
        }
        let before = try snapshot(folder)
        for arguments in [["export", name], ["export", name, "--output", "out.json"]] {
            let result = try OKRProcess.run(arguments, in: folder.url)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("okr: " + expected), "\(result.stderr)")
            #expect(try snapshot(folder) == before)
        }
    }

    /// Names and contents of everything in the folder.
    func snapshot(_ folder: TemporaryFolder) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.url.path) {
            result[name] = FileManager.default.contents(atPath: folder.path(name)) ?? Data()
        }
        return result
    }
}
