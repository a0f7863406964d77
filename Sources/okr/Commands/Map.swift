import ArgumentParser
import LineEditing
import OKRCoach
import OKRExport
import OKRModel

/// `okr map`: the organisation view of a set of documents, for a terminal, a wiki (Mermaid),
/// Graphviz (DOT) or other tools (JSON).
struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Map teams, their objectives, alignments, shares and the numbers they move.",
        discussion: """
        Reads files and folders as `okr lint` does. Marks what the rules across documents find: \
        one-sided shares, alignments that point nowhere, numbers two teams pull in opposite \
        directions (red). Exit status 2 when a file cannot be read (the rest is still mapped).
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, mermaid, dot, json
    }

    @Argument(help: "The okr documents to map, or folders holding them.")
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    @Flag(help: "List the JSON files in folders that are not okr documents.")
    var verbose = false

    @Option(help: "A folder with edited copies of rules.txt and words.txt.")
    var prompts: String?

    func run() throws {
        let coach = try Lint.coachOrExit(prompts: prompts)
        let set = SetReader.read(paths, verbose: verbose)
        let map = OrganisationMap(set.documents, findings: set.documents.count > 1 ? coach.review(set: set.documents) : [])
        let text: String
        switch format {
        case .text:
            // Wrapped to the terminal, each long line continuing under its own text.
            let width = output == nil ? TerminalSize.columns() : 80
            text = MapText.render(map).split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { TextWrap.wrap(String($0), width: width - 1, indent: "   ") }.joined(separator: "\n")
        case .mermaid: text = MapMermaid.render(map)
        case .dot: text = MapDOT.render(map)
        case .json: text = JSONWriter.pretty(MapJSON.encode(map))
        }
        do {
            if let output {
                try DocumentStore.write(text, to: output, replacing: force)
            } else {
                Console.output(text)
            }
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        if !set.unreadable.isEmpty { throw ExitCode(2) }
    }
}
