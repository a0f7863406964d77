import OKRModel
import Testing

@testable import OKRImport

@Suite struct StatementReadingTests {
    @Test func readsWhatTheStatementSaysAndKeepsWhatTheSourceStated() {
        var objective = Objective(id: "O1", title: "Stores reorder without calling us")
        objective.keyResults = [
            KeyResult(id: "O1.KR1", statement: "Raise weekly app orders from 120 to 400 stores by 2027-03-31"),
            KeyResult(id: "O1.KR2", statement: "Raise weekly app orders from 120 to 400 stores", target: 350),
        ]
        let document = Document(team: "Supply", period: "2027-Q1", objectives: [objective])
        let completed = StatementReading.complete(document).document
        let first = completed.objectives[0].keyResults[0]
        #expect(first.baseline == 120)
        #expect(first.target == 400)
        #expect(first.due == "2027-03-31")
        #expect(first.direction == .increase)
        #expect(completed.objectives[0].keyResults[1].target == 350)
        #expect(completed.objectives[0].keyResults[1].baseline == 120)
    }
}
