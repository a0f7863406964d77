import Testing

@testable import OKRImport

@Suite struct CSVColumnsTests {
    @Test(arguments: [
        ("Objective", CSVField.objective), ("GOAL", .objective), ("Goal Title", .objective), ("objective_title", .objective),
        ("KR", .keyResult), ("Key Result", .keyResult), ("key_result", .keyResult), ("Key-Results", .keyResult), ("Key Result Statement", .keyResult),
        ("Owner", .owner), ("KR Owner", .owner), ("Responsible", .owner), ("Objective Owner", .objectiveOwner),
        ("Target value", .target), ("TARGET", .target), ("Baseline", .baseline), ("Start value", .baseline),
        ("Due date", .due), ("Deadline", .due), ("Confidence level", .confidence), ("Unit of measure", .unit),
        ("Objective ID", .objectiveID), ("Objective #", .objectiveID), ("KR ID", .keyResultID), ("Quarter", .period), ("Team name", .team),
    ])
    func findsAFieldByAnyCommonSpelling(header: String, field: CSVField) {
        #expect(CSVField.named(header) == field)
    }

    @Test func everyExportColumnNamesItsField() {
        for field in CSVField.allCases { #expect(CSVField.named(field.name) == field) }
    }

    @Test func mapsAHeaderAndListsWhatItDoesNotRead() {
        let columns = CSVColumns(header: ["Goal", "KR", "Status", "Owner"])
        #expect(columns.index == [.objective: 0, .keyResult: 1, .owner: 3])
        #expect(columns.ignored == ["Status"])
        #expect(columns.problems.isEmpty)
    }

    @Test func theTeamsMappingWinsOverTheHeaderName() throws {
        let mappings = try CSVColumns.mappings("Theme=objective, Outcome=key result,Owner=objective_owner,Notes=ignore")
        let columns = CSVColumns(header: ["Theme", "Outcome", "Owner", "Notes"], mappings: mappings)
        #expect(columns.index == [.objective: 0, .keyResult: 1, .objectiveOwner: 2])
        #expect(columns.ignored == ["Notes"])
    }

    @Test func twoColumnsForOneFieldAreAProblemOnRowOne() {
        let columns = CSVColumns(header: ["Goal", "KR", "Owner", "KR Owner"])
        #expect(columns.problems.count == 1)
        #expect(columns.problems.first?.line == 1)
        #expect(columns.problems.first?.message.contains("\"Owner\" and \"KR Owner\"") == true)
    }

    @Test func saysWhichColumnIsMissingAndWhatTheHeaderHas() {
        let columns = CSVColumns(header: ["Theme", "Outcome"])
        #expect(columns.problems.count == 2)
        #expect(columns.problems.allSatisfy { $0.message.contains("\"Theme\", \"Outcome\"") })
    }

    @Test func aMappingThatNamesNoColumnIsAProblem() throws {
        let columns = CSVColumns(header: ["Goal", "KR"], mappings: try CSVColumns.mappings("Gaol=objective"))
        #expect(columns.problems.map(\.message).contains { $0.contains("\"Gaol\", but no column") })
    }

    @Test func refusesAMappingWithoutAFieldOkrReads() {
        #expect(throws: ImportProblem.self) { try CSVColumns.mappings("Goal") }
        #expect(throws: ImportProblem.self) { try CSVColumns.mappings("Goal=velocity") }
    }
}
