import OKRCoach
import Testing
@testable import OKRWorkshop

@Suite("Workshop: the script in prompts/")
struct WorkshopScriptTests {
    @Test func overridesChangeOnlyWhatTheyName() throws {
        let script = try WorkshopScript.load(override: "[team]\nquestion = Who is in the room today?\n")
        #expect(script.text("team", "question") == "Who is in the room today?")
        #expect(script.text("period", "label") == "Period")
        let driver = SessionDriver(script: script)
        #expect(driver.said.contains("Who is in the room today?"))
    }

    @Test func typosInACopyAreReported() {
        #expect(throws: PromptFileError.self) { try WorkshopScript.load(override: "[teem]\nquestion = x\n") }
        do {
            _ = try WorkshopScript.load(override: "# mine\n[team]\nquestoin = x\n")
        } catch {
            #expect(error.description == "workshop.txt:2: [team] has no key \"questoin\"")
        }
    }

    @Test func placeholdersAreFilled() {
        #expect(PromptFile.fill("{id} key result {number}", ["id": "O2", "number": "3"]) == "O2 key result 3")
    }
}
