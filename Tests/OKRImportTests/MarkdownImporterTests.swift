import Foundation
import OKRCoach
import OKRModel
import Testing

@testable import OKRExport
@testable import OKRImport

@Suite("Markdown import")
struct MarkdownImporterTests {
    /// okr's own Markdown read back: the document as far as the page carries it (`carried`).
    @Test(arguments: SourceFixtures.documents)
    func exportReadsBackAsTheDocumentItCarries(path: String) throws {
        let document = try SourceFixtures.document(path)
        guard !document.objectives.isEmpty else { return }
        let page = Exporter.render(document, as: .markdown, findings: nil)
        let outcome = MarkdownImporter.read(page)
        #expect(outcome.problems == [], "\(page)")
        #expect(outcome.document == Self.carried(document), "\(page)")
    }

    /// The page `okr export` writes, with the coach's "To discuss" and "Decisions" and, once there are
    /// check-ins, "Status as of": those sections are derived and read past.
    @Test(arguments: SourceFixtures.documents)
    func exportWithTheCoachsSectionsReadsBack(path: String) throws {
        let document = try SourceFixtures.document(path)
        guard !document.objectives.isEmpty else { return }
        let page = Exporter.render(document, as: .markdown, coach: Coach.builtin())
        let outcome = MarkdownImporter.read(page)
        #expect(outcome.problems == [], "\(page)")
        #expect(outcome.document == Self.carried(document), "\(page)")
    }

    @Test func goldenPagesReadBack() throws {
        for name in ["tricky", "sparse"] {
            let outcome = MarkdownImporter.read(try SourceFixtures.text("OKRExportTests/Golden/\(name).md"))
            #expect(outcome.document == Self.carried(try SourceFixtures.document("OKRExportTests/Golden/\(name).json")))
        }
    }

    @Test func readsHeadingsNumberedListsAndCheckboxes() throws {
        let outcome = MarkdownImporter.read(try fixture("wiki-headings.md"))
        #expect(outcome.problems == [])
        let document = outcome.document
        #expect(document.team == "Platform team")
        #expect(document.period == "2027-Q2")
        #expect(document.objectives.map(\.title) == ["Product teams ship without waiting for us", "Incidents are rare and short"])
        #expect(document.objectives.map(\.id) == ["O1", "O2"])
        let first = document.objectives[0].keyResults
        #expect(first.map(\.statement) == [
            "Cut median lead time for changes from 4.5 to 2 days",
            "Raise the share of teams deploying daily from 30% to 60%",
            "8 of 10 teams create environments through the portal",
        ])
        #expect(first[0].owner == "Mia")
        #expect(first[0].confidence == 0.7)
        #expect(first[0].extra == [JSONMember("notes", .array([.string("measured from the deploy log, not the tracker")]))])
        #expect(first[0].target == nil, "numbers in the statement are left to StatementReading")
        #expect(document.objectives[1].keyResults.map(\.statement) == ["Bring pages per week from 12 to 4", "Restore service within 30 minutes for 90% of incidents"])
        #expect(document.objectives[1].keyResults[1].owner == "Jon")
    }

    @Test func readsObjectivesAsBulletsWithNestedKeyResults() throws {
        let outcome = MarkdownImporter.read(try fixture("wiki-nested.md"))
        #expect(outcome.problems == [])
        let document = outcome.document
        #expect(document.team == "Support")
        #expect(document.period == "2027-H2")
        #expect(document.objectives.map(\.title) == ["Customers solve common problems themselves", "Answers are fast and right the first time"])
        #expect(document.objectives.map(\.keyResults.count) == [2, 2])
        #expect(document.objectives[0].keyResults[1].extra.count == 1, "a sub-bullet of a key result is its note")
        #expect(document.objectives[1].keyResults.map(\.statement) == ["First reply within 1 hour for 90% of chats", "Reopened tickets below 5%"])
    }

    @Test func readsBoldLinesAsObjectives() throws {
        let outcome = MarkdownImporter.read(try fixture("wiki-bold.md"))
        #expect(outcome.problems == [])
        #expect(outcome.document.period == "2027-Q3")
        #expect(outcome.document.objectives.map(\.title) == ["Grow adoption of the mobile app", "Objective 2"])
        #expect(outcome.document.objectives.map(\.keyResults.count) == [2, 2])
        #expect(outcome.document.objectives[1].keyResults[0].statement == "Crash-free sessions above 99.5%")
    }

    /// A page with several quarters, bold lines as objectives and "- @name" owners, as code hosts' pages have.
    @Test func readsBoldObjectivesUnderAQuarterWithOwnersByHandle() throws {
        let outcome = MarkdownImporter.read(try fixture("wiki-quarters.md"))
        #expect(outcome.problems == [])
        let document = outcome.document
        #expect(document.team == "")
        #expect(document.period == "2026-Q4")
        #expect(document.objectives.map(\.title) == ["Uploads never get lost on a flaky network", "People new to the project get going in one afternoon"])
        #expect(document.objectives.map(\.keyResults.count) == [3, 2])
        let first = document.objectives[0].keyResults
        #expect(first.map(\.owner) == [nil, "@lena", "@omar"])
        #expect(first[1].statement == "Nobody files a \"my upload vanished\" ticket for 8 weeks")
    }

    /// A page that explains OKRs before it lists them, with labelled objectives and key results:
    /// its other headings and lists are not taken for objectives.
    @Test func aPageWithLabelsIsReadByItsLabels() throws {
        let outcome = MarkdownImporter.read(try fixture("wiki-explained.md"))
        #expect(outcome.problems == [])
        let document = outcome.document
        #expect(document.team == "Docs Working Group")
        #expect(document.objectives.map(\.title) == ["Readers find answers without asking in chat", "More people write docs with us"])
        #expect(document.objectives.map(\.keyResults.count) == [2, 2])
        #expect(document.objectives[1].keyResults[1].statement == "Every page has a named owner")
    }

    /// A template's shape: key results as headings, their fields as bold-labelled bullets.
    @Test func readsKeyResultHeadingsWithTheirFields() throws {
        let outcome = MarkdownImporter.read("\u{FEFF}" + (try fixture("wiki-template.md")))
        #expect(outcome.problems == [])
        let document = outcome.document
        #expect(document.period == "2028-Q1", "the title's quarter; a period field in words is not one")
        #expect(document.objectives.map(\.title) == ["Checkout feels instant on a phone"])
        let keyResults = document.objectives[0].keyResults
        #expect(keyResults.map(\.statement) == ["Median checkout time on mobile from 90 s to 40 s", "Card payment failures below 1%"])
        #expect(keyResults[0].target == 40)
        #expect(keyResults[0].baseline == 90)
        #expect(keyResults[0].unit == "s")
        #expect(keyResults[0].owner == "Ravi")
        #expect(keyResults[0].confidence == nil, "\"High\" has no agreed number")
        #expect(keyResults[0].extra == [JSONMember("notes", .array([.string("Confidence: High"), .string("Progress: 🟡")]))])
        #expect(keyResults[1].due == "2028-03-15")
    }

    @Test func readsTheREADMEsExample() {
        let page = """
            # Platform team OKRs — Q2 2027

            ## Objective 1: Product teams ship without waiting for us
            1. [ ] KR1: Cut median lead time for changes from 4.5 to 2 days
               - Owner: Mia
               - measured from the deploy log
            2. [ ] Key result 2 – 8 of 10 teams create environments on their own

            **Incidents are rare and short**
            - Pages per week from 12 to 4
            """
        let outcome = MarkdownImporter.read(page)
        #expect(outcome.problems == [])
        #expect(outcome.document.objectives.map(\.title) == ["Product teams ship without waiting for us", "Incidents are rare and short"])
        #expect(outcome.document.objectives.map(\.keyResults.count) == [2, 1])
        #expect(outcome.document.objectives[0].keyResults[0].owner == "Mia")
    }

    @Test func namesTheLineOfAKeyResultBeforeAnyObjective() {
        let outcome = MarkdownImporter.read("# Team OKRs\n\nKR1: Raise NPS from 20 to 40\n\n## O1: Customers recommend us\n- NPS from 20 to 40\n")
        #expect(outcome.problems == [ImportProblem(line: 3, message: "this key result comes before any objective; put it under a heading or a bullet that names its objective")])
        #expect(outcome.document.objectives[0].keyResults.count == 1)
    }

    @Test func namesTheLineOfADueDateThatIsNoDate() {
        let page = "## O1: Fast answers\n\n| ID | Key result | Due |\n| --- | --- | --- |\n| O1.KR1 | First reply in 1 hour | end of June |\n"
        let outcome = MarkdownImporter.read(page)
        #expect(outcome.problems.map(\.line) == [5])
        #expect(outcome.document.objectives[0].keyResults[0].due == nil)
    }

    @Test func namesTheLineOfAnIdUsedTwice() {
        let outcome = MarkdownImporter.read("# Team OKRs\n\n## O1: Customers recommend us\n- NPS from 20 to 40\n\n## O1: Orders arrive on time\n- Late orders from 8% to 2%\n")
        #expect(outcome.problems.map(\.line) == [6])
        #expect(outcome.problems.first?.message.contains("already used") == true)
    }

    @Test func hostileLinesAreReadInTime() {
        let page = "## O1: x\n- " + String(repeating: "[", count: 200_000) + "\n- " + String(repeating: "<a", count: 100_000) + ">\n- " + String(repeating: "(", count: 100_000) + "]\n" + String(repeating: ">", count: 100_000) + " - quoted\n"
        let outcome = MarkdownImporter.read(page)
        #expect(outcome.document.objectives[0].keyResults.count == 4)
    }

    @Test func survivesRandomPages() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["# ", "## O1: ", "### ", "- ", "  - ", "    * ", "1. ", "[ ] ", "**", "_", "`", "```\n", "[a](b)", "<b>", "|", " | ", "---\n", "===\n", "> ",
                      "Objective 2:", "KR1:", "Owner: ", "Due: 2027-02-30", "Confidence: 7/10", "→", "15%", "\\", "\n", "\r\n", "\t", "\u{0}", "é", "🚀", "Q2 2027"]
        for _ in 0..<1_000 {
            let page = (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let outcome = MarkdownImporter.read(page)
            #expect(outcome.problems.allSatisfy { $0.line.map { $0 >= 1 } ?? true })
        }
    }

    @Test func aTitleNamesTheTeamOnlyWhenItIsAboutOKRs() {
        #expect(MarkdownImporter.read("# Roadmap\n\n## O1: Faster answers\n- First reply in 1 hour\n").document.team == "")
        #expect(MarkdownImporter.read("# Support OKRs\n\n## O1: Faster answers\n- First reply in 1 hour\n").document.team == "Support")
    }

    @Test func aPageWithoutObjectivesSaysSo() {
        let outcome = MarkdownImporter.read("# Notes\n\nNothing here yet.\n")
        #expect(outcome.problems.count == 1)
        #expect(outcome.problems[0].message.contains("no objectives"))
    }

    @Test func inlineMarkupIsMadePlain() {
        #expect(MarkdownInline.plain("**KR1:** Raise [NPS](https://x.example) to _40_ `now`") == "KR1: Raise NPS to 40 now")
        #expect(MarkdownInline.plain("snake_case stays, 2*3*4 too, \\*escaped\\*") == "snake_case stays, 2*3*4 too, *escaped*")
        #expect(MarkdownInline.plain("<b>bold</b> and <https://x.example>") == "bold and https://x.example")
    }

    func fixture(_ name: String) throws -> String {
        try String(contentsOf: Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!, encoding: .utf8)
    }

    /// What okr's Markdown carries of a document: see `MarkdownImporter`'s list of what does not come back.
    static func carried(_ document: Document) -> Document {
        func text(_ value: String) -> String { MarkdownInline.plain(MarkdownText.escape(value)) }
        func answer(_ value: String?) -> String? { value.isBlank ? nil : text(value!) }
        var carried = Document(team: text(document.team), period: text(document.period))
        carried.participants = document.participants.map(text).filter { !$0.isEmpty }
        carried.purpose = Purpose(who: answer(document.purpose.who), change: answer(document.purpose.change), evidence: answer(document.purpose.evidence))
        carried.kpis = document.kpis.map { KPI(id: $0.id, name: text($0.name), unit: $0.current == nil ? nil : $0.unit, current: $0.current) }
        carried.objectives = document.objectives.map { objective in
            var copy = Objective(id: objective.id, title: text(objective.title), type: objective.type, owner: objective.owner.map(text),
                                 sharedWith: objective.sharedWith.map(text).filter { !$0.isEmpty }, kpis: objective.kpis)
            copy.keyResults = objective.keyResults.map { keyResult in
                let unitShown = keyResult.target != nil || keyResult.unit == "%"
                return KeyResult(id: keyResult.id, statement: text(keyResult.statement),
                                 baseline: keyResult.baseline, target: keyResult.target,
                                 unit: unitShown && keyResult.baseline ?? keyResult.target != nil ? keyResult.unit : nil,
                                 due: keyResult.due, doneWhen: keyResult.doneWhen.map(text), owner: keyResult.owner.map(text),
                                 confidence: keyResult.confidence.map { ($0 * 100).rounded() / 100 })
            }
            return copy
        }
        carried.notes = document.notes.map(text)
        return carried
    }
}
