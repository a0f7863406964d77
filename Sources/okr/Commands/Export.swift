import ArgumentParser
import OKRCoach
import OKRExport
import OKRModel

/// `okr export`: a document in a form to share, on stdout or atomically into a file.
/// The rendering is `Exporter`'s; this command only reads, reviews and writes.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, not derived from the type name: deriving it costs a runtime type lookup at every start.
        commandName: "export",
        abstract: "Write a document as JSON, Markdown, CSV or YAML.",
        discussion: """
        Output goes to standard output unless --output names a file; that file is replaced atomically, \
        and only with --force if it exists. Markdown lists the coach's open errors and warnings under "To discuss".
        """
    )

    @Argument(help: "The okr document to export.")
    var file: String

    @Option(name: .shortAndLong, help: "Output format (default: from the --output file's ending, .md, .csv, .yaml or .yml; else json).")
    var format: ExportFormat?

    /// The format asked for, or the one the output file's ending names (`-o okrs.md` writes Markdown).
    var chosenFormat: ExportFormat {
        if let format { return format }
        let ending = output.flatMap { $0.split(separator: ".", omittingEmptySubsequences: false).last }?.lowercased()
        if ending == "yml" { return .yaml }
        return ExportFormat.allCases.first { $0.fileExtension == ending || $0.rawValue == ending } ?? .json
    }

    @Flag(help: "Add the coach's findings as a derived `findings` array (json only).")
    var withFindings = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    @Option(help: "A folder with edited copies of rules.txt and words.txt: the Markdown's \"To discuss\" in the facilitator's words.")
    var prompts: String?

    func validate() throws {
        if withFindings && chosenFormat != .json {
            throw ValidationError("--with-findings works with --format json only; Markdown always lists open findings, CSV and YAML have no place for them.")
        }
    }

    func run() throws {
        let coach = try Lint.coachOrExit(prompts: prompts)
        do {
            let document = try DocumentStore(path: file).load()
            let text = Exporter.render(document, as: chosenFormat, coach: coach, withFindings: withFindings)
            guard let output else {
                Console.output(text)
                return
            }
            // Hold the target's lock while writing so a running workshop on it is not overwritten.
            let lock = try DocumentStore(path: output).lock()
            defer { lock.release() }
            if let notice = lock.notice { Console.error(notice) }
            try DocumentStore.write(text, to: output, replacing: force)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
