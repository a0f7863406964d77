import OKRCoach
import OKRModel
import Testing

/// Detection and false alarms of the coach on the labelled corpus.
@Suite("Labelled corpus")
struct CorpusTests {
    let coach = Coach.builtin()

    @Test func corpusIsLargeAndVaried() throws {
        let corpus = try LabelledCorpus.load()
        #expect(corpus.entries.count >= 60)
        #expect(Set(corpus.entries.map(\.field)).count >= 8)
        let labelled = Set(corpus.entries.flatMap(\.expected))
        let catalog = Set(coach.catalog.map(\.id))
        #expect(labelled.isSubset(of: catalog), "unknown rule ids in the corpus: \(labelled.subtracting(catalog))")
    }

    @Test func detectionAndFalseAlarms() throws {
        let corpus = try LabelledCorpus.load()
        var labelledPairs = 0
        var detected = 0
        var misses: [String] = []
        var good = 0
        var goodWithAlarm = 0
        var alarms: [String] = []
        for entry in corpus.entries {
            let findings = coach.review(LabelledCorpus.document(for: entry))
            let fired = Set(findings.map(\.rule))
            for rule in entry.expected.sorted() {
                labelledPairs += 1
                if fired.contains(rule) { detected += 1 } else { misses.append("\(entry.objective.title) — \(rule)") }
            }
            if entry.isGood {
                good += 1
                let loud = findings.filter { $0.severity >= .warning }
                if !loud.isEmpty {
                    goodWithAlarm += 1
                    alarms += loud.map { "\(entry.objective.title) — \($0.rule) on \($0.target)" }
                }
            }
        }
        let detection = Double(detected) / Double(labelledPairs)
        let falseAlarms = Double(goodWithAlarm) / Double(good)
        print("corpus: \(corpus.entries.count) objectives; detection \(detected)/\(labelledPairs) = \(percent(detection)); good OKRs with a warning or error \(goodWithAlarm)/\(good) = \(percent(falseAlarms))")
        for miss in misses { print("  missed: \(miss)") }
        for alarm in alarms { print("  false alarm: \(alarm)") }
        #expect(detection >= 0.9)
        #expect(falseAlarms <= 0.1)
    }

    @Test func famousObjectivesNeverGetAnError() throws {
        let corpus = try LabelledCorpus.load()
        let famous = corpus.entries.filter(\.isFamous)
        #expect(famous.count >= 2)
        for entry in famous {
            let errors = coach.review(LabelledCorpus.document(for: entry)).filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(entry.objective.title): \(errors.map(\.rule))")
        }
    }

    private func percent(_ value: Double) -> String {
        "\(Int((value * 1000).rounded()) / 10).\(Int((value * 1000).rounded()) % 10)%"
    }
}
