import Foundation
import Testing
@testable import OKRModel

@Suite("Format v1: reading and writing")
struct DocumentCodecTests {
    @Test(arguments: ["every-field.json", "unknown-fields.json"])
    func roundTripKeepsEverything(fixture: String) throws {
        let original = try Fixture.bytes(fixture)
        let document = try DocumentStore.document(from: original, path: fixture)
        let saved = Array(DocumentEncoder.text(document).utf8)
        #expect(try foundationJSON(saved) == foundationJSON(original))
        // And a second pass is byte-for-byte stable.
        let again = try DocumentStore.document(from: saved, path: fixture)
        #expect(again == document)
        #expect(DocumentEncoder.text(again) == DocumentEncoder.text(document))
    }

    /// A save writes objectives and key results straight as bytes (`PrettyMembers`), every other
    /// export through a JSON value: the two must not drift, escapes, unknown members and all.
    @Test(arguments: ["every-field.json", "unknown-fields.json"])
    func savedBytesAreTheTextByteForByte(fixture: String) throws {
        var document = try DocumentStore.document(from: Fixture.bytes(fixture), path: fixture)
        document.objectives[0].title += " \u{7}\"quoted\" \\ ünïcode"
        document.objectives[0].keyResults[0].statement = "Tab\there, line\nbreak"
        document.objectives[0].keyResults[0].grade = 0.7
        document.objectives[0].keyResults[0].gradeNote = "Almost \"there\""
        #expect(DocumentEncoder.bytes(document) == Array(DocumentEncoder.text(document).utf8))
        #expect(DocumentEncoder.bytes(document, reusing: EncodingCache()) == Array(DocumentEncoder.text(document).utf8))
    }

    @Test func fieldsAreReadAsTyped() throws {
        let document = try DocumentStore.document(from: Fixture.bytes("every-field.json"), path: "f")
        #expect(document.team == "Store Operations")
        #expect(document.purpose.unanswered.isEmpty)
        let kr = document.objectives[0].keyResults[1]
        #expect(kr.id == "O1.KR3")
        #expect(kr.baseline == 1200 && kr.target == 300 && kr.current == 950.5)
        #expect(kr.direction == .decrease && kr.indicator == .lagging && kr.focus == .business)
        #expect(kr.due == "2028-02-29")
        #expect(document.objectives[1].type == .committed)
        #expect(document.notes[1] == "Line one\nline two \"quoted\" \\ tab\there")
    }

    @Test func unknownMembersKeepTheirText() throws {
        let document = try DocumentStore.document(from: Fixture.bytes("unknown-fields.json"), path: "f")
        #expect(document.extra.map(\.key) == ["x-tool", "zzz"])
        let text = DocumentEncoder.text(document)
        #expect(text.contains("\"revision\": 1.50"))
        #expect(text.contains("12345678901234567890"))
        #expect(document.objectives[0].keyResults[0].extra.map(\.key) == ["x-source", "x-null"])
    }

    @Test func membersInAnyOrderAreReadAndUnknownOnesKeptInPlace() throws {
        // Members out of the usual order, an unknown one between them, a null in the middle.
        let text = #"{"x-first": 1, "objectives": [{"keyResults": [{"target": 5, "x-mid": true, "statement": "s", "metric": null, "id": "O1.KR1"}], "title": "t", "id": "O1"}], "schemaVersion": 1, "team": "T"}"#
        let document = try DocumentStore.document(from: Array(text.utf8), path: "f")
        let kr = document.objectives[0].keyResults[0]
        #expect(document.team == "T" && document.objectives[0].title == "t")
        #expect(kr.statement == "s" && kr.target == 5 && kr.metric == nil && kr.id == "O1.KR1")
        #expect(kr.extra.map(\.key) == ["x-mid"])
        #expect(document.extra.map(\.key) == ["x-first"])
    }

    @Test func aHandBuiltObjectWithARepeatedNameReadsTheFirstAndKeepsNeither() throws {
        // The parser refuses repeated names; a value built in code can still have them.
        let json = JSONValue.object([
            JSONMember("schemaVersion", .number(1)),
            JSONMember("team", .string("first")),
            JSONMember("x-other", .bool(true)),
            JSONMember("team", .string("second")),
        ])
        let document = try DocumentDecoder.decode(json)
        #expect(document.team == "first")
        #expect(document.extra.map(\.key) == ["x-other"])
    }

    @Test func derivedFindingsAreIgnoredOnRead() throws {
        let text = #"{"schemaVersion": 1, "findings": [{"rule": "x"}]}"#
        let document = try DocumentStore.document(from: Array(text.utf8), path: "f")
        #expect(document.extra.isEmpty)
        #expect(!DocumentEncoder.text(document).contains("findings"))
    }

    @Test func minimalDocumentGetsDefaultsAndIDs() throws {
        let text = #"{"schemaVersion": 1, "kpis": [{"name": "NPS"}], "objectives": [{"id": "O2", "title": "A"}, {"title": "B", "keyResults": [{"statement": "x"}, {"id": "O3.KR5", "statement": "y"}, {"statement": "z"}]}]}"#
        let document = try DocumentStore.document(from: Array(text.utf8), path: "f")
        #expect(document.kpis.map(\.id) == ["K1"])
        #expect(document.objectives.map(\.id) == ["O2", "O3"])
        #expect(document.objectives[1].keyResults.map(\.id) == ["O3.KR6", "O3.KR5", "O3.KR7"])
        #expect(document.team == "" && document.participants.isEmpty)
    }

    @Test func newIDsNeverReuseDeletedOnes() {
        var document = Document(team: "T", period: "P")
        let first = document.addObjective(Objective(title: "one"))
        let second = document.addObjective(Objective(title: "two"))
        document.objectives.removeAll { $0.id == second }
        #expect(document.addObjective(Objective(title: "three")) == "O2")
        document.objectives.removeAll { $0.id == first }
        #expect(document.addObjective(Objective(title: "four")) == "O3")
        var objective = document.objectives[0]
        #expect(objective.addKeyResult(KeyResult(statement: "a")) == "O2.KR1")
        #expect(objective.addKeyResult(KeyResult(statement: "b")) == "O2.KR2")
        #expect(document.addKPI(KPI(name: "k")) == "K1")
    }

    @Test(arguments: [
        (#"[]"#, "", "expected an object, found a list"),
        (#"{"team": "x"}"#, "/schemaVersion", "\"schemaVersion\" is missing"),
        (#"{"schemaVersion": 2}"#, "/schemaVersion", "format version 2"),
        (#"{"schemaVersion": 0}"#, "/schemaVersion", "does not exist"),
        (#"{"schemaVersion": 1.5}"#, "/schemaVersion", "whole number"),
        (#"{"schemaVersion": 1, "team": 3}"#, "/team", "expected a string, found a number"),
        (#"{"schemaVersion": 1, "participants": ["a", 1]}"#, "/participants/1", "expected a string"),
        (#"{"schemaVersion": 1, "objectives": {}}"#, "/objectives", "expected a list"),
        (#"{"schemaVersion": 1, "objectives": [{"id": "O1"}]}"#, "/objectives/0/title", "needs a \"title\""),
        (#"{"schemaVersion": 1, "objectives": [{"title": "t", "type": "stretch"}]}"#, "/objectives/0/type", "\"stretch\" is not allowed"),
        (#"{"schemaVersion": 1, "objectives": [{"title": "t", "keyResults": [{"statement": "s", "target": "80"}]}]}"#, "/objectives/0/keyResults/0/target", "expected a number"),
        (#"{"schemaVersion": 1, "objectives": [{"title": "t", "keyResults": [{"statement": "s", "target": 1e999}]}]}"#, "/objectives/0/keyResults/0/target", "too large"),
        (#"{"schemaVersion": 1, "kpis": [{"id": "K1"}]}"#, "/kpis/0/name", "needs a \"name\""),
    ])
    func shapeErrorsSayWhere(text: String, pointer: String, fragment: String) {
        do {
            _ = try DocumentStore.document(from: Array(text.utf8), path: "doc.json")
            Issue.record("accepted \(text)")
        } catch {
            guard case .shape(_, let at, _, let message) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(at.description == pointer)
            #expect(message.contains(fragment), "\(message)")
            #expect(error.description.hasPrefix("doc.json:1:"))
        }
    }
}
