import Foundation
import Testing
@testable import OKRModel

/// Check-ins, KPI history and observations: kept in date order, one per date, mirrored into
/// `current` and `confidence`, written only when used (issue 14).
@Suite("Format v1: check-ins and history")
struct CheckInTests {
    @Test func checkInsKeepDateOrderAndTheLaterWordOnADate() {
        var keyResult = KeyResult(statement: "Raise the share of stores ordering through the app from 15% to 80%")
        keyResult.record(CheckIn(date: "2027-02-15", value: 40, confidence: 0.6))
        keyResult.record(CheckIn(date: "2027-01-15", value: 25, confidence: 0.5))
        #expect(keyResult.checkIns.map(\.date) == ["2027-01-15", "2027-02-15"])
        // The latest entry by date, not the last typed, is what `current` says.
        #expect(keyResult.current == 40 && keyResult.confidence == 0.6)
        let replaced = keyResult.record(CheckIn(date: "2027-02-15", value: 45, confidence: 0.7, note: "recount"))
        #expect(replaced?.value == 40)
        #expect(keyResult.checkIns.count == 2 && keyResult.current == 45 && keyResult.confidence == 0.7)

        var kpi = KPI(name: "Stock-out rate", unit: "%")
        kpi.record(Reading(date: "2027-02-01", value: 4.0))
        kpi.record(Reading(date: "2027-01-01", value: 4.2))
        #expect(kpi.history.map(\.value) == [4.2, 4.0] && kpi.current == 4.0)
    }

    @Test func newMembersRoundTripAndAreLeftOutWhenUnused() throws {
        var document = Document(team: "Stores", period: "2027-Q1")
        var keyResult = KeyResult(statement: "Keep stock-outs at most 2%", target: 2, unit: "%", direction: .atMost)
        keyResult.record(CheckIn(date: "2027-01-20", value: 1.8, confidence: 0.8, note: "holding"))
        document.addObjective(Objective(title: "Shelves stay full", keyResults: [keyResult]))
        document.addKPI(KPI(name: "Stock-out rate", unit: "%", better: .lower, history: [Reading(date: "2027-01-20", value: 1.8)]))
        document.purpose.observations = [Observation(date: "2027-01-20", note: "Half the stores order in the app")]
        let text = DocumentEncoder.text(document)
        for member in ["\"checkIns\"", "\"history\"", "\"better\": \"lower\"", "\"observations\"", "\"direction\": \"at-most\""] {
            #expect(text.contains(member), "\(member)")
        }
        let back = try DocumentStore.document(from: Array(text.utf8), path: "x.json")
        #expect(back == document)

        let plain = DocumentEncoder.text(Document(team: "Stores", period: "2027-Q1", kpis: [KPI(id: "K1", name: "Rate")],
                                                  objectives: [Objective(id: "O1", title: "T", keyResults: [KeyResult(id: "O1.KR1", statement: "S")])]))
        for member in ["checkIns", "history", "better", "observations", "doneWhen"] {
            #expect(!plain.contains(member), "\(member) written for a document that does not use it")
        }
    }

    @Test func datesMustBeRealInOrderAndConfidenceAShare() throws {
        let text = """
        {"schemaVersion": 1, "team": "T", "period": "2027-Q1",
         "objectives": [{"id": "O1", "title": "T", "keyResults": [{"id": "O1.KR1", "statement": "S",
           "checkIns": [{"date": "2027-02-15", "value": 3}, {"date": "2027-01-15", "value": 2, "confidence": 7}]}]}],
         "kpis": [{"id": "K1", "name": "K", "history": [{"date": "2027-13-01", "value": 1}]}]}
        """
        let document = try DocumentDecoder.decode(JSONParser.parse(Array(text.utf8)))
        let issues = DocumentValidator.validate(document).map { "\($0.pointer): \($0.message)" }
        #expect(issues.contains { $0.hasPrefix("/objectives/0/keyResults/0/checkIns/1/date: 2027-01-15 comes after 2027-02-15") })
        #expect(issues.contains { $0.hasPrefix("/objectives/0/keyResults/0/checkIns/1/confidence: confidence is a share from 0 to 1") })
        #expect(issues.contains { $0.hasPrefix("/kpis/0/history/0/date: \"2027-13-01\" is not a date") })
        // A reading without its value is a shape error naming the place.
        let broken = #"{"schemaVersion": 1, "kpis": [{"name": "K", "history": [{"date": "2027-01-01"}]}]}"#
        #expect(throws: DocumentError.self) { try DocumentStore.document(from: Array(broken.utf8), path: "x.json") }
    }
}

/// Autosaves re-encode only the objectives that changed; the bytes must be exactly those of a full encoding.
@Suite("Format v1: incremental encoding")
struct EncodingCacheTests {
    @Test func cachedBytesAreTheFullEncodingAfterEveryKindOfChange() throws {
        var document = try DocumentStore.document(from: Fixture.bytes("every-field.json"), path: "f")
        let cache = EncodingCache()
        var steps: [(String, (inout Document) -> Void)] = [
            ("nothing", { _ in }),
            ("a check-in", { $0.updateCheckIn(of: $0.objectives[0].keyResults[0].id, on: "2027-02-15") { $0.value = 42; $0.note = "a \"quoted\" note" } }),
            ("a title", { $0.objectives[0].title = "Retitled ✓" }),
            ("an objective added", { $0.addObjective(Objective(title: "Another", keyResults: [KeyResult(statement: "Ship it")])) }),
            ("the first objective removed", { $0.objectives.removeFirst() }),
            ("objectives swapped", { $0.objectives.reverse() }),
            ("the team", { $0.team = "Renamed" }),
            ("every objective removed", { $0.objectives.removeAll() }),
            ("one back", { $0.addObjective(Objective(title: "Back")) }),
        ]
        steps.append(("the same again", { _ in }))
        for (what, change) in steps {
            change(&document)
            #expect(DocumentEncoder.bytes(document, reusing: cache) == DocumentEncoder.bytes(document), "after \(what)")
        }
    }
}
