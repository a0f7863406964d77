import ArgumentParser
import LineEditing
import OKRCoach
import OKRModel
import OKRWorkshop

/// `okr workshop` (and `okr` alone): the guided, coached conversation that drafts a team's OKRs.
struct Workshop: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, not derived from the type name: deriving it costs a runtime type lookup at every start.
        commandName: "workshop",
        abstract: "Draft OKRs with the coach, step by step (the default command).",
        discussion: """
        Creates FILE if it is missing and resumes where it stopped if it is there. Every answer \
        is saved at once. Type /help in the workshop for its commands; Ctrl-D or /quit saves and leaves.
        """
    )

    @Argument(help: "The document to create or resume.")
    var file: String = "okrs.json"

    @Option(help: "The team name to suggest.")
    var team: String?

    @Option(help: "The period to suggest, e.g. 2027-Q1.")
    var period: String?

    @Option(help: "The document this team's objectives contribute to (default: company.json or parent.json beside FILE).")
    var parent: String?

    @Option(help: "A folder with edited copies of the prompt files (workshop.txt, rules.txt, words.txt).")
    var prompts: String?

    @Flag(name: .customLong("no-color"), help: "Never use colour.")
    var noColor = false

    func run() throws {
        let store = DocumentStore(path: file)
        let exists = store.exists()
        // `okr lnit` must not quietly start a document called "lnit".
        if !exists, !file.hasSuffix(".json") {
            let suggestion = CommandSuggestion.nearest(to: file).map { " Did you mean `okr \($0)`?" } ?? ""
            Console.error("'\(TextSafety.clip(file, limit: 40))' is neither a command nor an existing document.\(suggestion) See `okr --help`; to start a new document, give it a .json name.")
            throw ExitCode(64)
        }
        try Workshop.exitingOnFileErrors {
            let texts = try prompts.map(PromptFolder.read) ?? [:]
            let script = try WorkshopScript.load(override: texts["workshop.txt"])
            let coach = try Coach.load(overrides: texts)
            let (lock, unsaveable) = try Workshop.lock(store)
            defer { lock?.release() }
            let document = exists ? try store.load() : Document(createdAt: Timestamp.now())
            let today = String(Timestamp.now().prefix(10))
            let session = Session(
                document: document, fileName: file, isNew: !exists, script: script, coach: coach, today: today,
                suggestedTeam: team, suggestedPeriod: period, parent: try parentDocument().map(Parent.init)
            )
            let shell = WorkshopShell(session: session, store: store, coach: coach, noColor: noColor, saveProblem: unsaveable)
            let status = shell.run()
            if status != 0 { throw ExitCode(status) }
        }
    }

    /// The parent document: `--parent`, else a `company.json` or `parent.json` beside the document
    /// (never the document itself).
    func parentDocument() throws(DocumentError) -> Document? {
        if let parent { return try DocumentStore(path: parent).load() }
        let folder = file.contains("/") ? String(file[...file.lastIndex(of: "/")!]) : ""
        for name in ["company.json", "parent.json"] {
            let store = DocumentStore(path: folder + name)
            guard store.exists(), !store.isDocumentOrLock(file) else { continue }
            return try store.load()
        }
        return nil
    }

    /// Runs `body`; a document or prompt file that cannot be read or saved is said on standard
    /// error, exit status 2, as every conversation (workshop, check-in) reports it.
    static func exitingOnFileErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DocumentError {
            Console.error(error.description)
            throw ExitCode(2)
        } catch let error as PromptFileError {
            Console.error(error.description)
            throw ExitCode(2)
        } catch let error as PromptFolderError {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }

    /// Takes the document's lock. Where no lock file can be made (a read-only folder) no
    /// document can be saved either: the workshop still runs, from memory, says so once,
    /// and hands the reason on so the shell does not say it again at the first save.
    static func lock(_ store: DocumentStore) throws(DocumentError) -> (DocumentLock?, DocumentError?) {
        do {
            let lock = try store.lock()
            if let notice = lock.notice { Console.error(notice) }
            return (lock, nil)
        } catch {
            guard case .cannotLock = error else { throw error }
            Console.error("\(error.description). okr cannot save here: your answers stay in memory; use /export json PATH to keep them elsewhere.")
            return (nil, error)
        }
    }
}
