import ArgumentParser
import OKRCoach
import OKRImport
import OKRModel

/// `okr import`: OKRs kept elsewhere (a spreadsheet) as an okr document. The readers are pure
/// (`OKRImport`); this command picks one by the source's ending, completes every key result from its
/// statement, reviews the result with the coach, and writes it only when nothing is wrong, through the
/// document store: never over the source, never over an existing document without `--force`.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read OKRs from a spreadsheet (CSV), a wiki page (Markdown) or YAML into an okr document.",
        discussion: """
        The source's ending picks the reader (.csv or .tsv, .md, .yaml or .yml), or --format. \
        In a sheet, columns are found by their headers (objective, key result, owner, target, baseline, due, \
        confidence…, in any case, with spaces or underscores, and common names such as Goal or KR); \
        --columns names the others. A row with a problem stops the import, and nothing is written, \
        unless --skip-bad-rows leaves such rows out. --check lists what each row gives and every \
        problem, by row and column, and writes nothing. Exit status: 0 when imported (or, with \
        --check, when it would be), 2 when the source cannot be read, has problems or the output \
        exists, 64 for a wrong option.
        """
    )

    @Argument(help: "The file to import (.csv or .tsv, .md, .yaml or .yml).")
    var source: String

    @Option(name: .shortAndLong, help: "The document to write (default: the source's name with .json).")
    var output: String?

    @Option(name: .shortAndLong, help: "The source's format (default: from its ending).")
    var format: ImportFormat?

    @Flag(help: "List what each row would give and every problem; write nothing.")
    var check = false

    @Flag(help: "Import the good rows and leave out those with problems (they are listed).")
    var skipBadRows = false

    @Flag(help: "Replace the output document if it exists.")
    var force = false

    @Option(help: "The team, when the source has no team column (it wins over one).")
    var team: String?

    @Option(help: "The period, e.g. 2027-Q1, when the source has no period column (it wins over one).")
    var period: String?

    @Option(help: "Which column holds which field, for headers okr does not know: \"Goal=objective,KR=key_result,Notes=ignore\".")
    var columns: [String] = []

    var chosenFormat: ImportFormat? {
        format ?? ImportFormat.of(path: source)
    }

    /// The document's path: `--output`, or the source's with its ending changed to `.json`.
    var target: String {
        if let output { return output }
        guard let dot = source.lastIndex(of: "."), !source[dot...].contains("/") else { return source + ".json" }
        return source[..<dot] + ".json"
    }

    func validate() throws {
        if chosenFormat == nil {
            throw ValidationError("okr import reads \(ImportFormat.allCases.flatMap(\.endings).map { "." + $0 }.joined(separator: ", ")) files; name the format of \(TextSafety.clip(source, limit: 60)) with --format \(ImportFormat.allCases.map(\.rawValue).joined(separator: "|")).")
        }
        _ = try mappings()
        if chosenFormat?.hasRows == false {
            if !columns.isEmpty { throw ValidationError("--columns is for a spreadsheet's headers; a \(chosenFormat!.rawValue) source has none.") }
            if skipBadRows { throw ValidationError("--skip-bad-rows is for a spreadsheet's rows; fix the \(chosenFormat!.rawValue) source at the lines named instead.") }
        }
    }

    func mappings() throws -> [CSVColumns.Mapping] {
        var all: [CSVColumns.Mapping] = []
        for text in columns {
            do {
                all += try CSVColumns.mappings(text)
            } catch {
                throw ValidationError(error.message)
            }
        }
        return all
    }

    func run() throws {
        do {
            try perform()
        } catch let failure as ImportFailure {
            Console.error(failure.description)
            throw ExitCode(2)
        }
    }

    func perform() throws {
        let bytes: [UInt8]
        do {
            guard let read = try DocumentStore.bytes(at: source) else {
                throw ImportFailure("\(TextSafety.neutralise(source)): no such file; check the name")
            }
            bytes = read
        } catch let error as DocumentError {
            throw ImportFailure(error.description)
        }
        prepareForLargeWork()
        var outcome = try read(bytes)
        var missing: [ImportProblem] = []
        // A source that could not be read at all gave no document to miss a team in.
        let unread = outcome.document.objectives.isEmpty && !outcome.problems.isEmpty
        if outcome.document.team.isEmpty, !unread {
            missing.append(ImportProblem(message: "no team: the source has no team column, or it is empty; pass --team NAME"))
        }
        if outcome.document.period.isEmpty, !unread {
            missing.append(ImportProblem(message: "no period: the source has no period column, or it is empty; pass --period, e.g. --period 2027-Q1"))
        }
        outcome.problems = missing + outcome.problems
        // The coach reviews the document as it is completed, statement by statement.
        let (document, tally) = StatementReading.complete(outcome.document)
        let summary = Lint.summary(counts: tally.counts, kept: tally.kept, files: 1)
        // Rows can be left out; a problem with the whole file (its header, no team) cannot.
        let skipBadRows = skipBadRows
        func blocks(_ problem: ImportProblem) -> Bool { !skipBadRows || problem.line == nil || problem.line == 1 }
        // An import that is to write validates the document while the file is written (as it is
        // encoded) and flushed, and puts the file in place only if the document is valid.
        let writing = !check && !outcome.problems.contains(where: blocks)
        // --check validates while the rows' lines are written: neither needs the other.
        let listed = outcome
        let (issues, rows) = writing
            ? (try write(document, to: target), "")
            : ParallelChunks.both({ DocumentValidator.validate(document) }, { check ? listing(listed) : "" })
        // What a reader let through and a later load would refuse (an objective's id that a KPI has too):
        // refused now, not written to fail then; a place a reader already named is not named again.
        let named = Set(outcome.problems.compactMap(\.pointer))
        outcome.problems += issues.filter { !named.contains($0.pointer) }.map { issue in
            ImportProblem(message: "the document read would not be valid: \(issue.message) (at \(issue.pointer))", pointer: issue.pointer)
        }
        let blocking = outcome.problems.filter(blocks)
        let skipped = Set(outcome.problems.compactMap(\.line).filter { $0 > 1 })
        if check {
            Console.output(report(outcome, rows: rows, document: document, blocking: blocking, skipped: skipped, coach: summary))
            // Everything is written: exit here rather than free a large document one object at a time.
            processExit(blocking.isEmpty ? 0 : 2)
        }
        guard blocking.isEmpty else {
            Console.error(blocking.map(place).joined(separator: "\n"))
            let hint = chosenFormat!.hasRows && blocking.allSatisfy { ($0.line ?? 0) > 1 } ? ", or pass --skip-bad-rows to import the other rows" : ""
            throw ImportFailure("nothing was written: fix the \(blocking.count == 1 ? "problem" : "\(blocking.count) problems") above in \(TextSafety.neutralise(source))\(hint); --check lists what each \(noun) gives")
        }
        for problem in outcome.problems { Console.error(place(problem) + " (row left out)") }
        Console.output(done(document, skipped: skipped, coach: summary))
        processExit(0)
    }

    /// The source read by its format's reader.
    func read(_ bytes: [UInt8]) throws -> ImportOutcome {
        var outcome: ImportOutcome
        switch chosenFormat! {
        case .csv: return CSVImporter(mappings: try mappings(), team: team, period: period, listing: check).read(bytes)
        case .markdown: outcome = MarkdownImporter.read(String(decoding: bytes, as: UTF8.self))
        case .yaml: outcome = YAMLImporter.read(String(decoding: bytes, as: UTF8.self))
        }
        // As for a sheet, the flags win over what the source says.
        if let team { outcome.document.team = team }
        if let period { outcome.document.period = period }
        return outcome
    }

    /// The document, through the document store, under the output's lock, kept only if it is valid:
    /// refused over the source, and over an existing file without --force. The validation's issues.
    func write(_ document: Document, to target: String) throws(ImportFailure) -> [ValidationIssue] {
        let store = DocumentStore(path: target)
        if DocumentStore(path: source).isDocumentOrLock(target) {
            throw ImportFailure("\(TextSafety.neutralise(target)) is the file being imported; name another with --output")
        }
        do throws(DocumentError) {
            let lock = try store.lock()
            defer { lock.release() }
            if let notice = lock.notice { Console.error(notice) }
            if store.exists(), !force { throw DocumentError.exists(path: target) }
            return try store.save(document) { DocumentValidator.validate(document) }
        } catch {
            throw ImportFailure(error.description)
        }
    }

    /// `okrs.csv:5: column "Target": "eighty" is not a number…`, as compilers place a message.
    func place(_ problem: ImportProblem) -> String {
        let line = problem.line.map { ":\($0)" } ?? ""
        let column = problem.column.map { "column \"\($0)\": " } ?? ""
        return "\(source)\(line): \(column)\(problem.message)"
    }

    /// `--check`: the problems of the whole source, each row with what it gives or its problems
    /// (`rows`, from `listing`), then what an import would do.
    func report(_ outcome: ImportOutcome, rows: String, document: Document, blocking: [ImportProblem], skipped: Set<Int>, coach: String) -> String {
        var lines: [String] = []
        for problem in outcome.problems where problem.line == nil { lines.append("\(source): \(column(problem))\(problem.message)") }
        let objectives = document.objectives.count
        let keyResults = document.objectives.reduce(0) { $0 + $1.keyResults.count }
        let would = "\(objectives) objective\(objectives == 1 ? "" : "s") and \(keyResults) key result\(keyResults == 1 ? "" : "s")"
        var end: [String] = []
        if blocking.isEmpty {
            end.append("Would import \(would) into \(target)\(skipped.isEmpty ? "" : ", leaving out \(places(skipped))").")
            end.append("Coach: " + coach)
        } else {
            let rows = Set(blocking.compactMap(\.line).filter { $0 > 1 }).sorted()
            let which = rows.isEmpty ? "" : " (\(places(rows)))"
            let rest = chosenFormat!.hasRows
                ? " The good rows hold \(would)\(blocking.allSatisfy { ($0.line ?? 0) > 1 } ? "; --skip-bad-rows imports them" : "")."
                : " The rest holds \(would)."
            end.append("Would write nothing: \(blocking.count) problem\(blocking.count == 1 ? "" : "s")\(which).\(rest)")
        }
        func text(_ lines: [String]) -> String { lines.map { TextSafety.neutralise($0) + "\n" }.joined() }
        return text(lines) + rows + text(end)
    }

    /// Each row (line) with what it gives, then its problems, in order, one text line each: items
    /// come in row order and problems sorted by row, so the two are merged, and the lines written on
    /// all processors (80,000 rows grouped by row one at a time took 140 ms).
    func listing(_ outcome: ImportOutcome) -> String {
        enum Entry: Sendable {
            case item(ImportItem)
            case problem(ImportProblem)
        }
        // Stable: within a row, items and problems keep the order they were found in.
        let items = outcome.items.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        let problems = outcome.problems.enumerated().filter { $0.element.line != nil }
            .sorted { ($0.element.line!, $0.offset) < ($1.element.line!, $1.offset) }.map(\.element)
        var entries: [Entry] = []
        entries.reserveCapacity(items.count + problems.count)
        var i = 0, p = 0
        while i < items.count || p < problems.count {
            let line = min(i < items.count ? items[i].line : .max, p < problems.count ? problems[p].line! : .max)
            while i < items.count, items[i].line == line { entries.append(.item(items[i])); i += 1 }
            while p < problems.count, problems[p].line == line { entries.append(.problem(problems[p])); p += 1 }
        }
        let noun = noun, merged = entries
        let pieces = ParallelChunks.map(count: merged.count, minimumPerChunk: 4_000) { range in
            var text = ""
            for entry in merged[range] {
                switch entry {
                case .item(let item): text += TextSafety.neutralise("\(noun) \(item.line): \(item.summary)")
                case .problem(let problem):
                    let column = problem.column.map { "column \"\($0)\": " } ?? ""
                    text += TextSafety.neutralise("\(noun) \(problem.line!): problem: \(column)\(problem.message)")
                }
                text += "\n"
            }
            return text
        }
        return pieces.joined()
    }

    private func column(_ problem: ImportProblem) -> String {
        problem.column.map { "column \"\($0)\": " } ?? ""
    }

    /// A place in the source as its format numbers it: a sheet's row, a page's or file's line.
    var noun: String { chosenFormat!.hasRows ? "row" : "line" }

    /// `row 3` or `rows 3, 6, 8` (`line 3` in Markdown and YAML).
    func places(_ numbers: some Collection<Int>) -> String {
        noun + (numbers.count == 1 ? " " : "s ") + numbers.sorted().map(String.init).joined(separator: ", ")
    }

    /// What was written, what the coach makes of it, and where to go next.
    func done(_ document: Document, skipped: Set<Int>, coach: String) -> String {
        let objectives = document.objectives.count
        let keyResults = document.objectives.reduce(0) { $0 + $1.keyResults.count }
        let left = skipped.isEmpty ? "" : " (left out: \(places(skipped)))"
        let file = TextSafety.neutralise(target)
        return """
        Imported \(objectives) objective\(objectives == 1 ? "" : "s") and \(keyResults) key result\(keyResults == 1 ? "" : "s") into \(file)\(left).
        Coach: \(coach)
        Next: okr workshop \(file) to work on them with the coach, or okr lint \(file) for every finding.

        """
    }
}

/// A failed import: its message goes to standard error, the exit status is 2.
struct ImportFailure: Error, CustomStringConvertible, Sendable {
    let description: String
    init(_ description: String) { self.description = description }
}
