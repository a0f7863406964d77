import Foundation
import OKRModel
import Testing

@testable import OKRExport
@testable import OKRImport

@Suite("YAML import")
struct YAMLImporterTests {
    @Test(arguments: SourceFixtures.documents)
    func exportReadsBackAsTheSameDocument(path: String) throws {
        let document = try SourceFixtures.document(path)
        let yaml = Exporter.render(document, as: .yaml, findings: nil)
        let outcome = YAMLImporter.read(yaml)
        #expect(outcome.problems == [])
        #expect(outcome.document == document, "\(yaml)")
    }

    @Test func exportWritesOnlyWhatIsSetInTheJSONOrder() throws {
        let document = try SourceFixtures.document("OKRModelTests/Fixtures/unknown-fields.json")
        let yaml = Exporter.render(document, as: .yaml, findings: nil)
        let keys = yaml.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") }.map { $0.prefix { $0 != ":" } }
        #expect(keys == ["schemaVersion", "team", "period", "purpose", "kpis", "objectives", "x-tool", "zzz"], "unknown members after the known, as in JSON")
        #expect(!yaml.contains("owner: null"))
        #expect(yaml.contains("x-null: null"), "an unknown member is kept as it is, null too")
        #expect(yaml.contains("revision: 1.50"), "a number keeps the text it was written with")
    }

    @Test func stringsThatLookLikeOtherValuesAreQuoted() {
        let texts = ["80", "yes", "No", "on", "null", "~", "", "true", "2027-03-31", "1e3", "0x1F", ".inf", "-", "- a", "a: b", "#x", "@x", "1_000", "12:30", "<<", "="]
        var document = Document(team: "T", period: "P")
        document.notes = texts
        document.extra = texts.map { JSONMember($0, .string($0)) }
        let outcome = YAMLImporter.read(Exporter.render(document, as: .yaml, findings: nil))
        #expect(outcome.problems == [])
        #expect(outcome.document == document)
    }

    /// Any text a document can hold (controls, NUL, a BOM, line and paragraph separators, spaces at
    /// the ends, YAML's indicators, other scripts) is written so it reads back as the same text.
    @Test func writesAnyTextSoItReadsBack() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0}", "\u{7}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}",
                      "é", "🚀", "דנה", ":", ": ", "- ", "#", " #", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "{", "}", "[", "]", ",", "?", "~", "null", "yes", "1", "0x1", "-.5", "---", "..."]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var document = Document(team: text, period: "P")
            document.notes = [text, text + "\n"]
            document.extra = [JSONMember(text.isEmpty ? "k" : text, .string(text))]
            let outcome = YAMLImporter.read(Exporter.render(document, as: .yaml, findings: nil))
            #expect(outcome.problems == [], "\(text.debugDescription)")
            #expect(outcome.document == document, "\(text.debugDescription)")
        }
    }

    @Test func readsHandWrittenYAML() throws {
        let text = try String(contentsOf: Bundle.module.url(forResource: "hand-written", withExtension: "yaml", subdirectory: "Fixtures")!, encoding: .utf8)
        let outcome = YAMLImporter.read(text)
        #expect(outcome.problems == [])
        let document = outcome.document
        #expect(document.period == "2027-Q2")
        #expect(document.participants == ["Mia", "Jon", "Ana, Jr."])
        #expect(document.purpose.change == "They ship without waiting for us.\n")
        #expect(document.purpose.evidence == "Fewer tickets asking for help.\nDeploys a day go up.\n")
        #expect(document.kpis.first?.current == 4.5)
        let keyResults = document.objectives[0].keyResults
        #expect(keyResults[0].baseline == 4.5)
        #expect(keyResults[0].due == "2027-06-30")
        #expect(keyResults[0].confidence == 0.6)
        #expect(keyResults.map(\.id) == ["O1.KR1", "O1.KR2", "O1.KR3"], "missing ids are given as okr gives them")
        #expect(keyResults[1].target == nil, "the statement's numbers are left to StatementReading")
        #expect(keyResults[2].statement == "Self-service environments used by 8 of 10 teams")
        #expect(keyResults[2].owner == "Jon", "an alias repeats its anchor's value")
        #expect(document.objectives[1].id == "2", "a plain number is text where the format wants text")
        #expect(document.notes == ["Ask finance about the cloud budget"])
    }

    /// OKRs kept as code are written by hand: a file without the format's version reads as this build's.
    @Test func aFileWithoutItsVersionIsReadAsTheCurrentOne() {
        let outcome = YAMLImporter.read("team: Platform\nperiod: 2027-Q2\nobjectives:\n  - title: Ship on our own\n")
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.document.schemaVersion == Document.currentSchemaVersion && outcome.document.objectives.map(\.id) == ["O1"])
    }

    @Test(arguments: [
        ("schemaVersion: 1\nteam: a: b\nperiod: 2027-Q1\n", 2, "not valid YAML"),
        ("schemaVersion: 1\nteam: A\nteam: B\n", 3, "\"team\" appears more than once"),
        ("schemaVersion: 1\nobjectives:\n  - id: O1\n    owner: Mia\n", 3, "an objective needs a \"title\""),
        ("schemaVersion: 1\nobjectives:\n  - title: T\n    keyResults:\n      - statement: S\n        confidence: abc\n", 6, "expected a number"),
        ("schemaVersion: 1\nobjectives:\n  - title: T\n    keyResults:\n      - statement: S\n        due: 31/03/2027\n", 6, "is not a date like 2027-03-31"),
        ("schemaVersion: 1\nkpis:\n  - {id: K1, name: A}\n  - {id: K1, name: B}\n", 4, "already used"),
        ("schemaVersion: 2\n", 1, "format version 2"),
        ("- just\n- a list\n", 1, "expected an object"),
        ("schemaVersion: 1\n\tteam: A\n", 2, "not valid YAML"),
    ])
    func namesTheLineOfAProblem(text: String, line: Int, message: String) {
        let outcome = YAMLImporter.read(text)
        #expect(outcome.problems.count == 1)
        #expect(outcome.problems.first?.line == line, "\(outcome.problems)")
        #expect(outcome.problems.first?.message.contains(message) == true, "\(outcome.problems)")
    }

    @Test func emptyTextIsAProblemNotADocument() {
        #expect(YAMLImporter.read("").problems.first?.message.contains("no YAML document") == true)
        #expect(YAMLImporter.read("# only a comment\n").problems.count == 1)
    }

    @Test(arguments: [
        String(repeating: "[", count: 100_000),
        String(repeating: "- ", count: 100_000) + "x",
        (0..<2_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n"),
        String(repeating: "{a: ", count: 50_000),
    ])
    func refusesNestingThatWouldExhaustTheStack(text: String) {
        let outcome = YAMLImporter.read(text)
        #expect(outcome.problems.count == 1)
        #expect(outcome.problems.first?.line != nil)
    }

    /// Numbers as YAML writes them, where the format wants a number; in unknown members too.
    @Test func readsYAMLsNumberForms() {
        let text = """
            schemaVersion: 1
            kpis:
              - {name: A, current: 1_200}
              - {name: B, current: 0x1F}
              - {name: C, current: +5}
              - {name: D, current: 012}
              - {name: E, current: 09}
              - {name: F, current: " 4.20 "}
            x-flags: {on: yes, off: no, big: 1e3, inf: .inf}
            """
        let outcome = YAMLImporter.read(text)
        #expect(outcome.problems == [])
        #expect(outcome.document.kpis.map(\.current) == [1_200, 31, 5, 10, 9, 4.2])
        #expect(outcome.document.extra == [JSONMember("x-flags", .object([
            JSONMember("on", .bool(true)), JSONMember("off", .bool(false)), JSONMember("big", .number("1e3")), JSONMember("inf", .string(".inf")),
        ]))])
    }

    @Test func mergeKeysBringTheMembersTheMappingDoesNotSet() {
        let text = """
            schemaVersion: 1
            objectives:
              - title: Stores reorder on their own
                keyResults:
                  - &base {statement: Orders through the app from 15% to 80%, owner: Mia, confidence: 0.5}
                  - <<: *base
                    statement: Calls to the hotline from 900 to 300 a week
            """
        let outcome = YAMLImporter.read(text)
        #expect(outcome.problems == [])
        let second = outcome.document.objectives[0].keyResults[1]
        #expect(second.statement == "Calls to the hotline from 900 to 300 a week")
        #expect(second.owner == "Mia")
        #expect(second.confidence == 0.5)
    }

    @Test func aSecondDocumentIsAProblem() {
        let outcome = YAMLImporter.read("schemaVersion: 1\nteam: A\n---\nschemaVersion: 1\nteam: B\n")
        #expect(outcome.problems.map(\.line) == [3])
    }

    @Test func refusesAliasesThatRepeatTooOften() {
        var text = "schemaVersion: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let outcome = YAMLImporter.read(text)
        #expect(outcome.problems.first?.message.contains("aliases") == true, "\(outcome.problems)")
    }

    @Test func surviveHostileBytes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["schemaVersion: 1\n", "- ", ": ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "|\n", ">-\n", "\"", "'", "#", "\t", "\u{0}", "\u{FEFF}", "\r\n", "  ", "---\n", "...\n", "%YAML 1.2\n", "? ", "<<: *a\n", "\\", "é", "objectives:\n", "title: ", "keyResults:\n"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let outcome = YAMLImporter.read(text)
            #expect(outcome.problems.allSatisfy { $0.line.map { $0 >= 1 } ?? true })
        }
    }
}
