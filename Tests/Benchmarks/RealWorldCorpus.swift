#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import OKRCoach
import OKRModel

/// The objectives of the real-world corpus (`Tests/OKRCoachTests/Fixtures/realworld.txt`, published
/// OKRs in teams' own words), read at run time so the lint benchmark follows the corpus as it grows:
/// generated statements are more regular than real ones and raise fewer, shorter findings.
struct RealWorldCorpus {
    static let relativePath = "Tests/OKRCoachTests/Fixtures/realworld.txt"

    /// Each objective's title and its key results' statements, in corpus order; labels are left out.
    let objectives: [(title: String, statements: [String])]

    /// The corpus beside this source file's repository, else under the current folder.
    static func locate() throws -> String {
        let repository = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(3).joined(separator: "/"))
        let candidates = [repository + "/" + relativePath, relativePath]
        guard let found = candidates.first(where: { access($0, R_OK) == 0 }) else {
            throw BenchFailure(description: "no real-world corpus at \(candidates.joined(separator: " or ")); run okr-bench from the okr repository")
        }
        return found
    }

    /// Reads `= … | …` sets, `O LABELS | title` and `- SHAPE LABELS | statement` lines; `#` comments, `D` lines and blanks are skipped.
    init(path: String) throws {
        guard let file = fopen(path, "rb") else { throw BenchFailure(description: "cannot read \(path)") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while case let n = fread(&buffer, 1, buffer.count, file), n > 0 { bytes += buffer[0..<n] }
        var objectives: [(title: String, statements: [String])] = []
        for (number, raw) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard let kind = line.first, kind == "O" || kind == "-" else { continue }
            guard let bar = line.firstIndex(of: "|") else {
                throw BenchFailure(description: "\(path):\(number + 1): an objective or key result line needs `LABELS | text`")
            }
            let text = String(line[line.index(after: bar)...].drop { $0 == " " })
            if kind == "O" {
                objectives.append((text, []))
            } else if objectives.isEmpty {
                throw BenchFailure(description: "\(path):\(number + 1): a key result before any objective")
            } else {
                objectives[objectives.count - 1].statements.append(text)
            }
        }
        guard !objectives.isEmpty else { throw BenchFailure(description: "\(path) holds no objectives") }
        self.objectives = objectives
    }

    /// `count` objectives: the corpus's, repeated in order and numbered on, each key result read as
    /// the workshop reads a statement; team, period and purpose as `DocumentGenerator` sets them.
    func document(objectives count: Int) -> Document {
        // Each corpus statement is read once; the repeats copy the result.
        let templates = objectives.map { objective in
            objective.statements.map { statement in
                let parsed = KeyResultParser.parse(statement, context: DocumentGenerator.context)
                return KeyResult(
                    statement: statement, metric: parsed.metric, baseline: parsed.baseline, target: parsed.target,
                    unit: parsed.unit, direction: parsed.direction, due: parsed.due
                )
            }
        }
        var document = DocumentGenerator.workshopDocument()
        document.objectives.reserveCapacity(count)
        for n in 0..<count {
            let c = n % objectives.count
            var objective = Objective(id: "O\(n + 1)", title: objectives[c].title)
            objective.keyResults = templates[c]
            for k in objective.keyResults.indices { objective.keyResults[k].id = "O\(n + 1).KR\(k + 1)" }
            document.objectives.append(objective)
        }
        return document
    }
}
