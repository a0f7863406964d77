import ArgumentParser
import OKRCoach
import OKRModel
import OKRWorkshop

/// `okr next`: the next period's document, decided item by item from this one (keep, modify, drop),
/// then the workshop for anything new. The old document keeps a note of every decision.
struct Next: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Plan the next period: keep, modify or drop each objective and key result.",
        discussion: """
        Writes a new document for PERIOD (default name: FILE's with the period, e.g. okrs-2027-Q2.json). \
        Kept key results start from their last value; check-ins stay behind; purpose, participants and \
        KPIs (at their latest values) come along. Each decision, and why an item was dropped, is noted \
        in FILE. Then the workshop goes on in the new document. Refuses to write over a document, \
        except to pick up a carry-over from FILE that stopped.
        """
    )

    @Argument(help: "The document of the period that ends.")
    var file: String

    @Option(help: "The next period, e.g. 2027-Q2.")
    var period: String

    @Option(help: "The new document (default: FILE's name with the period).")
    var output: String?

    @Option(help: "A folder with edited copies of the prompt files (workshop.txt, rules.txt, words.txt).")
    var prompts: String?

    @Flag(name: .customLong("no-color"), help: "Never use colour.")
    var noColor = false

    func validate() throws {
        guard !period.trimmingWhitespace().isEmpty else { throw ValidationError("--period needs the next period, e.g. 2027-Q2.") }
    }

    /// `okrs.json` → `okrs-2027-Q2.json`; a name already ending in the old period has it replaced.
    func outputPath(oldPeriod: String) -> String {
        if let output { return output }
        let base = file.hasSuffix(".json") ? String(file.dropLast(5)) : file
        let safe = period.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" }
        if !oldPeriod.isEmpty, base.hasSuffix(oldPeriod) { return String(base.dropLast(oldPeriod.count)) + String(safe) + ".json" }
        return base + "-" + String(safe) + ".json"
    }

    /// The period after a plain one: 2027-Q4 → 2028-Q1, 2027-H1 → 2027-H2, 2027 → 2028; nil for others.
    static func following(_ period: String) -> String? {
        let parts = period.split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
        if parts.count == 1 { return String(year + 1) }
        guard parts.count == 2, let kind = parts[1].first, let n = Int(parts[1].dropFirst()) else { return nil }
        let count = kind == "Q" ? 4 : kind == "H" ? 2 : 0
        guard count > 0, (1...count).contains(n) else { return nil }
        return n == count ? "\(year + 1)-\(kind)1" : "\(year)-\(kind)\(n + 1)"
    }

    func run() throws {
        let source = DocumentStore(path: file)
        try Workshop.requireDocument(source, file, "Give the document of the period that ends.")
        try Workshop.exitingOnFileErrors {
            let words = try Workshop.Words(prompts)
            let (sourceLock, _) = try Workshop.lock(source)
            defer { sourceLock?.release() }
            let old = try source.load()
            guard period.trimmingWhitespace() != old.period else {
                Console.error("\(TextSafety.clip(file, limit: 80)) is already for \(TextSafety.neutralise(old.period)); give the period that follows it, e.g. --period \(Next.following(old.period) ?? "2027-Q2").")
                throw ExitCode(2)
            }
            let path = outputPath(oldPeriod: old.period)
            let store = DocumentStore(path: path)
            guard !source.isDocumentOrLock(path) else {
                Console.error("\(TextSafety.clip(path, limit: 80)) is the document being carried over; give another --output.")
                throw ExitCode(2)
            }
            let exists = store.exists()
            let (lock, unsaveable) = try Workshop.lock(store)
            defer { lock?.release() }
            var document = Session.nextPeriod(of: old, period: period)
            if exists {
                document = try store.load()
                guard Session.isCarryOverUnderWay(document, from: old) else {
                    Console.error("\(TextSafety.clip(path, limit: 80)) already exists, and okr never writes over a document. Open it with `okr workshop \(TextSafety.clip(path, limit: 80))`, or give another --output.")
                    throw ExitCode(2)
                }
            } else {
                document.createdAt = Timestamp.now()
            }
            let session = Session(
                document: document, fileName: path, isNew: !exists, script: words.script, coach: words.coach,
                today: Workshop.today, mode: .carryOver(from: file), previous: old
            )
            try Workshop.converse(session, store: store, coach: words.coach, noColor: noColor, saveProblem: unsaveable, source: source)
        }
    }
}
