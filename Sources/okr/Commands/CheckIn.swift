import ArgumentParser
import OKRCoach
import OKRModel
import OKRWorkshop

/// `okr checkin`: where each key result and KPI stands on a date. A conversation by default (the
/// workshop's engine: autosave, resume, /back, /undo); with `--value`, `--confidence` or `--note`,
/// a scripted check-in for teams whose numbers come from a pipeline.
struct CheckIn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkin",
        abstract: "Check in: where each key result and KPI stands today, and what the team sees.",
        discussion: """
        Without --value, --confidence or --note, asks for each key result's value (done or not yet \
        for a milestone), the team's confidence (0-10) and a note, then each KPI's value and what \
        the team sees of its purpose's evidence. Every answer is saved at once; a check-in that \
        stopped is picked up where it stopped. With them, records those entries and exits: 0 when \
        saved, 2 when an id is unknown or a value cannot be read (the document is then unchanged).
        """
    )

    @Argument(help: "The document to check in.")
    var file: String = "okrs.json"

    @Option(help: "The date of the check-in, YYYY-MM-DD (default: today).")
    var date: String?

    @Option(name: .customLong("value"), help: ArgumentHelp("ID=VALUE: a key result's or KPI's value (done or not-done for a milestone).", valueName: "ID=VALUE"))
    var values: [String] = []

    @Option(name: .customLong("confidence"), help: ArgumentHelp("ID=SHARE: the team's confidence, 0 to 1.", valueName: "ID=SHARE"))
    var confidences: [String] = []

    @Option(name: .customLong("note"), help: ArgumentHelp("ID=TEXT: what is blocking or helped.", valueName: "ID=TEXT"))
    var notes: [String] = []

    @Option(help: "A folder with edited copies of the prompt files (workshop.txt, rules.txt, words.txt).")
    var prompts: String?

    @Flag(name: .customLong("no-color"), help: "Never use colour.")
    var noColor = false

    func validate() throws {
        if let date, !CalendarDate.isValid(date) {
            throw ValidationError("--date \(TextSafety.clip(date, limit: 30)) is not a date; write it like 2027-02-15.")
        }
    }

    func run() throws {
        let store = DocumentStore(path: file)
        try Workshop.requireDocument(store, file, "Check in on a drafted one, or run `okr workshop \(TextSafety.clip(file, limit: 80))` to write it.")
        let day = date ?? Workshop.today
        let scripted = ScriptedCheckIn(date: day, values: values, confidences: confidences, notes: notes)
        guard !scripted.isEmpty else {
            return try Workshop.converse(about: file, mode: .checkIn(date: day), prompts: prompts, noColor: noColor)
        }
        try Workshop.exitingOnFileErrors { try record(scripted, in: store) }
    }

    /// All of a scripted check-in or nothing: every problem is said, and the document is left as it was.
    private func record(_ scripted: ScriptedCheckIn, in store: DocumentStore) throws {
        let lock = try store.lock()
        defer { lock.release() }
        if let notice = lock.notice { Console.error(notice) }
        switch scripted.apply(to: try store.load()) {
        case .failure(let problems):
            for message in problems.messages { Console.error("\(TextSafety.clip(file, limit: 80)): \(message)") }
            Console.error("\(TextSafety.clip(file, limit: 80)): nothing was recorded.")
            throw ExitCode(2)
        case .success(var outcome):
            outcome.document.updatedAt = Timestamp.now()
            try store.save(outcome.document)
            if Session.period(outcome.document.period, contains: scripted.date) == false {
                Console.error("\(scripted.date) is outside \(TextSafety.neutralise(outcome.document.period)); the check-in is kept with that date.")
            }
            let counts = [(outcome.keyResults, "key result"), (outcome.kpis, "KPI")].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
            Console.error("Checked in \(counts.joined(separator: " and ")) on \(scripted.date) in \(TextSafety.clip(file, limit: 80)).")
        }
    }
}
