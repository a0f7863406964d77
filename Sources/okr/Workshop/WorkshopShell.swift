#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LineEditing
import OKRCoach
import OKRExport
import OKRModel
import OKRWorkshop
import Synchronization

/// The imperative shell around a `Session`: reads lines, shows what the session
/// says, saves and exports what it asks for. The only part of the workshop
/// that touches the terminal and the disk.
final class WorkshopShell {
    private var session: Session
    private let store: DocumentStore
    /// A carry-over's old document, where its decisions are written (`okr next`).
    private let source: DocumentStore?
    private let coach: Coach
    private let input: LineInput
    private let style: TextStyle
    private let completer: SessionCompleter
    /// The bytes of the objectives the last save wrote: an autosave re-encodes only what changed.
    private let encodingCache = EncodingCache()
    /// The last save's error while saving fails; cleared by the next save that works.
    private var saveProblem: DocumentError?

    /// `saveProblem` is a reason saving is already known to fail, said before the session started.
    init(session: Session, store: DocumentStore, coach: Coach, noColor: Bool, saveProblem: DocumentError? = nil, source: DocumentStore? = nil) {
        self.session = session
        self.source = source
        self.saveProblem = saveProblem
        self.store = store
        self.coach = coach
        style = TextStyle.forStream(1, noColor: noColor)
        let completer = SessionCompleter(session)
        self.completer = completer
        input = LineInputFactory.make(LineInputOptions(
            programName: "okr",
            historyPath: LineHistory.defaultPath(),
            completer: { line in completer.candidates(for: line) },
            useColor: style.enabled
        ))
    }

    /// Runs the conversation to its end; the exit status is 0 unless the last save failed.
    func run() -> Int32 {
        // Ctrl-C while a line is edited is handled in-band by the editor; between
        // questions it must not kill a session the room has put an hour into.
        if input.isInteractive { signal(SIGINT, SIG_IGN) }
        defer { input.close() }
        var effects = session.handle(.start, at: Self.now())
        while true {
            var next: Event?
            for effect in effects {
                switch effect {
                case .say(let tone, let text):
                    show(tone, text)
                case .save(let document):
                    save(document)
                case .saveSource(let document):
                    if let source { save(document, to: source) }
                case .export(let format, let path):
                    export(format: format, to: path)
                case .ask(let question):
                    next = read(question)
                case .quit:
                    return finish()
                }
            }
            guard let event = next else { return finish() }
            effects = session.handle(event, at: Self.now())
            completer.update(session)
        }
    }

    /// Seconds on the monotonic clock, for the session's timeboxes: a change of the wall clock does not move them.
    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    // MARK: Reading

    private func read(_ question: Question) -> Event {
        let label = TextSafety.neutralise(question.label)
        // The default goes in as it is: it is what an empty line stores, and the line editor shows it made safe.
        let request = LineRequest(prompt: style.cyan(label) + style.dim(" ›") + " ", defaultValue: question.defaultValue, prefill: question.prefill)
        switch input.readLine(request) {
        case .line(let line):
            // Piped sessions get a readable transcript: the prompt and the answer on one line.
            if !input.isInteractive { Console.output("\(label) › \(TextSafety.neutralise(line))\n") }
            return .line(line)
        case .interrupted:
            return .interrupted
        case .endOfInput:
            return .endOfInput
        }
    }

    // MARK: Showing

    private func show(_ tone: Tone, _ text: String) {
        let width = max(input.columns - 1, 20)
        let (marker, indent): (String, String) = {
            switch tone {
            case .hint: return ("  ", "")
            case .coachQuestion: return ("  ", "  ")
            case .coach: return ("", "  ")
            default: return ("", "")
            }
        }()
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let safe = TextSafety.neutralise(String(line))
            lines += TextWrap.wrap(marker + decorate(tone) + safe, width: width, indent: indent)
        }
        if tone == .title || (tone == .question && input.isInteractive) { Console.output("\n") }
        Console.output(lines.map { paint(tone, $0) }.joined(separator: "\n") + "\n")
    }

    /// A symbol that says what kind of coaching line this is, readable without colour.
    private func decorate(_ tone: Tone) -> String {
        switch tone {
        case .coach(.error): return "✗ "
        case .coach(.warning): return "! "
        case .coach(.info): return "i "
        case .coachQuestion: return "→ "
        case .success: return "✓ "
        default: return ""
        }
    }

    private func paint(_ tone: Tone, _ line: String) -> String {
        switch tone {
        case .title, .question: return style.bold(line)
        case .hint: return style.dim(line)
        case .success: return style.green(line)
        case .coach(.error): return style.red(line)
        case .coach(.warning): return style.yellow(line)
        case .coach(.info), .coachQuestion: return style.cyan(line)
        case .info, .block: return line
        }
    }

    // MARK: Saving and exporting

    private func save(_ document: Document, to other: DocumentStore? = nil) {
        var stamped = document
        stamped.updatedAt = Timestamp.now()
        let store = other ?? self.store
        do {
            if other == nil { try store.save(stamped, reusing: encodingCache) } else { try store.save(stamped) }
            if saveProblem != nil {
                saveProblem = nil
                show(.success, "Saved again to \(store.path).")
            }
        } catch {
            if saveProblem == nil {
                show(.coach(.error), "\(error.description). Everything stays in memory and okr tries again after your next answer; /export json OTHER-PATH writes a copy elsewhere.")
            }
            saveProblem = error
        }
    }

    private func export(format: String, to given: String?) {
        guard let format = ExportFormat(rawValue: format) else { return }
        let text = Exporter.render(session.document, as: format, coach: coach)
        guard let given else {
            show(.block, text)
            return
        }
        // "~/okrs.md" as a shell would read it: the line editor hands over the text as typed.
        let home = getenv("HOME").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
        let path = given.hasPrefix("~/") ? (home.map { $0 + given.dropFirst() } ?? given) : given
        guard !store.isDocumentOrLock(path) else {
            let example = "okrs\(format == .json ? "-copy" : "").\(format.fileExtension)"
            show(.coach(.error), "\(TextSafety.neutralise(path)) is the document this workshop has open (or its lock file); nothing was written. Export to another file, e.g. /export \(format.rawValue) \(example).")
            return
        }
        var replacing = false
        if DocumentStore(path: path).exists() {
            guard case .line(let answer) = input.readLine(LineRequest(prompt: "\(TextSafety.neutralise(path)) exists. Replace it? (y/N) ")),
                  ["y", "yes"].contains(answer.lowercased())
            else {
                show(.info, "Left \(path) as it was.")
                return
            }
            replacing = true
        }
        do {
            try DocumentStore.write(text, to: path, replacing: replacing)
            show(.success, "Wrote \(path).")
        } catch {
            show(.coach(.error), error.description)
        }
    }

    /// After the last effect: a failed final save is said plainly and makes the exit status 1.
    private func finish() -> Int32 {
        guard let problem = saveProblem else { return 0 }
        show(.coach(.error), "\(problem.description). The latest answers are not on disk.")
        return 1
    }
}

/// Tab completion reads the session from inside the line editor's callback, so the snapshot sits behind a lock.
final class SessionCompleter: Sendable {
    private let session: Mutex<Session>

    init(_ session: Session) {
        self.session = Mutex(session)
    }

    func update(_ session: Session) {
        self.session.withLock { $0 = session }
    }

    func candidates(for line: String) -> [String] {
        session.withLock { $0.completions(for: line) }
    }
}
