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
        /// Turning each saved document into JSON bytes, timed apart (not added to the total):
        /// the rest of a save is the file system (write, fsync, rename, fsync of the folder).
        var encode: [Double] = []
        /// The same bytes written the same durable way (write, fsync, rename, fsync of the folder)
        /// by plain system calls right after each save: what the disk alone costs at that moment.
        var disk: [Double] = []
        /// Encoding time of all the saves of one answer, per answer.
        var encodePerAnswer: [Double] = []
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
        // As the shell: one cache for the saves, and one for the encoding timed apart.
        let saveCache = EncodingCache()
        let encodeCache = EncodingCache()
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
                try store.save(stamped, reusing: saveCache)
                samples.saves += 1
            }
            let saved = monotonicSeconds()
            var encodedThisAnswer = 0.0
            for case .save(let document) in effects {
                let start = monotonicSeconds()
                let bytes = DocumentEncoder.bytes(document, reusing: encodeCache)
                let encoded = monotonicSeconds()
                try AnswerLatency.durableWrite(bytes, folder: folder)
                samples.encode.append(encoded - start)
                encodedThisAnswer += encoded - start
                samples.disk.append(monotonicSeconds() - encoded)
            }
            samples.encodePerAnswer.append(encodedThisAnswer)
            samples.coach.append(handled - start)
            samples.save.append(saved - handled)
            samples.total.append(saved - start)
        }
        samples.bytes = (try? DocumentEncoder.text(store.load()).utf8.count) ?? 0
        return samples
    }

    /// Writes `bytes` to a temporary file, flushes it, renames it over `floor.json` and flushes the folder.
    static func durableWrite(_ bytes: [UInt8], folder: String) throws {
        let temporary = folder + "/.floor.json.tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchFailure(description: "cannot write in \(folder)") }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            guard n > 0 else { close(fd); throw BenchFailure(description: "cannot write in \(folder)") }
            written += n
        }
        fsync(fd)
        close(fd)
        rename(temporary, folder + "/floor.json")
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 {
            fsync(dir)
            close(dir)
        }
    }
}
