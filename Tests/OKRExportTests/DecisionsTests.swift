import OKRCoach
import OKRExport
import OKRModel
import Testing

@Suite("Decisions in exports")
struct DecisionsTests {
    /// A finding the team kept is their decision: listed under "Decisions", not "To discuss" (issue 13, item 2).
    @Test func keptFindingsAreDecisionsInMarkdown() {
        var objective = Objective(id: "O1", title: "Make handovers safe for every night nurse", sharedWith: ["Pharmacy"])
        objective.addKeyResult(KeyResult(statement: "Improve handover quality", accepted: ["kr-not-measurable"]))
        objective.addKeyResult(KeyResult(statement: "Raise the share of handovers done with the checklist from 20% to 90%"))
        let document = Document(team: "Ward 4", period: "2027-Q1",
                                purpose: Purpose(who: "Night nurses", change: "Calm handovers", evidence: "Checklist use"),
                                objectives: [objective])
        let markdown = Exporter.render(document, as: .markdown, coach: Coach.builtin())
        #expect(markdown.contains("## Decisions"))
        #expect(markdown.contains("O1.KR1 (error, kr-not-measurable)"))
        let toDiscuss = markdown.components(separatedBy: "## Decisions")[0]
        #expect(!toDiscuss.contains("kr-not-measurable"))
    }
}
