#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import OKRCoach
import OKRExport
import OKRModel

/// `okr lint`: the coach's review of one or more documents, for people in a
/// terminal and for scripts and CI. It reports; it never changes a document.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, not derived from the type name: deriving it costs a runtime type lookup at every start.
        commandName: "lint",
        abstract: "Review documents against the coaching rules.",
        discussion: """
        Exit status: 0 when no finding is an error (with --strict: no warnings either), \
        1 when some are, 2 when a file cannot be read or is not a valid document.
        """
    )

    /// How findings and rules are printed.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Argument(help: "The okr documents to review.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .text

    @Flag(help: "Fail on warnings too, not only on errors.")
    var strict = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    @Option(help: "A folder with edited copies of rules.txt and words.txt to use instead of the built-in ones.")
    var prompts: String?

    func run() throws {
        let coach: Coach
        do {
            coach = try Lint.coach(prompts: prompts)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        var reviewed: [(file: String, document: Document, findings: [Finding])] = []
        var unreadable = false
        for file in files {
            do {
                let document = try DocumentStore(path: file).load()
                reviewed.append((file, document, coach.review(document)))
            } catch {
                Console.error(error.description)
                unreadable = true
            }
        }
        var counts = [Int](repeating: 0, count: Severity.allCases.count)
        for finding in reviewed.lazy.flatMap(\.findings) {
            counts[Severity.allCases.firstIndex(of: finding.severity)!] += 1
        }
        switch format {
        case .json:
            Console.output(Lint.jsonBytes(reviewed.map { ($0.file, $0.findings) }, counts: counts))
        case .text:
            let style = TextStyle.forStream(1, noColor: noColor)
            let text = reviewed.map { Lint.text(file: $0.file, document: $0.document, findings: $0.findings, style: style) }.joined()
            Console.output(text + Lint.summary(counts: counts, files: reviewed.count) + "\n")
        }
        let failing = counts[2] > 0 || (strict && counts[1] > 0)
        // Everything is written: exit here rather than return, so the documents and findings are not
        // freed one object at a time just before the process ends (about 50 ms on a 40 MB document).
        processExit(unreadable ? 2 : failing ? 1 : 0)
    }

    /// The built-in coach, or one with a facilitator's `rules.txt` / `words.txt` from `folder` laid over it.
    static func coach(prompts folder: String?) throws -> Coach {
        guard let folder else { return Coach.builtin() }
        return try Coach.load(overrides: PromptFolder.read(folder))
    }

    /// DESIGN.md's contract: `{"findings":[{file, rule, severity, failureMode, target, path, message, question}], "summary":{errors, warnings, infos}}`.
    static func json(_ reviewed: [(file: String, findings: [Finding])], counts: [Int]) -> JSONValue {
        let findings: [JSONValue] = reviewed.flatMap { file, findings in
            findings.map { FindingJSON.encode($0, file: file) }
        }
        return .object([
            JSONMember("findings", .array(findings)),
            JSONMember("summary", .object([
                JSONMember("errors", .number(Double(counts[2]))),
                JSONMember("warnings", .number(Double(counts[1]))),
                JSONMember("infos", .number(Double(counts[0]))),
            ])),
        ])
    }

    /// `JSONWriter.prettyBytes(json(reviewed, counts:))`, byte for byte, with the findings
    /// written in chunks on all processors: a large report took a quarter of a second on one.
    static func jsonBytes(_ reviewed: [(file: String, findings: [Finding])], counts: [Int]) -> [UInt8] {
        // Each finding by its file's place and its own: numbers, so listing them copies no text.
        let items: [(file: Int, finding: Int)] = reviewed.indices.flatMap { f in reviewed[f].findings.indices.map { (f, $0) } }
        guard !items.isEmpty else { return JSONWriter.prettyBytes(json(reviewed, counts: counts)) }
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
                JSONWriter.appendPretty(FindingJSON.encode(findings[items[i].finding], file: file), indent: 2, to: &out)
                out.append(contentsOf: i == items.count - 1 ? "\n".utf8 : ",\n".utf8)
            }
            return out
        }
        var out: [UInt8] = []
        out.reserveCapacity(chunks.reduce(256) { $0 + $1.count })
        out.append(contentsOf: "{\n  \"findings\": [\n".utf8)
        for chunk in chunks { out.append(contentsOf: chunk) }
        out.append(contentsOf: "  ],\n  \"summary\": ".utf8)
        let summary = JSONValue.object([
            JSONMember("errors", .number(Double(counts[2]))),
            JSONMember("warnings", .number(Double(counts[1]))),
            JSONMember("infos", .number(Double(counts[0]))),
        ])
        JSONWriter.appendPretty(summary, indent: 1, to: &out)
        out.append(contentsOf: "\n}\n".utf8)
        return out
    }

    /// One file's findings grouped under the document and each objective, the question indented below each.
    static func text(file: String, document: Document, findings: [Finding], style: TextStyle) -> String {
        var out = style.bold(TextSafety.neutralise(file)) + "\n"
        guard !findings.isEmpty else { return out + "  " + style.green("no findings") + "\n" }
        var group: String?
        for finding in findings {
            let objectiveID = finding.target == "document" ? "document" : String(finding.target.prefix { $0 != "." })
            if objectiveID != group {
                group = objectiveID
                let title = document.objectives.first { $0.id == objectiveID }.map { " " + TextSafety.clip($0.title, limit: 60) } ?? ""
                out += "  " + style.bold(TextSafety.neutralise(objectiveID)) + title + "\n"
            }
            let marker = marker(finding.severity, style)
            let item = finding.target.contains(".") ? TextSafety.neutralise(finding.target) + " " : ""
            out += "    \(marker) \(item)\(style.bold(finding.rule)): \(TextSafety.neutralise(finding.message))\n"
            out += "            " + style.dim("? " + TextSafety.neutralise(finding.question)) + "\n"
        }
        return out
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

    static func summary(counts: [Int], files: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(counts[2], "error")), \(plural(counts[1], "warning")), \(plural(counts[0], "info")) in \(plural(files, "file"))"
    }
}

/// The C library's `exit`, which ArgumentParser's `exit(withError:)` hides inside a command.
private func processExit(_ status: Int32) -> Never {
    #if canImport(Glibc)
    Glibc.exit(status)
    #else
    Darwin.exit(status)
    #endif
}
