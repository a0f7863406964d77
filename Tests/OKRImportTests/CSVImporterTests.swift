import OKRModel
import Testing

@testable import OKRImport

@Suite struct CSVImporterTests {
    @Test func groupsRowsByObjectiveInFirstSeenOrderAndContinuesMergedCells() {
        let outcome = CSVImporter().read("""
            Team,Quarter,Goal,KR,Owner
            Supply,2027-Q1,B first,one,Ana
            ,,,two,Ben
            Supply,2027-Q1,A second,three,
            Supply,2027-Q1,B first,four,Chloé
            """)
        #expect(outcome.problems.isEmpty)
        let objectives = outcome.document.objectives
        #expect(objectives.map(\.title) == ["B first", "A second"])
        #expect(objectives.map { $0.keyResults.map(\.statement) } == [["one", "two", "four"], ["three"]])
        #expect(objectives[0].keyResults.map(\.id) == ["O1.KR1", "O1.KR2", "O1.KR3"])
        #expect(outcome.items.map(\.line) == [1, 2, 3, 4, 5])
    }

    /// A sheet's "Q2 2027" is the period okr can date, 2027-Q2; a name it cannot read stays as written.
    @Test(arguments: [("Q2 2027", "2027-Q2"), ("2027 q3", "2027-Q3"), ("H1/2027", "2027-H1"), ("2027-Q1", "2027-Q1"), ("Spring launch", "Spring launch")])
    func aPeriodCellIsReadInOkrsSpelling(_ cell: String, _ period: String) {
        let outcome = CSVImporter(team: "T").read("Quarter,Goal,KR\n\(cell),G,a\n\(cell),G,b\n")
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.document.period == period)
    }

    @Test func anObjectiveIdWinsOverItsText() {
        let outcome = CSVImporter(team: "T", period: "2027-Q1").read("objective_id,objective,key_result\nO7,Same words,a\nO9,Same words,b\nO7,,c\n")
        #expect(outcome.document.objectives.map(\.id) == ["O7", "O9"])
        #expect(outcome.document.objectives.map { $0.keyResults.count } == [2, 1])
    }

    @Test func aBadRowLeavesNoTrace() {
        let outcome = CSVImporter(team: "T", period: "2027-Q1").read("Goal,KR,Confidence\nOnly on a bad row,x,very\nGood,y,0.5\n")
        #expect(outcome.problems.map(\.line) == [2])
        #expect(outcome.problems.first?.column == "Confidence")
        #expect(outcome.document.objectives.map(\.title) == ["Good"])
    }

    @Test func anObjectivesCellsAgreeAcrossItsRows() {
        let outcome = CSVImporter(team: "T", period: "2027-Q1").read("Goal,KR,Objective Owner,Type\nG,a,Ana,committed\nG,b,,\nG,c,Ben,stretch\n")
        #expect(outcome.problems.map(\.line) == [4, 4])
        #expect(Set(outcome.problems.compactMap(\.column)) == ["Objective Owner", "Type"])
        #expect(outcome.document.objectives[0].owner == "Ana")
    }

    @Test func theTeamGivenWinsAndASheetOfTwoTeamsIsAProblemWithoutIt() {
        let sheet = "team,period,objective,key_result\nA,2027-Q1,G,x\nB,2027-Q1,G,y\n"
        let mixed = CSVImporter().read(sheet)
        #expect(mixed.problems.map(\.line) == [3])
        #expect(mixed.problems.first?.message.contains("--team") == true)
        let given = CSVImporter(team: "Both").read(sheet)
        #expect(given.problems.isEmpty)
        #expect(given.document.team == "Both")
        #expect(given.document.objectives[0].keyResults.count == 2)
    }

    @Test func readsNumbersAsPeopleTypeThemAndKeepsTheirUnit() {
        let outcome = CSVImporter(team: "T", period: "2027-Q1").read("Goal,KR,Baseline,Target,Confidence,Due\nG,x,\"1,200\",300,7,2027/03/31\nG,y,15%,80%,70%,2027-03-31 00:00\n")
        #expect(outcome.problems.isEmpty)
        let krs = outcome.document.objectives[0].keyResults
        #expect(krs.map(\.baseline) == [1200, 15])
        #expect(krs.map(\.target) == [300, 80])
        #expect(krs.map(\.unit) == [nil, "%"])
        #expect(krs.map(\.confidence) == [0.7, 0.7])
        #expect(krs.map(\.due) == ["2027-03-31", "2027-03-31"])
    }

    @Test func twoKeyResultsWithOneIdAreAProblem() {
        let outcome = CSVImporter(team: "T", period: "2027-Q1").read("objective,kr_id,key_result\nG,KR1,a\nH,KR1,b\n")
        #expect(outcome.problems.map(\.line) == [3])
        #expect(outcome.problems.first?.message.contains("row 2") == true)
    }

    @Test func kpisAreReadFromTheListOfTheDocumentsOrFromTheObjectives() {
        let listed = CSVImporter(team: "T", period: "2027-Q1").read("""
            objective,key_result,kpis,document_kpis
            G,x,K2 Orders (15%),"K1 Stock-outs (Top (100)) (4.2%, lower is better); K2 Orders (15%); K3 Calls (in calls/week)"
            """)
        #expect(listed.problems.isEmpty)
        #expect(listed.document.kpis == [
            KPI(id: "K1", name: "Stock-outs (Top (100))", unit: "%", current: 4.2, better: .lower),
            KPI(id: "K2", name: "Orders", unit: "%", current: 15),
            KPI(id: "K3", name: "Calls", unit: "calls/week"),
        ])
        #expect(listed.document.objectives[0].kpis == ["K2"])
        let named = CSVImporter(team: "T", period: "2027-Q1").read("Goal,KR,KPI\nG,x,Stock-out rate\nH,y,K4 Orders (1200 orders/month)\n")
        #expect(named.document.kpis.map(\.name) == ["Orders", "Stock-out rate"])
        #expect(named.document.kpis.map(\.id) == ["K4", "K5"])
        #expect(named.document.objectives.map(\.kpis) == [["K5"], ["K4"]])
    }

    @Test func parkingLotNotesKeepTheirOwnSpaces() {
        #expect(CSVCell.texts("one;   two  ; three") == ["one", "  two  ", "three"])
        #expect(CSVCell.names(" Ana, Jr. ;Ben;; ") == ["Ana, Jr.", "Ben"])
    }

    @Test func anEmptyFileSaysWhatASheetNeeds() {
        #expect(CSVImporter().read("").problems.first?.message.contains("header row") == true)
    }

    /// A large sheet is built in two halves side by side; whatever links the halves (an objective or
    /// key-result id in both, rows continuing the objective above at the split, cells that disagree
    /// across it, bad rows) must give the document, problems and items of a build in row order.
    @Test(arguments: 0..<12)
    func twoHalvesBuildWhatOneBuildDoes(_ variant: Int) {
        let header = "team,period,objective_id,objective,type,objective_owner,kr_id,key_result,target,due,confidence,document_kpis,kpis,notes,participants"
        var rows = (0..<2_000).map { i in
            [i == 0 ? "Supply" : "", i == 0 ? "2027-Q1" : "", "O\(i / 4)", "Objective \(i / 4 % 30)", "committed", "Ana",
             "K\(i)", "Grow \(i)", "5", "2027-03-31", "0.7", "", "", "", ""]
        }
        let m = rows.count / 2
        switch variant {
        case 0: break
        case 1: for i in m - 2...m + 3 { rows[i][2] = ""; rows[i][3] = "" }
        case 2: rows[m + 9][6] = "K3"
        case 3: rows[m + 5][0] = "Other"; rows[m + 6][4] = "aspirational"
        case 4: rows[m + 5][0] = "Supply"; rows[3][13] = "a; b"; rows[m + 7][13] = "b; c"; rows[m + 8][14] = "Ben, Ana"; rows[2][12] = "Revenue"; rows[m + 9][12] = "Revenue, Churn"
        case 5: rows[m + 2].removeLast(3); rows[m + 6][8] = "lots"; rows[m + 7][9] = "2027-13-45"
        case 6: for i in stride(from: 0, to: rows.count, by: 7) { rows[i][2] = "O\(i * 13 % 500)" }
        case 7: rows[m + 10][2] = ""; rows[m + 10][3] = "Objective 3"
        case 8: for i in rows.indices { rows[i][2] = "" }
        case 9: for i in rows.indices { rows[i][2] = ""; rows[i][3] = "Text \(i / 4)" }; for i in m - 1...m + 2 { rows[i][3] = "" }
        case 10: for i in m - 3..<rows.count { rows[i][2] = "O-last" }
        default: rows[0][0] = ""; rows[m + 4][0] = "Late"; rows[m + 5][11] = "Revenue"; for i in m - 2...m + 2 { rows[i] = Array(repeating: "", count: 15) }
        }
        let sheet = ([header] + rows.map { $0.joined(separator: ",") }).joined(separator: "\n")
        for importer in [CSVImporter(), CSVImporter(team: "T", period: "2027-Q1", listing: false)] {
            var oneCore = importer
            oneCore.parallelBytes = .max
            var twoHalves = importer
            twoHalves.parallelBytes = 0
            #expect(twoHalves.read(sheet) == oneCore.read(sheet))
        }
    }

    /// Quoted statements with line breaks, separators and doubled quotes, so the middle of the text
    /// may fall inside one: the halves are read and built side by side, and give what one reading
    /// from the start gives; a stray quote in the second half has the sheet read again from the start.
    @Test func aLargeSheetReadInHalvesGivesOneReadingsRowsAndProblems() {
        var rows = ["objective_id,objective,key_result,owner"]
        for n in 0..<20_000 {
            rows.append("O\(n / 4),Objective \(n / 4),\"Raise \"\"x\"\" from \(n),\nto \(n + 5)\",Ana")
        }
        var oneReading = CSVImporter(team: "T", period: "2027-Q1")
        oneReading.parallelBytes = .max
        var halves = oneReading
        halves.parallelBytes = 0
        let clean = rows.joined(separator: "\r\n") + "\r\n"
        #expect(Array(clean.utf8).withUnsafeBufferPointer { all in
            var reader = CSVReader.Rows(all)
            let header = reader.next()!.fields
            return halves.halves(reader, CSVColumns(header: header)) != nil
        }, "the halves are read side by side")
        #expect(halves.read(clean) == oneReading.read(clean))
        #expect(halves.read(clean).document.objectives.count == 5_000)
        var broken = rows
        broken[15_000] = "O3750,Objective 3750,stray \"quote,Ana"
        let bad = broken.joined(separator: "\r\n") + "\r\n"
        #expect(halves.read(bad) == oneReading.read(bad))
        #expect(halves.read(bad).problems.map(\.line) == [15_001])
    }
}
