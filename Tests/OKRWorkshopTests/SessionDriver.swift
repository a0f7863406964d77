import OKRCoach
import OKRModel
@testable import OKRWorkshop

/// Feeds a session lines the way the shell would and keeps what came back,
/// so tests read like a transcript: type, then check what was said, asked and saved.
struct SessionDriver {
    var session: Session
    private(set) var effects: [Effect] = []
    private(set) var saves: [Document] = []
    /// What a carry-over wrote into the old document.
    private(set) var sourceSaves: [Document] = []

    init(document: Document = Document(), isNew: Bool = true, script: WorkshopScript = .builtin(), checkInDate: String? = nil, mode: SessionMode? = nil, parent: Parent? = nil, previous: Document? = nil) {
        session = Session(document: document, fileName: "okrs.json", isNew: isNew, script: script, coach: .builtin(), today: "2026-11-27",
                          mode: mode ?? checkInDate.map { .checkIn(date: $0) } ?? .workshop, parent: parent, previous: previous)
        record(session.handle(.start))
    }

    mutating func type(_ line: String) {
        record(session.handle(.line(line)))
    }

    /// Types a line `at` seconds on the shell's clock, as the shell does, which runs the timeboxes.
    mutating func type(_ line: String, at time: Double) {
        record(session.handle(.line(line), at: time))
    }

    mutating func type(_ lines: [String]) {
        for line in lines { type(line) }
    }

    mutating func send(_ event: Event) {
        record(session.handle(event))
    }

    private mutating func record(_ new: [Effect]) {
        effects = new
        for case .save(let document) in new { saves.append(document) }
        for case .saveSource(let document) in new { sourceSaves.append(document) }
    }

    /// The question the session is waiting on now (always the last effect unless it quit).
    var asked: Question? {
        if case .ask(let question) = effects.last { return question }
        return nil
    }

    var said: [String] {
        effects.compactMap { effect in
            if case .say(_, let text) = effect { return text }
            return nil
        }
    }

    var saidText: String { said.joined(separator: "\n") }

    var coachRules: [String] {
        effects.compactMap { effect in
            if case .say(.coach, let text) = effect { return text }
            return nil
        }
    }

    var quit: Bool { effects.last == .quit }

    var document: Document { session.document }
}

/// The answers of a typical first session, up to the first objective: nobody named in the room,
/// one KPI with where it stands and which way is good for it.
let openingAnswers = [
    "Store Operations", "2027-Q1", "",
    "Stock-out rate on top-100 items", "4.2%", "l", "",
    "Store managers in our regional stores",
    "They order stock in minutes and spend the time with customers",
    "Most orders go through the app; shelves run empty less often",
]
