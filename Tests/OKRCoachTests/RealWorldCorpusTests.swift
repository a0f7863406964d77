import OKRCoach
import OKRModel
import Testing

/// How fair the coach is on OKRs real teams published (issue 12): the share of its findings a
/// coach labelled fair (precision), the share of must-fire labels it raised (recall), and no
/// error on anything that can be checked at the end of the period. The figures are printed.
@Suite("Real-world corpus")
struct RealWorldCorpusTests {
    let coach = Coach.builtin()

    @Test func corpusIsLargeAndVaried() throws {
        let corpus = try RealWorldCorpus.load()
        print("real-world corpus: \(corpus.sets.count) sets, \(corpus.keyResultCount) key results, organisations: \(corpus.organisations.sorted().joined(separator: ", "))")
        #expect(corpus.keyResultCount >= 150)
        #expect(corpus.organisations.count >= 8)
        #expect(Set(corpus.sets.map(\.kind)).count >= 3)
        let catalog = Set(coach.catalog.map(\.id))
        for set in corpus.sets {
            for labels in set.labels.values {
                let unknown = labels.must.union(labels.fair).subtracting(catalog)
                #expect(unknown.isEmpty, "unknown rule ids in \(set.source): \(unknown)")
            }
        }
    }

    @Test func precisionRecallAndNoErrorOnVerifiableItems() throws {
        let corpus = try RealWorldCorpus.load()
        var findings = 0, fair = 0, must = 0, raised = 0
        var unfair: [String] = [], missed: [String] = [], wrongErrors: [String] = []
        var perRule: [String: (fired: Int, unfair: Int, must: Int, missed: Int)] = [:]
        for set in corpus.sets {
            let found = coach.review(set.document)
            var firedOn: [String: Set<String>] = [:]
            for finding in found {
                firedOn[finding.target, default: []].insert(finding.rule)
                findings += 1
                let labels = set.labels[finding.target] ?? RealWorldCorpus.Labels()
                let ok = labels.must.contains(finding.rule) || labels.fair.contains(finding.rule)
                perRule[finding.rule, default: (0, 0, 0, 0)].fired += 1
                if ok {
                    fair += 1
                } else {
                    perRule[finding.rule, default: (0, 0, 0, 0)].unfair += 1
                    unfair.append("\(finding.rule) on \(text(of: finding.target, in: set.document))")
                }
                if finding.severity == .error, let shape = set.shapes[finding.target], shape != "vague", shape != "activity" {
                    wrongErrors.append("\(finding.rule) on a \(shape): \(text(of: finding.target, in: set.document))")
                }
            }
            for (target, labels) in set.labels {
                for rule in labels.must {
                    must += 1
                    perRule[rule, default: (0, 0, 0, 0)].must += 1
                    if firedOn[target]?.contains(rule) == true {
                        raised += 1
                    } else {
                        perRule[rule, default: (0, 0, 0, 0)].missed += 1
                        missed.append("\(rule) on \(text(of: target, in: set.document))")
                    }
                }
            }
        }
        let precision = Double(fair) / Double(max(findings, 1))
        let recall = Double(raised) / Double(max(must, 1))
        print("real-world corpus: precision \(fair)/\(findings) = \(percent(precision)); recall \(raised)/\(must) = \(percent(recall)); errors on verifiable items \(wrongErrors.count)")
        for (rule, n) in perRule.sorted(by: { $0.key < $1.key }) {
            print("  \(rule): fired \(n.fired), unfair \(n.unfair); must \(n.must), missed \(n.missed)")
        }
        for line in unfair.sorted() { print("  unfair: \(line)") }
        for line in missed.sorted() { print("  missed: \(line)") }
        for line in wrongErrors { print("  error on a verifiable item: \(line)") }
        #expect(precision >= 0.9)
        #expect(recall >= 0.85)
        #expect(wrongErrors.isEmpty)
    }

    private func text(of target: String, in document: Document) -> String {
        if let o = document.objectiveIndex(id: target) { return "\(target) \"\(document.objectives[o].title)\"" }
        if let at = document.keyResultIndex(id: target) {
            return "\(target) \"\(document.objectives[at.objective].keyResults[at.keyResult].statement)\""
        }
        return "\(document.team): \(target)"
    }

    private func percent(_ value: Double) -> String {
        "\(Int((value * 1000).rounded()) / 10).\(Int((value * 1000).rounded()) % 10)%"
    }
}
