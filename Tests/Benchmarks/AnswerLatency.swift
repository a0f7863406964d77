#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OKRCoach
import OKRModel
import OKRWorkshop

/// Times what the workshop shell does for every answer: `Session.handle(.line)`
/// (the coach's review included), then a durable `DocumentStore.save` of each
/// document the session asks to save, stamped as the shell stamps it.
struct AnswerLatency {
    struct Samples {
        var total: [Double] = []
        var coach: [Double] = []
        var save: [Double] = []
        var saves = 0
        var bytes = 0
    }

    let objectives: Int
    let keyResults: Int
    let answers: Int
    let folder: String

    /// Drafts one more objective at a time on a document of `objectives` × `keyResults`,
    /// answering whatever the session asks as a team would; each drafted objective
    /// starts again from the original document, so its size stays put.
    func run() throws -> Samples {
        var generator = DocumentGenerator(seed: 50)
        let base = generator.document(objectives: objectives, keyResults: keyResults)
        let store = DocumentStore(path: folder + "/okrs.json")
        try store.save(base)
        let coach = Coach.builtin()
        let script = WorkshopScript.builtin()
        var samples = Samples()
        var session = Session(document: base, fileName: "okrs.json", isNew: false, script: script, coach: coach, today: "2026-11-27")
        _ = session.handle(.start)
        var drafted = 0
        var statementKind = 0
        while samples.total.count < answers {
            let line: String
            switch session.step {
            case .another:
                if drafted > 0 {
                    // Start over from the original document (not timed).
                    session = Session(document: base, fileName: "okrs.json", isNew: false, script: script, coach: coach, today: "2026-11-27")
                    _ = session.handle(.start)
                    drafted = 0
                }
                line = "y"
            case .objective:
                line = generator.objectiveTitle()
                drafted += 1
            case .reviseObjective, .reviseKeyResult, .reviewSet:
                line = ""
            case .sharedWith:
                line = "Supply Planning, Finance"
            case .linkKPIs:
                line = "K1"
            case .keyResult(let id):
                let count = session.document.objectives.first { $0.id == id }?.keyResults.count ?? 0
                if count >= 4 {
                    line = ""
                } else {
                    line = generator.statement(kind: statementKind % DocumentGenerator.statementKinds)
                    statementKind += 1
                }
            case .detail(_, let field):
                switch field {
                case .baseline: line = "12"
                case .target: line = "30"
                default: line = "2027-03-31"
                }
            default:
                line = ""
            }
            let start = monotonicSeconds()
            let effects = session.handle(.line(line))
            let handled = monotonicSeconds()
            for case .save(let document) in effects {
                var stamped = document
                stamped.updatedAt = Timestamp.now()
                try store.save(stamped)
                samples.saves += 1
            }
            let saved = monotonicSeconds()
            samples.coach.append(handled - start)
            samples.save.append(saved - handled)
            samples.total.append(saved - start)
        }
        samples.bytes = (try? DocumentEncoder.text(store.load()).utf8.count) ?? 0
        return samples
    }
}
