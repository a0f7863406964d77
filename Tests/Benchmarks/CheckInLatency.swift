import OKRCoach
import OKRModel
import OKRWorkshop

/// Times a check-in answer as the shell handles it: `Session.handle(.line)` on a check-in session,
/// then a durable `DocumentStore.save` of what it asks to save. The document is `objectives` ×
/// `keyResults` with `history` check-ins on every key result already, as a team has by the end of a
/// quarter of weekly check-ins; each round checks in every key result and KPI on a new date.
struct CheckInLatency {
    let objectives: Int
    let keyResults: Int
    let history: Int
    let answers: Int
    let folder: String

    struct Samples {
        var total: [Double] = []
        var handle: [Double] = []
        var encode: [Double] = []
        var bytes = 0
    }

    func run() throws -> Samples {
        var generator = DocumentGenerator(seed: 51)
        var document = generator.document(objectives: objectives, keyResults: keyResults)
        let ids = document.objectives.flatMap { $0.keyResults.map(\.id) }
        for week in 0..<history {
            let date = CheckInLatency.date(week)
            for (i, id) in ids.enumerated() {
                document.updateCheckIn(of: id, on: date) {
                    $0.value = Double(10 + week * 3 + i % 7)
                    $0.confidence = 0.5
                    $0.note = week % 4 == 0 ? "Waiting for the supplier's data" : nil
                }
            }
        }
        let store = DocumentStore(path: folder + "/checkin.json")
        try store.save(document)
        var samples = Samples()
        let saveCache = EncodingCache()
        let encodeCache = EncodingCache()
        var round = history
        var session = CheckInLatency.session(document, on: CheckInLatency.date(round))
        while samples.total.count < answers {
            let line: String
            switch session.step {
            case .checkInValue(let id):
                let milestone = session.document.objectives.lazy.flatMap(\.keyResults).first { $0.id == id }?.isMilestone ?? false
                line = milestone ? (round % 2 == 0 ? "n" : "y") : String(20 + round + (ids.firstIndex(of: id) ?? 0) % 9)
            case .checkInConfidence: line = "6"
            case .checkInNote: line = samples.total.count % 5 == 0 ? "Two regions live" : ""
            case .kpiBetter: line = "h"
            case .kpiReading: line = "4.1"
            case .observation: line = "More stores order in the app"
            default:
                // The round is over: the next date, from the document as saved (not timed).
                round += 1
                session = CheckInLatency.session(session.document, on: CheckInLatency.date(round))
                continue
            }
            let before = session.step
            let start = monotonicSeconds()
            let effects = session.handle(.line(line))
            let handled = monotonicSeconds()
            for case .save(let saved) in effects {
                var stamped = saved
                stamped.updatedAt = Timestamp.now()
                try store.save(stamped, reusing: saveCache)
            }
            samples.total.append(monotonicSeconds() - start)
            samples.handle.append(handled - start)
            for case .save(let saved) in effects {
                let encoding = monotonicSeconds()
                samples.bytes = DocumentEncoder.bytes(saved, reusing: encodeCache).count
                samples.encode.append(monotonicSeconds() - encoding)
            }
            guard session.step != before else { throw BenchFailure(description: "the check-in refused \"\(line)\" at \(before)") }
        }
        return samples
    }

    /// Weekly dates from 2027-01-04, as `YYYY-MM-DD`.
    static func date(_ week: Int) -> String {
        let day = 4 + 7 * week
        let months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        var rest = day
        while rest > months[month % 12] {
            rest -= months[month % 12]
            month += 1
        }
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "2027-\(two(month % 12 + 1))-\(two(rest))"
    }

    static func session(_ document: Document, on date: String) -> Session {
        var session = Session(document: document, fileName: "checkin.json", isNew: false, script: .builtin(), coach: .builtin(),
                              today: date, mode: .checkIn(date: date))
        _ = session.handle(.start)
        return session
    }
}
