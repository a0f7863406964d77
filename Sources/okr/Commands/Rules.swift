import ArgumentParser
import OKRCoach
import OKRModel

/// `okr rules`: the coaching rules, so a team knows what the coach looks for and which ids it can accept.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, not derived from the type name: deriving it costs a runtime type lookup at every start.
        commandName: "rules",
        abstract: "List the coaching rules: id, severity, failure mode and what each looks for."
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .text

    @Flag(name: .customLong("no-color"), help: "Never colour the output.")
    var noColor = false

    @Option(help: "A folder with edited copies of rules.txt and words.txt to use instead of the built-in ones.")
    var prompts: String?

    func run() throws {
        let coach = try Lint.coachOrExit(prompts: prompts)
        let catalog = coach.catalog
        // Most severe first: what fails `okr lint` comes before what never does.
        let severities = Severity.allCases.reversed()
        switch format {
        case .json:
            let rules: [JSONValue] = catalog.map { rule in
                .object([
                    JSONMember("id", .string(rule.id)),
                    JSONMember("severity", .string(rule.severity.rawValue)),
                    JSONMember("failureMode", .number(Double(rule.failureMode))),
                    JSONMember("summary", .string(rule.summary)),
                    JSONMember("severityRationale", .string(rule.severityRationale)),
                ])
            }
            let meanings: [JSONValue] = severities.map { severity in
                .object([JSONMember("severity", .string(severity.rawValue)), JSONMember("meaning", .string(coach.meaning(of: severity)))])
            }
            let modes: [JSONValue] = (1...5).map { mode in
                .object([JSONMember("failureMode", .number(Double(mode))), JSONMember("name", .string(coach.name(ofFailureMode: mode)))])
            }
            Console.output(JSONWriter.pretty(.object([
                JSONMember("rules", .array(rules)), JSONMember("severities", .array(meanings)), JSONMember("failureModes", .array(modes)),
            ])))
        case .text:
            let style = TextStyle.forStream(1, noColor: noColor)
            let width = catalog.map(\.id.count).max() ?? 0
            let lines = catalog.map { rule in
                let id = rule.id + String(repeating: " ", count: width - rule.id.count)
                return "\(Lint.marker(rule.severity, style)) \(style.bold(id))  mode \(rule.failureMode)  \(rule.summary)"
            }
            let legend = severities.map { "\(Lint.marker($0, style)) \(coach.meaning(of: $0))" }
            let modes = (1...5).map { "mode \($0)  \(coach.name(ofFailureMode: $0))" }
            Console.output(lines.joined(separator: "\n") + "\n\n" + legend.joined(separator: "\n") + "\n\n" + modes.joined(separator: "\n") + "\n")
        }
    }
}
