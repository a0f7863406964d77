#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import OKRCoach
import OKRExport
import OKRModel

/// What one of lint's side-by-side jobs made: the documents reviewed, their texts made ready for
/// placing findings, or what the set raised across documents.
private enum LintJob: Sendable {
    case reviewed([(file: String, document: Document, findings: [Finding])])
    case texts([PointerLocator.LocatableText])
    case across([SetFinding])
}

/// `okr lint`: the coach's review of one or more documents, for people in a
/// terminal and for scripts and CI. It reports; it never changes a document.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, not derived from the type name: deriving it costs a runtime type lookup at every start.
        commandName: "lint",
        abstract: "Review documents against the coaching rules.",
        discussion: """
        A folder is read recursively: every *.json file in it that is an okr document joins the \
        set (others are skipped; --verbose lists them). Two documents or more are also reviewed \
        together, across teams. Exit status: 0 when no finding is an error (with --strict: no \
        warnings either), 1 when some are, 2 when a file cannot be read or is not a valid document.
        """
    )

    /// How findings are printed: `text`, one line per finding as compilers write them
    /// (`FILE:LINE:COL: warning: message [rule]`), so editors and CI jump to the line; `pretty`,
    /// grouped under each document and objective, for people; `json`; `sarif` for code scanning.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, pretty, json, sarif
    }

    @Argument(help: "The okr documents to review, or folders holding them.")
    var files: [String]

    @Flag(help: "List the JSON files in folders that are not okr documents.")
    var verbose = false

    @Option(name: .shortAndLong, help: "Output format (default: pretty on a terminal, text otherwise).")
    var format: Format?

    @Flag(help: "Fail on warnings too, not only on errors.")
    var strict = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    @Option(help: "A folder with edited copies of rules.txt and words.txt to use instead of the built-in ones.")
    var prompts: String?

    @Option(help: "The day to judge check-ins on, YYYY-MM-DD (default: today). Documents with check-ins get the outcome review as of then.")
    var date: String?

    func validate() throws {
        _ = try AsOfDate.resolve(date)
    }

    func run() throws {
        let coach = try Lint.coachOrExit(prompts: prompts)
        let asOf = try AsOfDate.resolve(date)
        let format = self.format ?? (isatty(1) != 0 ? .pretty : .text)
        // A report that places findings by line and column keeps the texts the documents were read
        // from, and has each text's layout made while the coach reviews (it does not depend on the findings).
        let placing = format == .text || format == .sarif
        let set = SetReader.read(files, verbose: verbose, keepingTexts: placing)
        let unreadable = set.unreadable
        let documents = set.documents
        let texts = set.texts
        // Documents read together are reviewed together too, side by side with the rest: what one
        // team's document cannot show.
        let jobs = ParallelChunks.map(count: 3, minimumPerChunk: 1, maximumThreads: 3) { range in
            range.map { job -> LintJob in
                if job == 1 { return .texts(texts.map(PointerLocator.LocatableText.init)) }
                if job == 2 { return .across(documents.count > 1 ? coach.review(set: documents) : []) }
                // Many small documents are reviewed on all processors; a large one is split by the coach itself.
                // The team's kept decisions are listed too, marked, and never counted for the exit status.
                return .reviewed(Array(ParallelChunks.map(count: documents.count, minimumPerChunk: 8) { range in
                    range.map { (documents[$0].file, documents[$0].document, coach.review(documents[$0].document, includingKept: true, asOf: asOf)) }
                }.joined()))
            }
        }.joined()
        var reviewed: [(file: String, document: Document, findings: [Finding])] = []
        var located: [PointerLocator.LocatableText] = []
        var across: [SetFinding] = []
        for job in jobs {
            switch job {
            case .reviewed(let list): reviewed = list
            case .texts(let list): located = list
            case .across(let list): across = list
            }
        }
        // Severities read in place, by index: a lazy walk copied every finding, and `allCases` is a new array each time.
        let severities = Severity.allCases
        var counts = [Int](repeating: 0, count: severities.count)
        var kept = 0
        for (_, _, findings) in reviewed {
            for i in findings.indices {
                if findings[i].kept { kept += 1 } else { counts[severities.firstIndex(of: findings[i].severity)!] += 1 }
            }
        }
        for finding in across { counts[severities.firstIndex(of: finding.severity)!] += 1 }
        // The report in pieces, written one after the other: joining them would copy it all once more.
        var pieces: [[UInt8]] = []
        switch format {
        case .json:
            pieces = Lint.jsonPieces(reviewed.map { ($0.file, $0.findings) }, across: across, counts: counts, unreadable: unreadable)
        case .sarif:
            pieces = [Lint.sarif(reviewed.map { ($0.file, $0.findings) }, across: across, texts: located, coach: coach)]
        case .text:
            let style = TextStyle.forStream(1, noColor: noColor)
            pieces = Lint.compilerPieces(reviewed.map { ($0.file, $0.findings) }, across: across, texts: located, style: style)
            pieces.append(Array((Lint.summary(counts: counts, kept: kept, files: reviewed.count) + "\n").utf8))
        case .pretty:
            let style = TextStyle.forStream(1, noColor: noColor)
            for (file, document, findings) in reviewed {
                pieces += Lint.textPieces(file: file, document: document, findings: findings, style: style)
            }
            if !across.isEmpty { pieces.append(Lint.textAcross(across, documents: reviewed.count, style: style)) }
            pieces.append(Array((Lint.summary(counts: counts, kept: kept, files: reviewed.count) + "\n").utf8))
        }
        for piece in pieces { Console.output(piece) }
        let failing = counts[2] > 0 || (strict && counts[1] > 0)
        // Everything is written: exit here rather than return, so the documents and findings are not
        // freed one object at a time just before the process ends (about 50 ms on a 40 MB document).
        processExit(!unreadable.isEmpty ? 2 : failing ? 1 : 0)
    }

    /// `coach(prompts:)` for a command: a folder that cannot be read is said on standard error, exit status 2.
    static func coachOrExit(prompts folder: String?) throws -> Coach {
        do {
            return try coach(prompts: folder)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// The built-in coach, or one with a facilitator's `rules.txt` / `words.txt` from `folder` laid over it.
    static func coach(prompts folder: String?) throws -> Coach {
        guard let folder else { return Coach.builtin() }
        return try Coach.load(overrides: PromptFolder.read(folder))
    }

    /// DESIGN.md's contract: `{"findings":[{file, rule, severity, failureMode, target, path, message, question}], "summary":{errors, warnings, infos}}`;
    /// a finding the team kept adds `"kept": true` and is not counted in the summary.
    /// Files that could not be read are listed after the summary, `"unreadable": [{file, message}]`, and
    /// counted in it, only when there are any (a script sees why the exit status is 2).
    static func json(_ reviewed: [(file: String, findings: [Finding])], across: [SetFinding] = [], counts: [Int],
                     unreadable: [(file: String, message: String)] = []) -> JSONValue {
        let findings: [JSONValue] = reviewed.flatMap { file, findings in
            findings.map { FindingJSON.encode($0, file: file) }
        }
        return .object([JSONMember("findings", .array(findings))] + reportEnd(across: across, counts: counts, unreadable: unreadable))
    }

    /// The members after the findings: what the set raised across documents (when it did), the summary
    /// and, when some files could not be read, which.
    private static func reportEnd(across: [SetFinding], counts: [Int], unreadable: [(file: String, message: String)]) -> [JSONMember] {
        let acrossMember = across.isEmpty ? [] : [JSONMember("across", .array(across.map(SetFindingJSON.encode)))]
        var summary = [
            JSONMember("errors", .number(Double(counts[2]))),
            JSONMember("warnings", .number(Double(counts[1]))),
            JSONMember("infos", .number(Double(counts[0]))),
        ]
        guard !unreadable.isEmpty else { return acrossMember + [JSONMember("summary", .object(summary))] }
        summary.append(JSONMember("unreadable", .number(Double(unreadable.count))))
        let files: [JSONValue] = unreadable.map { .object([JSONMember("file", .string($0.file)), JSONMember("message", .string($0.message))]) }
        return acrossMember + [JSONMember("summary", .object(summary)), JSONMember("unreadable", .array(files))]
    }

    /// `JSONWriter.prettyBytes(json(reviewed, counts:))`, byte for byte once joined, with the findings
    /// written in chunks on all processors: a large report took a quarter of a second on one.
    static func jsonPieces(_ reviewed: [(file: String, findings: [Finding])], across: [SetFinding], counts: [Int],
                           unreadable: [(file: String, message: String)]) -> [[UInt8]] {
        // Each finding by its file's place and its own: numbers, so listing them copies no text.
        let items: [(file: Int, finding: Int)] = reviewed.indices.flatMap { f in reviewed[f].findings.indices.map { (f, $0) } }
        guard !items.isEmpty else { return [JSONWriter.prettyBytes(json(reviewed, across: across, counts: counts, unreadable: unreadable))] }
        let chunks = ParallelChunks.map(count: items.count, minimumPerChunk: 2000) { range in
            var out: [UInt8] = []
            out.reserveCapacity(range.count * 480)
            // The file's findings are taken once per file, not once per finding.
            var current = -1
            var file = ""
            var findings: [Finding] = []
            for i in range {
                if items[i].file != current {
                    current = items[i].file
                    (file, findings) = reviewed[current]
                }
                JSONWriter.appendPadding(2, to: &out)
                FindingJSON.appendPretty(findings[items[i].finding], file: file, indent: 2, to: &out)
                out.append(contentsOf: i == items.count - 1 ? "\n".utf8 : ",\n".utf8)
            }
            return out
        }
        var tail = Array("  ]".utf8)
        for member in reportEnd(across: across, counts: counts, unreadable: unreadable) {
            tail.append(contentsOf: ",\n  \"\(member.key)\": ".utf8)
            JSONWriter.appendPretty(member.value, indent: 1, to: &tail)
        }
        tail.append(contentsOf: "\n}\n".utf8)
        return [Array("{\n  \"findings\": [\n".utf8)] + chunks + [tail]
    }

    /// One file's findings grouped under the document and each objective, the question indented below each;
    /// written in chunks on all processors, as the JSON report is; the pieces in order.
    static func textPieces(file: String, document: Document, findings: [Finding], style: TextStyle) -> [[UInt8]] {
        let head = Array((style.bold(TextSafety.neutralise(file)) + "\n").utf8)
        guard !findings.isEmpty else { return [head + ("  " + style.green("no findings") + "\n").utf8] }
        return [head] + groupedPieces(document: document, findings: findings, style: style)
    }

    /// The findings under a heading per objective (and the document), as `textPieces` lists them after the file's name.
    static func groupedPieces(document: Document, findings: [Finding], style: TextStyle) -> [[UInt8]] {
        // Each objective's place by id, the first one where ids repeat: looking each group up in the list was quadratic.
        let places = Dictionary(document.objectives.indices.map { (document.objectives[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let markers = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, marker($0, style)) })
        let chunks = ParallelChunks.map(count: findings.count, minimumPerChunk: 2000) { range in
            var out: [UInt8] = []
            out.reserveCapacity(range.count * 300)
            // A chunk continues the group of the finding before it.
            var group = range.lowerBound == 0 ? nil : objectiveID(findings[range.lowerBound - 1].target)
            for finding in findings[range] {
                let objectiveID = objectiveID(finding.target)
                if objectiveID != group {
                    group = objectiveID
                    let title = places[String(objectiveID)].map { " " + TextSafety.clip(document.objectives[$0].title, limit: 60) } ?? ""
                    out.append(utf8: "  " + style.bold(TextSafety.neutralise(String(objectiveID))) + title + "\n")
                }
                // Piece by piece: joining the pieces into one String first cost more than copying them.
                out.append(utf8: "    ")
                out.append(utf8: markers[finding.severity]!)
                out.append(utf8: " ")
                if objectiveID.endIndex != finding.target.endIndex {
                    out.append(utf8: neutralised(finding.target))
                    out.append(utf8: " ")
                }
                out.append(utf8: style.bold(finding.rule))
                if finding.kept { out.append(utf8: " " + style.dim("(kept by the team)")) }
                out.append(utf8: ": ")
                out.append(utf8: neutralised(finding.message))
                out.append(utf8: "\n            ")
                out.append(utf8: style.dim("? " + neutralised(finding.question)))
                out.append(utf8: "\n")
            }
            return out
        }
        return chunks
    }

    /// The objective a finding is grouped under: its target up to the first `.` (`O3` of `O3.KR1`;
    /// `document` and objective ids whole). Found by bytes in ASCII ids, by Characters in others,
    /// where a `.` followed by a combining mark is not a `.`.
    private static func objectiveID(_ target: String) -> Substring {
        let dot = target.utf8.allSatisfy { $0 < 0x80 } ? target.utf8.firstIndex(of: UInt8(ascii: ".")) : target.firstIndex(of: ".")
        return target[..<(dot ?? target.endIndex)]
    }

    /// `TextSafety.neutralise(text)`; printable ASCII has nothing to neutralise, and checking its bytes
    /// costs less than walking its scalars, which lint did for every finding's message and question.
    static func neutralised(_ text: String) -> String {
        // Read in place: a copy to call `withUTF8` on would retain and release storage that many findings share.
        let printable = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { (0x20...0x7E).contains($0) } }
        return printable == true ? text : TextSafety.neutralise(text)
    }

    /// Severity padded to one width so messages line up.
    static func marker(_ severity: Severity, _ style: TextStyle) -> String {
        let padded = severity.rawValue + String(repeating: " ", count: 7 - severity.rawValue.count)
        switch severity {
        case .error: return style.red(padded)
        case .warning: return style.yellow(padded)
        case .info: return style.cyan(padded)
        }
    }

    static func summary(counts: [Int], kept: Int, files: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let decisions = kept > 0 ? "; \(plural(kept, "finding")) kept by the team" : ""
        return "\(plural(counts[2], "error")), \(plural(counts[1], "warning")), \(plural(counts[0], "info")) in \(plural(files, "file"))" + decisions
    }
}

extension [UInt8] {
    /// Appends the text's UTF-8 bytes in one copy (appending its UTF-8 view goes byte by byte), read in
    /// place: `withUTF8` on a copy would retain and release storage that many findings share.
    mutating func append(utf8 text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }
}
