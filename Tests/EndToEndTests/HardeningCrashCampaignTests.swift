import Foundation
import OKRModel
import OKRTestSupport
import Testing

/// The crash campaign: a scripted workshop typed through a pseudo-terminal and
/// killed with SIGKILL at random moments — while an answer is typed, while it is
/// handled and saved, and while the next question waits. After every kill the
/// document on disk must load, validate and hold every acknowledged answer; the
/// next session takes over the lock, resumes at the right question and goes on.
///
/// An answer counts as acknowledged once the next prompt has appeared: the shell
/// saves before it asks. Kills: 1,000 with `OKR_CAMPAIGN=full`, the 200 with `ci`
/// (about 30 s), 20 otherwise. `OKR_SEED` replays a campaign's choices (not its timing).
@Suite("Hardening: crash campaign", .serialized)
struct HardeningCrashCampaignTests {
    struct Step {
        var label: String
        var answer: String
    }

    /// A whole workshop, two objectives, as a team would answer it.
    static let steps: [Step] = [
        Step(label: "Team", answer: "Field Service"),
        Step(label: "Period", answer: "2027-Q2"),
        Step(label: "Participants", answer: "Maya Chen, Tom Berg"),
        Step(label: "KPIs", answer: "First-time fix rate"),
        Step(label: "K1 now", answer: "72%"),
        Step(label: "K1 better (h/l)", answer: "h"),
        Step(label: "KPIs", answer: "Average travel time per visit"),
        Step(label: "K2 now", answer: ""),
        Step(label: "K2 better (h/l)", answer: "l"),
        Step(label: "KPIs", answer: ""),
        Step(label: "Purpose 1/3", answer: "Field engineers in the northern region"),
        Step(label: "Purpose 2/3", answer: "They fix more faults on the first visit and drive less"),
        Step(label: "Purpose 3/3", answer: "Fewer repeat visits in the ticket system"),
        Step(label: "O1 objective", answer: "Make every first visit the last one for our customers"),
        Step(label: "O1 type (c/a)", answer: "c"),
        Step(label: "O1 owner", answer: "Maya Chen"),
        Step(label: "O1 shared with", answer: "Dispatch"),
        Step(label: "O1 KPIs", answer: "K1"),
        Step(label: "O1 key result 1", answer: "Raise the first-time fix rate from 72% to 85% by 2027-06-30"),
        Step(label: "O1.KR1 owner", answer: "Tom Berg"),
        Step(label: "O1.KR1 confidence", answer: "7"),
        Step(label: "O1 key result 2", answer: "Raise the share of engineers who check van stock in the app before each visit from 20% to 90% by 2027-06-30"),
        Step(label: "O1.KR2 owner", answer: ""),
        Step(label: "O1.KR2 confidence", answer: ""),
        Step(label: "O1 key result 3", answer: ""),
        Step(label: "Next", answer: "y"),
        Step(label: "O2 objective", answer: "Give engineers back the hours they spend on the road"),
        Step(label: "O2 type (c/a)", answer: "a"),
        Step(label: "O2 owner", answer: ""),
        Step(label: "O2 shared with", answer: ""),
        Step(label: "O2 KPIs", answer: "K2"),
        Step(label: "O2 key result 1", answer: "Cut average travel time per visit from 48 to 35 minutes by 2027-06-30"),
        Step(label: "O2.KR1 owner", answer: "Maya Chen"),
        Step(label: "O2.KR1 confidence", answer: "5"),
        Step(label: "O2 key result 2", answer: "Raise the share of visits planned with the new route tool from 10% to 75% by 2027-06-30"),
        Step(label: "O2.KR2 owner", answer: ""),
        Step(label: "O2.KR2 confidence", answer: ""),
        // The route tool's share of planned visits is adoption, so the set has nothing to raise.
        Step(label: "O2 key result 3", answer: ""),
        Step(label: "Next", answer: ""),
        Step(label: "Done", answer: ""),
    ]

    static let timeout = 30.0
    static let environment = ["NO_COLOR": "1"]

    /// What the document on disk must be after `n` answers (`nil`: no file yet), and how long each answer took.
    struct Reference {
        var documents: [NSDictionary?]
        var latencies: [Double]

        /// The first number of answers whose document is `document`; a reopened session resumes there.
        func answers(giving document: NSDictionary?) -> Int? {
            documents.firstIndex { $0 == document }
        }
    }

    /// The document at `path` without its timestamps, numbers as doubles, for comparing by value.
    static func snapshot(_ path: String) throws -> NSDictionary? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let document = try JSONDocument.load(path)
        return NSDictionary(dictionary: JSONDocument.numbersAsDoubles(JSONDocument.timeless(document)) as! [String: Any])
    }

    static func prompt(_ terminal: PseudoTerminal, _ label: String) throws {
        try terminal.expect("\(label) ›", timeout: timeout)
    }

    /// One uninterrupted run: the document after every answer and the time each answer took.
    static func referenceRun() throws -> Reference {
        let room = try WorkshopTerminalTests.Room()
        let terminal = try room.open(environment: environment)
        var documents: [NSDictionary?] = []
        var latencies: [Double] = []
        var sent = Date()
        for (index, step) in steps.enumerated() {
            try prompt(terminal, step.label)
            if index > 0 { latencies.append(Date().timeIntervalSince(sent)) }
            documents.append(try snapshot(room.workDocument))
            sent = Date()
            terminal.send(step.answer + PseudoTerminal.Key.enter)
        }
        #expect(try terminal.waitForExit(timeout: timeout) == 0)
        latencies.append(Date().timeIntervalSince(sent))
        documents.append(try snapshot(room.workDocument))
        return Reference(documents: documents, latencies: latencies)
    }

    /// Where a kill landed.
    enum Moment: String, CaseIterable {
        case typing = "while an answer was typed"
        case handling = "after Enter, before the save"
        case saving = "inside a save (temporary file left)"
        case saved = "after the save, before the next prompt"
        case waiting = "at the next prompt"
        case exiting = "after the last answer, on the way out"
    }

    @Test func killedAtRandomMomentsEveryAcknowledgedAnswerSurvives() throws {
        let target = Campaign.count(quick: 20, ci: 200, full: 1000)
        let seed = SeededRandom.campaignSeed()
        var random = SeededRandom(seed: seed)
        let started = Date()
        let reference = try Self.referenceRun()
        try #require(reference.documents.last! != nil)

        var moments: [Moment: Int] = [:]
        var acknowledgedAtKills = 0
        var sessions = 0
        var completed = 0
        var schemaChecks = 0
        var kills = 0

        var room = try WorkshopTerminalTests.Room()
        var terminal = try room.open(environment: Self.environment)
        sessions += 1
        var position = 0
        try Self.prompt(terminal, Self.steps[0].label)

        while true {
            let step = Self.steps[position]
            let last = position == Self.steps.count - 1
            // Kill at about every third answer, so kills spread over the whole workshop; once
            // enough kills are done, finish the workshop without more.
            let killHere = kills < target && random.next() % 3 == 0
            if !killHere {
                terminal.send(step.answer + PseudoTerminal.Key.enter)
                if last {
                    #expect(try terminal.waitForExit(timeout: Self.timeout) == 0)
                    let final = try Self.snapshot(room.workDocument)
                    #expect(final == reference.documents.last!, "a finished workshop after kills differs from the uninterrupted one")
                    #expect(room.workFiles == ["okrs.json"], "files left: \(room.workFiles)")
                    try SchemaCheck.validate([room.workDocument])
                    completed += 1
                    if kills >= target { break }
                    room = try WorkshopTerminalTests.Room()
                    terminal = try room.open(environment: Self.environment)
                    sessions += 1
                    position = 0
                    try Self.prompt(terminal, Self.steps[0].label)
                } else {
                    try Self.prompt(terminal, Self.steps[position + 1].label)
                    position += 1
                }
                continue
            }

            // Kill somewhere in this answer.
            let mark = terminal.output.count
            let typing = !step.answer.isEmpty && random.next() % 6 == 0
            let latency = reference.latencies[position]
            if typing {
                let characters = Array(step.answer)
                let cut = Int(random.next() % UInt64(characters.count))
                terminal.send(String(characters[..<max(cut, 1)]))
                usleep(UInt32(random.next() % 20_000))
            } else {
                terminal.send(step.answer + PseudoTerminal.Key.enter)
                // Anywhere from at once to well past the next prompt.
                let delay = Double(random.next() % 1000) / 1000 * latency * 1.5
                usleep(UInt32(delay * 1_000_000))
            }
            terminal.signal(SIGKILL)
            let status = try terminal.waitForExit(timeout: Self.timeout)
            kills += 1
            let leftovers = room.workFiles.filter { $0.hasPrefix(".okrs.json.tmp-") }
            let acknowledged: Bool
            if last {
                acknowledged = status == 0
            } else {
                acknowledged = terminal.printed("\(Self.steps[position + 1].label) ›", since: mark)
            }
            #expect(status == 128 + SIGKILL || (last && status == 0), "kill \(kills): exit status \(status)")
            acknowledgedAtKills += position + (acknowledged ? 1 : 0)

            // The document holds every acknowledged answer and nothing half-done.
            let document = try Self.snapshot(room.workDocument)
            let possible = typing ? [position] : acknowledged ? [position + 1] : [position, position + 1]
            let matches = possible.filter { reference.documents[$0] == document }
            #expect(
                !matches.isEmpty,
                "kill \(kills) at answer \(position + 1) (\(step.label)): the document is none of the versions after answers \(possible); seed \(seed)"
            )
            if document != nil {
                _ = try DocumentStore(path: room.workDocument).load()
            }
            if kills % 10 == 0, document != nil {
                try SchemaCheck.validate([room.workDocument])
                schemaChecks += 1
            }

            let moment: Moment
            if typing {
                moment = .typing
            } else if !leftovers.isEmpty {
                moment = .saving
            } else if last {
                moment = document == reference.documents[position] && document != reference.documents[position + 1] ? .handling : .exiting
            } else if acknowledged {
                moment = .waiting
            } else if document == reference.documents[position + 1] && document != reference.documents[position] {
                moment = .saved
            } else {
                moment = .handling
            }
            moments[moment, default: 0] += 1

            // Reopen: the lock of the killed session is taken over and the workshop resumes where the document says.
            guard let resume = reference.answers(giving: document) else { break }
            // A session killed on its way out may have released its lock already.
            let lockLeft = room.workFiles.contains("okrs.json.lock")
            terminal = try room.open(environment: Self.environment)
            sessions += 1
            if lockLeft {
                try terminal.expect("took over the lock of an okr session (pid", timeout: Self.timeout)
            }
            position = min(resume, Self.steps.count - 1)
            try Self.prompt(terminal, Self.steps[position].label)
            let stray = room.workFiles.filter { $0.contains(".tmp-") }
            #expect(stray.isEmpty, "a reopened session left the killed one's temporary files: \(stray)")
        }

        let seconds = Int(Date().timeIntervalSince(started))
        var report = "crash campaign (\(Campaign.level), seed \(seed)): \(kills) kills in \(seconds) s over \(sessions) sessions, "
        report += "\(completed) workshops finished after kills; \(acknowledgedAtKills) answers acknowledged before the kills, all of them on disk after every kill; "
        report += "\(schemaChecks) documents checked against okr schema. Where the kills landed: "
        report += Moment.allCases.map { "\($0.rawValue) \(moments[$0, default: 0])" }.joined(separator: ", ")
        print(report)
        #expect(kills == target)
        #expect(completed >= 1)
    }
}
