import Foundation
import Testing
import OKRModel

/// The labelled OKRs of `Fixtures/corpus.txt`: each objective with its key
/// results and the rules that must fire on it (none for good ones).
struct LabelledCorpus {
    struct Entry {
        var field: String
        var objective: Objective
        /// Rules that must fire on the objective or its key results; empty for good ones.
        var expected: Set<String>
        var isGood: Bool
        var isFamous: Bool
    }

    var entries: [Entry] = []

    static func load() throws -> LabelledCorpus {
        let url = try #require(Bundle.module.url(forResource: "corpus", withExtension: "txt", subdirectory: "Fixtures"))
        return parse(try String(contentsOf: url, encoding: .utf8))
    }

    static func parse(_ text: String) -> LabelledCorpus {
        var corpus = LabelledCorpus()
        var field = ""
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("= ") {
                field = String(line.dropFirst(2))
            } else if line.hasPrefix("O "), let bar = line.firstIndex(of: "|") {
                let labels = Set(line[line.index(line.startIndex, offsetBy: 2)..<bar].split(separator: " ").map(String.init))
                let title = line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces)
                let id = "O\(corpus.entries.count + 1)"
                corpus.entries.append(Entry(
                    field: field, objective: Objective(id: id, title: title, sharedWith: ["Partner team"]),
                    expected: labels.subtracting(["good", "famous"]), isGood: labels.contains("good"), isFamous: labels.contains("famous")
                ))
            } else if line.hasPrefix("- ") {
                corpus.entries[corpus.entries.count - 1].objective.addKeyResult(KeyResult(statement: String(line.dropFirst(2))))
            }
        }
        return corpus
    }

    /// A one-objective document with the purpose answered, so only the objective's own rules speak.
    static func document(for entry: Entry) -> Document {
        Document(
            team: "Team", period: "2027-Q1",
            purpose: Purpose(who: "The people we serve", change: "They work differently", evidence: "We see it in use"),
            objectives: [entry.objective]
        )
    }
}
