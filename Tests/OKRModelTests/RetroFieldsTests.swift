import Testing

@testable import OKRModel

/// The members a retrospective and a carry-over write (issue 16): `grade` and `gradeNote` on key
/// results, `retro` on objectives, `carryOver` on both. Optional v1 members, written only when set.
@Suite("Format v1: grades, retro notes and carry-over decisions")
struct RetroFieldsTests {
    static let text = #"""
    {"schemaVersion": 1, "team": "T", "period": "2027-Q1", "objectives": [{"id": "O1", "title": "Stores order in minutes",
      "keyResults": [{"id": "O1.KR1", "statement": "Raise app orders from 15% to 80%", "grade": 0.65, "gradeNote": "Late regions",
        "carryOver": {"period": "2027-Q2", "decision": "drop", "reason": "Done with it"}}],
      "retro": {"learned": "Pilots convince", "differently": "Start with who asked"},
      "carryOver": {"period": "2027-Q2", "decision": "keep"}}]}
    """#

    @Test func theyAreReadAndWrittenBack() throws {
        let document = try DocumentStore.document(from: Array(Self.text.utf8), path: "f.json")
        let objective = document.objectives[0]
        #expect(objective.keyResults[0].grade == 0.65 && objective.keyResults[0].gradeNote == "Late regions")
        #expect(objective.keyResults[0].carryOver == CarryOver(period: "2027-Q2", decision: .drop, reason: "Done with it"))
        #expect(objective.retro == Retro(learned: "Pilots convince", differently: "Start with who asked"))
        #expect(objective.carryOver == CarryOver(period: "2027-Q2", decision: .keep))
        let again = try DocumentStore.document(from: DocumentEncoder.bytes(document), path: "g.json")
        #expect(again == document)
    }

    @Test func aDocumentWithoutThemIsWrittenAsBefore() throws {
        let document = Document(team: "T", period: "2027-Q1", objectives: [Objective(id: "O1", title: "A", keyResults: [KeyResult(id: "O1.KR1", statement: "B")])])
        let text = String(decoding: DocumentEncoder.bytes(document), as: UTF8.self)
        for member in ["grade", "gradeNote", "retro", "carryOver"] { #expect(!text.contains("\"\(member)\"")) }
    }

    @Test(arguments: [
        (#""grade": 7"#, "/objectives/0/keyResults/0/grade"),
        (#""carryOver": {"period": "2027-Q2", "decision": "postpone"}"#, "/objectives/0/keyResults/0/carryOver/decision"),
        (#""carryOver": {"decision": "keep"}"#, "/objectives/0/keyResults/0/carryOver/period"),
    ])
    func aBadValueIsNamedWithItsPlace(_ member: String, _ place: String) {
        let text = #"{"schemaVersion": 1, "objectives": [{"title": "A", "keyResults": [{"statement": "B", MEMBER}]}]}"#.replacing("MEMBER", with: member)
        do {
            _ = try DocumentStore.document(from: Array(text.utf8), path: "f.json")
            Issue.record("\(member) was accepted")
        } catch {
            #expect(error.description.contains(place), "\(error.description)")
        }
    }
}
