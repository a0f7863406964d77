import Foundation
import OKRImport
import OKRModel
import Testing

/// `okr import` through the built binary: what `okr export --format csv` writes reads back as the
/// same document, other teams' sheets map by their headers, bad rows are named and nothing is lost.
@Suite("okr import")
struct ImportCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("OKRExportTests/Golden")
    static let goldenDocuments = ["tricky.json", "sparse.json"]
    /// Every model fixture that is one team's document.
    static let fixtures = ["clean.json", "every-field.json", "tricky-text.json", "unknown-fields.json", "check-ins.json", "every-rule.json", "ward-seed.json", "graded.json"]

    @Test(arguments: goldenDocuments)
    func everyGoldenFileRoundTrips(name: String) throws {
        try roundTrip(Self.golden.appendingPathComponent(name).path)
    }

    @Test(arguments: fixtures)
    func everyFixtureRoundTrips(name: String) throws {
        try roundTrip(Fixture.path(name))
    }

    /// The company's and teams' documents of the map and lint-set tests: alignments, shares, KPIs
    /// linked across (the folder's other JSON, a tsconfig.json, is no okr document).
    @Test(arguments: ["org", "org-clean"])
    func everyOrganisationDocumentRoundTrips(folder: String) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixture.path(folder))
            .filter { $0.hasSuffix(".json") && $0 != "tsconfig.json" }.sorted()
        #expect(files.count >= 4)
        for file in files { try roundTrip(Fixture.path(folder) + "/" + file) }
    }

    /// export csv → import → the document again, compared field by field. What CSV does not carry
    /// (README, "What round-trips") is taken out of the original first; the parser's reading of
    /// each statement fills what the original left unset, as it does for every import.
    func roundTrip(_ source: String) throws {
        let (original, document) = try Self.throughCommand(source, as: "csv")
        let differences = Self.differences(StatementReading.complete(Self.carried(original)).document, document)
        #expect(differences.isEmpty, "\(source):\n\(differences.joined(separator: "\n"))")
    }

    /// The document as CSV carries it: no timestamps, check-ins (their latest value and confidence
    /// stay, as `current` and `confidence`), KPI history, observations, an objective's retrospective
    /// notes, carry-over decisions or members okr does not know.
    static func carried(_ document: Document) -> Document {
        var document = document
        document.createdAt = nil
        document.updatedAt = nil
        document.extra = []
        document.purpose.observations = []
        document.purpose.extra = []
        for k in document.kpis.indices {
            document.kpis[k].history = []
            document.kpis[k].extra = []
        }
        for o in document.objectives.indices {
            document.objectives[o].extra = []
            document.objectives[o].retro = nil
            document.objectives[o].carryOver = nil
            for k in document.objectives[o].keyResults.indices {
                document.objectives[o].keyResults[k].carryOver = nil
                document.objectives[o].keyResults[k].checkIns = []
                document.objectives[o].keyResults[k].extra = []
            }
        }
        return document
    }

    /// Every field that differs, named by its item: `O1.KR2 metric: "a" ≠ "b"`. A text left empty
    /// and one not given are the same in a CSV cell.
    static func differences(_ expected: Document, _ actual: Document) -> [String] {
        var out: [String] = []
        func same<T: Equatable>(_ place: String, _ a: T, _ b: T) {
            if a != b { out.append("\(place): \(a) ≠ \(b)") }
        }
        func text(_ value: String?) -> String { value ?? "" }
        same("team", expected.team, actual.team)
        same("period", expected.period, actual.period)
        same("participants", expected.participants, actual.participants)
        same("purpose.who", text(expected.purpose.who), text(actual.purpose.who))
        same("purpose.change", text(expected.purpose.change), text(actual.purpose.change))
        same("purpose.evidence", text(expected.purpose.evidence), text(actual.purpose.evidence))
        same("notes", expected.notes, actual.notes)
        same("kpis", expected.kpis, actual.kpis)
        same("objective count", expected.objectives.count, actual.objectives.count)
        for (a, b) in zip(expected.objectives, actual.objectives) {
            same("\(a.id) id", a.id, b.id)
            same("\(a.id) title", a.title, b.title)
            same("\(a.id) type", a.type, b.type)
            same("\(a.id) owner", a.owner, b.owner)
            same("\(a.id) sharedWith", a.sharedWith, b.sharedWith)
            same("\(a.id) kpis", a.kpis, b.kpis)
            same("\(a.id) alignsTo", a.alignsTo, b.alignsTo)
            same("\(a.id) accepted", a.accepted, b.accepted)
            same("\(a.id) key result count", a.keyResults.count, b.keyResults.count)
            for (x, y) in zip(a.keyResults, b.keyResults) {
                same("\(x.id) id", x.id, y.id)
                same("\(x.id) statement", x.statement, y.statement)
                same("\(x.id) metric", text(x.metric), text(y.metric))
                same("\(x.id) baseline", x.baseline, y.baseline)
                same("\(x.id) target", x.target, y.target)
                same("\(x.id) unit", text(x.unit), text(y.unit))
                same("\(x.id) direction", x.direction, y.direction)
                same("\(x.id) due", x.due, y.due)
                same("\(x.id) doneWhen", text(x.doneWhen), text(y.doneWhen))
                same("\(x.id) owner", text(x.owner), text(y.owner))
                same("\(x.id) confidence", x.confidence, y.confidence)
                same("\(x.id) indicator", x.indicator, y.indicator)
                same("\(x.id) focus", x.focus, y.focus)
                same("\(x.id) current", x.current, y.current)
                same("\(x.id) accepted", x.accepted, y.accepted)
                same("\(x.id) grade", x.grade, y.grade)
                same("\(x.id) gradeNote", text(x.gradeNote), text(y.gradeNote))
            }
        }
        return out
    }

    /// YAML carries every member JSON does: `okr export --format yaml` read back by `okr import` is the
    /// same document, down to unknown members and the workshop's place.
    @Test(arguments: fixtures + goldenDocuments)
    func yamlRoundTripsThroughTheCommand(name: String) throws {
        let source = Self.goldenDocuments.contains(name) ? Self.golden.appendingPathComponent(name).path : Fixture.path(name)
        let (original, document) = try Self.throughCommand(source, as: "yaml")
        #expect(document == StatementReading.complete(original).document, "\(name):\n\(Self.differences(StatementReading.complete(original).document, document).joined(separator: "\n"))")
    }

    /// Markdown carries what a wiki page shows: the team, period, people, purpose, every objective and
    /// key result with its id, text, type, owner, numbers and due date, and the retrospective's grades and lessons.
    @Test(arguments: fixtures + goldenDocuments)
    func markdownRoundTripsThroughTheCommand(name: String) throws {
        let source = Self.goldenDocuments.contains(name) ? Self.golden.appendingPathComponent(name).path : Fixture.path(name)
        let (original, document) = try Self.throughCommand(source, as: "md")
        var expected = StatementReading.complete(original).document
        // A page shows a blank answer as unanswered, and a line break inside a text as " / " (README).
        func shown(_ text: String?) -> String? { text.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } == false ? text!.replacing("\r\n", with: "\n").replacing("\r", with: "\n").replacing("\n", with: " / ") : nil }
        expected.purpose.who = shown(expected.purpose.who)
        expected.purpose.evidence = shown(expected.purpose.evidence)
        for o in expected.objectives.indices {
            expected.objectives[o].title = shown(expected.objectives[o].title) ?? ""
            for k in expected.objectives[o].keyResults.indices {
                expected.objectives[o].keyResults[k].statement = shown(expected.objectives[o].keyResults[k].statement) ?? ""
            }
        }
        #expect(document.team == expected.team && document.period == expected.period && document.participants == expected.participants)
        #expect(document.purpose.who == expected.purpose.who && document.purpose.evidence == expected.purpose.evidence, "\(name)")
        #expect(document.objectives.map(\.id) == expected.objectives.map(\.id))
        #expect(document.objectives.map(\.title) == expected.objectives.map(\.title))
        #expect(document.objectives.map(\.type) == expected.objectives.map(\.type))
        #expect(document.objectives.map(\.owner) == expected.objectives.map(\.owner))
        let (got, want) = (document.objectives.flatMap(\.keyResults), expected.objectives.flatMap(\.keyResults))
        #expect(got.map(\.id) == want.map(\.id) && got.map(\.statement) == want.map(\.statement), "\(name)")
        #expect(got.map(\.owner) == want.map(\.owner) && got.map(\.due) == want.map(\.due), "\(name)")
        #expect(got.map(\.baseline) == want.map(\.baseline) && got.map(\.target) == want.map(\.target), "\(name)")
        // The retrospective's minutes read back: grades, their reasons, the lessons.
        #expect(got.map(\.grade) == want.map(\.grade) && got.map(\.gradeNote) == want.map { shown($0.gradeNote) }, "\(name)")
        #expect(document.objectives.map(\.retro) == expected.objectives.map(\.retro), "\(name)")
    }

    /// `source` exported as `ending` and imported by the built okr: the original (with the team and
    /// period given on the command line when it has none, as a draft may), and the document written.
    static func throughCommand(_ source: String, as ending: String) throws -> (Document, Document) {
        let folder = try TemporaryFolder()
        let file = folder.path("okrs.\(ending)")
        let exported = try OKRProcess.run(["export", source, "--output", file])
        try #require(exported.status == 0, "\(exported.stderr)")
        var original = try DocumentStore(path: source).load()
        var flags: [String] = []
        if original.team.isEmpty {
            original.team = "Given Team"
            flags += ["--team", original.team]
        }
        if original.period.isEmpty {
            original.period = "2027-Q2"
            flags += ["--period", original.period]
        }
        let imported = try OKRProcess.run(["import", file] + flags)
        try #require(imported.status == 0, "\(source): \(imported.stderr)")
        #expect(imported.stdout.contains("okr workshop \(folder.path("okrs.json"))"), "the file to open next is named")
        return (original, try DocumentStore(path: folder.path("okrs.json")).load())
    }

    @Test func aSheetWithItsOwnHeadersMapsByName() throws {
        let folder = try TemporaryFolder()
        let sheet = try folder.write("Team OKRs.csv", """
            Team,Quarter,Goal,Key Result,KR Owner,Baseline,Target value,Due Date,Confidence,Status\r
            Supply,2027-Q1,Stores reorder without calling us,Raise weekly app orders from 120 to 400 stores,Ben,120,400,2027-03-31,7/10,on track\r
            ,,,Cut phone orders to 300 a month,Ana,"1,200",300,2027/03/31,70%,late\r
            Supply,2027-Q1,Make pricing clear to every store,Half of the stores read the price list each week,Zoë,,50%,,0.5,\r

            """)
        let result = try OKRProcess.run(["import", sheet])
        try #require(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 2 objectives and 3 key results"))
        #expect(result.stdout.contains("Coach: "))
        let document = try DocumentStore(path: folder.path("Team OKRs.json")).load()
        #expect(document.team == "Supply")
        #expect(document.period == "2027-Q1")
        #expect(document.objectives.map(\.title) == ["Stores reorder without calling us", "Make pricing clear to every store"])
        let first = document.objectives[0].keyResults
        #expect(first.map(\.id) == ["O1.KR1", "O1.KR2"], "a row without an objective continues the one above")
        #expect(first[0].owner == "Ben")
        #expect(first[0].confidence == 0.7)
        #expect(first[0].metric != nil, "the parser read the statement")
        #expect(first[1].baseline == 1200)
        #expect(first[1].target == 300)
        #expect(first[1].due == "2027-03-31")
        #expect(first[1].confidence == 0.7)
        let pricing = document.objectives[1].keyResults[0]
        #expect(pricing.target == 50)
        #expect(pricing.unit == "%")
        #expect(pricing.baseline == nil)
    }

    @Test func columnsNamesTheHeadersOkrDoesNotKnow() throws {
        let folder = try TemporaryFolder()
        let sheet = try folder.write("themes.csv", """
            Theme,Outcome,Who,Notes\r
            Stores reorder without calling us,Raise weekly app orders from 120 to 400 stores,Ben,ask finance\r
            Stores reorder without calling us,Cut phone orders from 1200 to 300 a month,Ana,\r

            """)
        let unmapped = try OKRProcess.run(["import", sheet, "--team", "Supply", "--period", "2027-Q1"])
        #expect(unmapped.status == 2)
        #expect(unmapped.stderr.contains("no column holds the objectives"))
        #expect(unmapped.stderr.contains("--columns"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("themes.json")))

        let result = try OKRProcess.run(["import", sheet, "--team", "Supply", "--period", "2027-Q1",
                                         "--columns", "Theme=objective,Outcome=key_result", "--columns", "Who=owner,Notes=ignore"])
        try #require(result.status == 0, "\(result.stderr)")
        let document = try DocumentStore(path: folder.path("themes.json")).load()
        #expect(document.objectives.count == 1)
        #expect(document.objectives[0].keyResults.map(\.owner) == ["Ben", "Ana"])
        #expect(document.notes.isEmpty, "an ignored column is not read")

        let wrong = try OKRProcess.run(["import", sheet, "--columns", "Theme=velocity"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("not a field okr reads"))
    }

    /// Rows 3, 6 and 8 are bad: a stray quote, a confidence okr cannot read, a missing cell.
    /// Row 4's cell spans two lines of the file, and the rows after it keep their spreadsheet numbers.
    static let threeBadRows = """
        team,period,objective,key_result,target,confidence\r
        Supply,2027-Q1,Stores reorder alone,Raise app orders from 120 to 400 stores,400,0.6\r
        Supply,2027-Q1,Stores reorder alone,Cut "phone" orders to 300,300,0.5\r
        Supply,2027-Q1,Stores reorder alone,"Half of stores order weekly,\nread from the app log",50%,0.7\r
        Supply,2027-Q1,Pricing is clear,Raise price-list reads from 10% to 60%,60,0.5\r
        Supply,2027-Q1,Pricing is clear,Cut pricing calls from 90 to 20 a week,20,very\r
        Supply,2027-Q1,Pricing is clear,Raise repeat orders from 30% to 45%,45,0.4\r
        Supply,2027-Q1,Pricing is clear,Raise margin from 5% to 7%,7\r

        """

    @Test func threeBadRowsAreNamedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let sheet = try folder.write("okrs.csv", Self.threeBadRows)
        let check = try OKRProcess.run(["import", sheet, "--check"])
        #expect(check.status == 2)
        let problemRows = check.stdout.split(separator: "\n").filter { $0.contains(": problem: ") }.map { $0.split(separator: ":")[0] }
        #expect(Set(problemRows) == ["row 3", "row 6", "row 8"], "\(check.stdout)")
        #expect(check.stdout.contains("row 6: problem: column \"confidence\": "))
        #expect(check.stdout.contains("row 4: O1.KR2 "))
        #expect(check.stdout.contains("Would write nothing"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["okrs.csv"])

        let refused = try OKRProcess.run(["import", sheet])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("okrs.csv:3: column \"key_result\": "))
        #expect(refused.stderr.contains("okrs.csv:6: column \"confidence\": "))
        #expect(refused.stderr.contains("okrs.csv:8: "))
        #expect(refused.stderr.contains("--skip-bad-rows"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["okrs.csv"])

        let skipping = try OKRProcess.run(["import", sheet, "--skip-bad-rows"])
        try #require(skipping.status == 0, "\(skipping.stderr)")
        #expect(skipping.stdout.contains("left out: rows 3, 6, 8"))
        let document = try DocumentStore(path: folder.path("okrs.json")).load()
        #expect(document.objectives.map { $0.keyResults.count } == [2, 2])
    }

    @Test func refusesToOverwriteADocumentOrTheSource() throws {
        let folder = try TemporaryFolder()
        let sheet = try folder.write("okrs.csv", Self.threeBadRows)
        let existing = try folder.write("okrs.json", "{\"schemaVersion\": 1}\n")
        let refused = try OKRProcess.run(["import", sheet, "--skip-bad-rows"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists; add --force"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "{\"schemaVersion\": 1}\n")

        let onSource = try OKRProcess.run(["import", sheet, "--skip-bad-rows", "--output", sheet, "--force"])
        #expect(onSource.status == 2)
        #expect(onSource.stderr.contains("is the file being imported"))
        #expect(try String(contentsOfFile: sheet, encoding: .utf8) == Self.threeBadRows)

        let forced = try OKRProcess.run(["import", sheet, "--skip-bad-rows", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try DocumentStore(path: existing).load().objectives.count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["okrs.csv", "okrs.json"], "no lock or temporary file is left")
    }

    @Test func aSheetWithoutTeamOrPeriodSaysWhatToPass() throws {
        let folder = try TemporaryFolder()
        let sheet = try folder.write("plain.csv", "Objective,Key result\nStores reorder alone,Raise app orders from 120 to 400 stores\n")
        let result = try OKRProcess.run(["import", sheet])
        #expect(result.status == 2)
        #expect(result.stderr.contains("pass --team NAME"))
        #expect(result.stderr.contains("pass --period"))
        #expect(try OKRProcess.run(["import", sheet, "--team", "Supply", "--period", "2027-Q1"]).status == 0)
    }

    @Test func theSourcesEndingChoosesTheReader() throws {
        let folder = try TemporaryFolder()
        let sheet = try folder.write("okrs.txt", "Objective,Key result\nA,Raise B from 1 to 2\n")
        let unknown = try OKRProcess.run(["import", sheet, "--team", "T", "--period", "2027-Q1"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("--format"))
        #expect(try OKRProcess.run(["import", sheet, "--format", "csv", "--team", "T", "--period", "2027-Q1"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path("okrs.json")))
    }
}
