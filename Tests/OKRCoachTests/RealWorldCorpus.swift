import Foundation
import OKRModel

/// The real published OKRs of `Fixtures/realworld.txt`, each set as one document, every item
/// with the rules a coach says must fire (`+rule`) and those that would be fair (`?rule`),
/// and every key result with the shape a coach reads in it. The file's header says the format.
struct RealWorldCorpus {
    struct Labels {
        var must: Set<String> = []
        var fair: Set<String> = []
    }

    struct LabelledSet {
        var document: Document
        var kind: String
        var source: String
        /// By target: `document`, an objective id, or a key result id.
        var labels: [String: Labels] = [:]
        /// By key result id: measure, milestone, constraint, activity or vague.
        var shapes: [String: String] = [:]
    }

    var sets: [LabelledSet] = []

    static func load() throws -> RealWorldCorpus {
        guard let url = Bundle.module.url(forResource: "realworld", withExtension: "txt", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try parse(String(contentsOf: url, encoding: .utf8))
    }

    struct FormatError: Error, CustomStringConvertible {
        var line: Int
        var text: String
        var description: String { "realworld.txt:\(line): cannot read \"\(text)\"" }
    }

    static let shapes: Set<String> = ["measure", "milestone", "constraint", "activity", "vague"]

    static func parse(_ text: String) throws -> RealWorldCorpus {
        var corpus = RealWorldCorpus()
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let bar = line.firstIndex(of: "|")
            let head = String(line[..<(bar ?? line.endIndex)]).split(separator: " ").map(String.init)
            let body = bar.map { line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces) } ?? ""
            func labels(_ words: ArraySlice<String>) -> Labels {
                var l = Labels()
                for word in words {
                    if word.hasPrefix("+") { l.must.insert(String(word.dropFirst())) }
                    if word.hasPrefix("?") { l.fair.insert(String(word.dropFirst())) }
                }
                return l
            }
            switch head.first {
            case "=":
                let fields = line.dropFirst().split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                guard fields.count >= 4 else { throw FormatError(line: n + 1, text: line) }
                let period = fields[1] == "?" ? "" : fields[1]
                let document = Document(
                    team: fields[0], period: period,
                    purpose: Purpose(who: "The people we serve", change: "They work differently", evidence: "We see it in use"))
                corpus.sets.append(LabelledSet(document: document, kind: fields[2], source: fields[3]))
            case "D":
                guard !corpus.sets.isEmpty else { throw FormatError(line: n + 1, text: line) }
                corpus.sets[corpus.sets.count - 1].labels["document"] = labels(head.dropFirst())
            case "O":
                guard !corpus.sets.isEmpty, bar != nil else { throw FormatError(line: n + 1, text: line) }
                let s = corpus.sets.count - 1
                let id = corpus.sets[s].document.addObjective(Objective(title: body))
                corpus.sets[s].labels[id] = labels(head.dropFirst())
            case "-":
                guard let s = corpus.sets.indices.last, let o = corpus.sets[s].document.objectives.indices.last,
                      head.count >= 2, shapes.contains(head[1]) else { throw FormatError(line: n + 1, text: line) }
                let id = corpus.sets[s].document.objectives[o].addKeyResult(KeyResult(statement: body))
                corpus.sets[s].labels[id] = labels(head.dropFirst(2))
                corpus.sets[s].shapes[id] = head[1]
            default:
                throw FormatError(line: n + 1, text: line)
            }
        }
        return corpus
    }

    var keyResultCount: Int { sets.reduce(0) { $0 + $1.shapes.count } }
    /// Who published each set: the owner of a `github:owner/repo:path` source, or a web address's host.
    var organisations: Set<String> {
        Set(sets.map { set in
            let source = set.source
            if source.hasPrefix("github:") { return String(source.dropFirst(7).prefix { $0 != "/" }) }
            return String(source.split(separator: "/").dropFirst().first ?? Substring(source))
        })
    }
}
