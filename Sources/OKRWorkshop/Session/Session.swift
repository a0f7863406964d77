import OKRCoach
import OKRModel

/// The workshop conversation as a pure state machine: feed it events, get back
/// effects to carry out. It holds the draft and where the conversation is;
/// it never reads the clock, the terminal or the disk, so every turn can be
/// tested by feeding lines and checking what it says and saves.
public struct Session: Sendable {
    public internal(set) var document: Document
    public internal(set) var step: Step
    /// Where to go back to once an `/edit` (and any coaching it starts) is done.
    var returnTo: Step?
    /// One entry per change, newest last, for `/undo` and `/back`.
    var history: [Snapshot] = []
    /// The text the last question put in the line editor (a draft to revise, an answer `/back` offers again).
    var prefill: String?
    /// Time spent per stage, for the timeboxes and `/time`.
    var clock = WorkshopClock()
    let script: WorkshopScript
    let coach: Coach
    let fileName: String
    let isNew: Bool
    /// Today as `YYYY-MM-DD`, to read dates like "by March" and to suggest a period.
    let today: String?
    /// Defaults offered for the team and period questions (`--team`, `--period`).
    let suggestedTeam: String?
    let periodSuggestion: String?
    /// Which conversation this is; a carry-over becomes the workshop once every item is decided.
    public internal(set) var mode: SessionMode
    /// The `workshop` member's fields as loaded: each kind of session updates only its own place in it.
    let bookmark: [JSONMember]
    /// A check-in or retrospective picked up where an earlier session of the same date stopped.
    let resumed: Bool
    /// The document this team's objectives contribute to, when one was given (`--parent`).
    let parent: Parent?
    /// In a carry-over, the old period's document: its items are walked, and each decision is written into it.
    public internal(set) var previous: Document?

    /// What a change replaced, so it can be undone.
    struct Snapshot: Sendable {
        var document: Document
        var step: Step
        var returnTo: Step?
        var previous: Document?
        var mode: SessionMode
        /// The line that made the change, offered again by `/back`.
        var answer: String
        var what: String
    }

    public init(
        document: Document, fileName: String, isNew: Bool, script: WorkshopScript, coach: Coach, today: String?,
        suggestedTeam: String? = nil, suggestedPeriod: String? = nil, mode: SessionMode = .workshop, parent: Parent? = nil,
        previous: Document? = nil
    ) {
        self.previous = previous
        self.parent = parent
        self.suggestedTeam = suggestedTeam
        self.periodSuggestion = suggestedPeriod
        self.document = document.withoutWorkshopNote()
        self.fileName = fileName
        self.isNew = isNew
        self.script = script
        self.coach = coach
        self.today = today
        self.mode = mode
        bookmark = document.bookmark
        switch mode {
        case .checkIn, .retro:
            let saved = Step.savedPlace(of: mode, in: document)
            resumed = saved != nil
            if case .retro = mode {
                step = saved ?? Session.firstRetroStep(of: document)
            } else {
                step = saved ?? Session.firstCheckInStep(of: document)
            }
        case .carryOver:
            resumed = false
            step = Session.carryStep(saved: Step.saved(in: document), previous: previous, isNew: isNew)
                ?? Step.saved(in: document) ?? Session.resumePoint(of: document)
        case .workshop:
            resumed = false
            // A carry-over's place means nothing without the old document: the workshop goes on from the draft.
            let saved = Step.saved(in: document).flatMap { step -> Step? in
                if case .carry = step { return nil }
                return step
            }
            step = saved ?? Session.resumePoint(of: document)
        }
    }

    /// Handles one event and returns what to do, in order. Every save carries the
    /// question asked next, so a reopened draft resumes exactly there.
    /// `now` (seconds on a monotonic clock) runs the timeboxes; without it there is no clock.
    public mutating func handle(_ event: Event, at now: Double? = nil) -> [Effect] {
        if let now { clock.pass(to: now, on: stage(of: step)) }
        let before = (document, resumeStep)
        let previousBefore = previous
        var effects = react(to: event)
        // A carry-over's decisions (and their undoing) are written into the old document too.
        if let previous, previous != previousBefore { effects.insert(.saveSource(previous), at: 0) }
        if now != nil, mode == .workshop, let ask = effects.lastIndex(where: { $0.question != nil }) {
            effects.insert(contentsOf: timeboxNotice(), at: ask)
        }
        let next = resumeStep
        // Moving on is progress too: an empty answer that changes nothing still moves the saved place.
        if !effects.contains(where: \.isSave), next != before.1 || document != before.0, event != .start {
            effects.insert(.save(document), at: 0)
        }
        prefill = effects.last { $0.question != nil }?.question?.prefill
        return effects.map { effect in
            if case .save(let document) = effect { return .save(bookmarked(document, at: next)) }
            return effect
        }
    }

    /// The document with this session's place in it: the workshop's next question, or the check-in's
    /// or retrospective's (gone once it is complete).
    func bookmarked(_ document: Document, at next: Step) -> Document {
        switch mode {
        case .workshop, .carryOver: return document.noting(next, in: bookmark)
        case .checkIn, .retro: return document.noting(mode, at: next.isClosing ? nil : next, in: bookmark)
        }
    }

    /// The date a check-in runs on; nil in every other conversation.
    var checkInDate: String? {
        if case .checkIn(let date) = mode { return date }
        return nil
    }

    /// A draft reopened at a revise prompt shows again what the coach raised, so "revise the draft
    /// above" has something above it (issue 13, item 7).
    private func reminder() -> [Effect] {
        switch step {
        case .reviseObjective(let id), .reviseKeyResult(let id):
            return say(concerns(for: id))
        case .reviewSet(let id):
            return [.say(.info, script.text("keyresult", "set", ["id": id]))] + say(setConcerns(id))
        default:
            return []
        }
    }

    /// Where a reopened draft should continue: an edit in progress resumes at the question it interrupted.
    var resumeStep: Step {
        if case .edit = step { return returnTo ?? .objective }
        // A field reached by `/edit ID FIELD` is a detour: a reopened draft goes on where the person was.
        if let back = returnTo, step.isFieldQuestion { return back }
        return step
    }

    private mutating func react(to event: Event) -> [Effect] {
        switch event {
        case .start:
            switch mode {
            case .checkIn: return checkInStart()
            case .retro: return retroStart()
            case .carryOver: return carryOverStart()
            case .workshop: break
            }
            return greeting() + reminder() + ask(step, full: true)
        case .interrupted:
            return [.say(.hint, script.text("messages", "interrupted"))] + ask(step, full: false)
        case .endOfInput:
            return [.save(document), .quit]
        case .line(let raw):
            let line = raw.trimmingWhitespace()
            if line.hasPrefix("/") {
                return command(line)
            }
            // "Launch the handover app/show": a command typed after an untouched draft runs, and the
            // draft stays in the line (issue 13, item 5); it used to be saved as the answer.
            if let draft = prefill, !draft.isEmpty, line.hasPrefix(draft) {
                let typed = line.dropFirst(draft.count).trimmingWhitespace()
                if typed.hasPrefix("/"), case .success = SlashCommand.parse(typed) {
                    let asked = step
                    let effects = command(typed)
                    // Asked the same question again: the draft goes back into the line.
                    guard step == asked else { return effects }
                    return effects.map { effect in
                        guard case .ask(var question) = effect, question.prefill == nil else { return effect }
                        question.prefill = draft
                        return .ask(question)
                    }
                }
            }
            return answer(line)
        }
    }

    /// Completion candidates for the line typed so far: commands, then ids, rule ids or formats.
    public func completions(for line: String) -> [String] {
        Completions.candidates(for: line, document: document, ruleIDs: coach.catalog.map(\.id), answering: step,
                               hiding: mode.drafts ? [] : SlashCommand.draftingNames, parent: parent)
    }

    // MARK: - Changing the document

    /// Records the state before a change so `/undo` and `/back` can return to it.
    mutating func remember(_ answer: String, _ what: String) {
        history.append(Snapshot(document: document, step: step, returnTo: returnTo, previous: previous, mode: mode, answer: answer, what: what))
    }

    /// Moves on and asks the next question in full.
    mutating func go(to next: Step) -> [Effect] {
        // A carry-over whose last item was just modified reaches the workshop's "another" through the
        // edit's way back: every item is decided, so it hands over as the walk does.
        if case .carryOver = mode, next == .another { return carry(on: nil) }
        step = next
        return ask(next, full: true)
    }

    /// Ends an edit or a revision: back to where the person was, or on to `next`.
    mutating func finish(orContinueWith next: Step) -> [Effect] {
        if let back = returnTo {
            returnTo = nil
            return go(to: back)
        }
        return go(to: next)
    }

    var parseContext: ParseContext {
        ParseContext(period: document.period.isEmpty ? nil : document.period, today: today)
    }

    /// Findings at warning level or above for one item (`O1`, `O1.KR2`), leaving out rules about the whole set of key results.
    func concerns(for target: String) -> [Finding] {
        coach.review(document, about: target).filter { $0.severity >= .warning && !Session.setRules.contains($0.rule) }
    }

    /// Rules that judge an objective's key results together, raised when the list is complete.
    static let setRules: Set<String> = ["kr-count", "no-adoption-kr", "no-leading-indicator", "duplicate-kr"]

    /// The coach's findings as lines to say: the finding, then its question.
    func say(_ findings: [Finding]) -> [Effect] {
        findings.flatMap { finding in
            [Effect.say(.coach(finding.severity), "\(finding.target) · \(finding.message)"), .say(.coachQuestion, finding.question)]
        }
    }
}
