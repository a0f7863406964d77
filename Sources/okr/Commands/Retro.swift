import ArgumentParser
import OKRCoach
import OKRModel
import OKRWorkshop

/// `okr retro`: the end-of-period retrospective, in the workshop's engine (autosave, resume,
/// /back, /undo, /park). The room grades each key result before okr shows its score.
struct RetroCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retro",
        abstract: "Grade the period's key results and say what each objective taught.",
        discussion: """
        For each key result the team says its grade (0.0 to 1.0, or 0 to 10) before okr shows the \
        score its check-ins give; the final grade and why are kept in the document. Then, per \
        objective, what the team learned and will do differently. It ends by reading the grades: \
        committed key results are expected at 1.0, aspirational ones at about 0.7. \
        `okr export FILE --format markdown` writes the minutes.
        """
    )

    @Argument(help: "The document to grade.")
    var file: String = "okrs.json"

    @Option(help: "The date the scores are read on, YYYY-MM-DD (default: today; never after the period's end).")
    var date: String?

    @Option(help: "A folder with edited copies of the prompt files (workshop.txt, rules.txt, words.txt).")
    var prompts: String?

    @Flag(name: .customLong("no-color"), help: "Never use colour.")
    var noColor = false

    func validate() throws {
        _ = try AsOfDate.resolve(date)
    }

    func run() throws {
        let store = DocumentStore(path: file)
        try Workshop.requireDocument(store, file, "Run `okr workshop \(TextSafety.clip(file, limit: 80))` to write it.")
        try Workshop.converse(about: file, mode: .retro(date: try AsOfDate.resolve(date)), prompts: prompts, noColor: noColor)
    }
}
