import ArgumentParser
import OKRCoach
import OKRExport
import OKRModel

/// `okr status` (named apart from the coach's `Status`): where each objective and key result stands as of a date, against where it should be,
/// then the outcome review. It reports; it never changes a document.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, not derived from the type name: deriving it costs a runtime type lookup at every start.
        commandName: "status",
        abstract: "Show progress, expected progress and status per key result, then the outcome review.",
        discussion: """
        Progress (0 to 1) is read from the latest check-in; expected progress is the share of the period \
        gone by (cut short by a key result's due date). Exit status: 0, or 2 when a file cannot be read or \
        is not a valid document.
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, markdown
    }

    @Argument(help: "The okr documents to show, or folders holding them.")
    var files: [String]

    @Flag(help: "List the JSON files in folders that are not okr documents.")
    var verbose = false

    @Option(help: "The day to judge on, YYYY-MM-DD (default: today).")
    var date: String?

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .text

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    @Option(help: "A folder with edited copies of rules.txt and words.txt to use instead of the built-in ones.")
    var prompts: String?

    func validate() throws {
        _ = try AsOfDate.resolve(date)
    }

    func run() throws {
        let coach = try Lint.coachOrExit(prompts: prompts)
        let asOf = try AsOfDate.resolve(date)
        var reports: [StatusJSON.Report] = []
        var findings: [(file: String, findings: [Finding])] = []
        // Files and folders, read as `okr lint` reads them.
        let set = SetReader.read(files, verbose: verbose)
        for entry in set.documents {
            let (file, document) = (entry.file, entry.document)
            let (scores, reviewed) = coach.status(document, asOf: asOf, includingKept: true)
            if scores.period == nil, !document.objectives.isEmpty {
                Console.error("\(file): the period \"\(TextSafety.clip(document.period, limit: 30))\" gives no dates okr can read "
                              + "(such as 2027-Q1, 2027-H2 or 2027), so expected progress is left out.")
            }
            reports.append((file, document, scores))
            findings.append((file, reviewed))
        }
        let unreadable = !set.unreadable.isEmpty
        switch format {
        case .json:
            for piece in StatusJSON.pieces(asOf: asOf, reports: reports, findings: findings) { Console.output(piece) }
        case .markdown:
            Console.output(zip(reports, findings).map { report, reviewed in
                StatusMarkdown.page(file: report.file, document: report.document, scores: report.scores, findings: reviewed.findings)
            }.joined(separator: "\n"))
        case .text:
            let style = TextStyle.forStream(1, noColor: noColor)
            var pieces: [[UInt8]] = [Array((style.dim(StatusText.legend) + "\n").utf8)]
            for (report, reviewed) in zip(reports, findings) {
                let lines = StatusText(style: style).lines(file: report.file, document: report.document, scores: report.scores)
                pieces.append(Array(("\n" + lines.joined(separator: "\n") + "\n\n  " + style.bold("Review") + "\n").utf8))
                pieces += reviewed.findings.isEmpty
                    ? [Array(("  " + style.green("nothing to raise") + "\n").utf8)]
                    : Lint.groupedPieces(document: report.document, findings: reviewed.findings, style: style)
            }
            for piece in pieces { Console.output(piece) }
        }
        // Everything is written: exit rather than return, as lint does (freeing a 186 MB document with
        // its check-ins one object at a time took a tenth of okr status's time).
        processExit(unreadable ? 2 : 0)
    }
}
