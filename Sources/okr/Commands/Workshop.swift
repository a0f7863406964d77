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
            let words = try Words(prompts)
            let (lock, unsaveable) = try Workshop.lock(store)
            defer { lock?.release() }
            let document = exists ? try store.load() : Document(createdAt: Timestamp.now())
            let session = Session(
                document: document, fileName: file, isNew: !exists, script: words.script, coach: words.coach, today: Workshop.today,
                suggestedTeam: team, suggestedPeriod: period, parent: try parentDocument().map(Parent.init)
            )
            try Workshop.converse(session, store: store, coach: words.coach, noColor: noColor, saveProblem: unsaveable)
        }
    }

    /// Today as `YYYY-MM-DD` (UTC).
    static var today: String { String(Timestamp.now().prefix(10)) }

    /// The prompt files a conversation speaks with: the built-in ones, or a facilitator's copies laid over them.
    struct Words {
        let texts: [String: String]
        let script: WorkshopScript
        let coach: Coach

        init(_ folder: String?) throws {
            texts = try folder.map(PromptFolder.read) ?? [:]
            script = try WorkshopScript.load(override: texts["workshop.txt"])
            coach = try Coach.load(overrides: texts)
        }
    }

    /// Runs `session` in the terminal until it ends; a last save that failed exits with its status.
    static func converse(_ session: Session, store: DocumentStore, coach: Coach, noColor: Bool, saveProblem: DocumentError?,
                         source: DocumentStore? = nil) throws {
        let status = WorkshopShell(session: session, store: store, coach: coach, noColor: noColor, saveProblem: saveProblem, source: source).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// A conversation about an existing document (a check-in, a retrospective), under its lock.
    static func converse(about file: String, mode: SessionMode, prompts: String?, noColor: Bool) throws {
        let store = DocumentStore(path: file)
        try exitingOnFileErrors {
            let words = try Words(prompts)
            let (lock, unsaveable) = try Workshop.lock(store)
            defer { lock?.release() }
            let session = Session(
                document: try store.load(), fileName: file, isNew: false, script: words.script, coach: words.coach,
                today: today, mode: mode
            )
            try converse(session, store: store, coach: words.coach, noColor: noColor, saveProblem: unsaveable)
        }
    }

    /// A conversation about an existing document (check-in, retrospective): a missing one is said, with what to run instead, exit 2.
    static func requireDocument(_ store: DocumentStore, _ file: String, _ instead: String) throws {
        guard !store.exists() else { return }
        Console.error("\(TextSafety.clip(file, limit: 80)): no such document. \(instead)")
        throw ExitCode(2)
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
