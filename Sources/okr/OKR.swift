import ArgumentParser
import OKRModel

/// The `okr` command: a workshop by default, plus subcommands for scripts and CI.
@main
struct OKR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okr",
        abstract: "Draft objectives and key results that change how people work, with a coach at your side.",
        discussion: """
        Run `okr` in a folder to start (or resume) a workshop in okrs.json there.
        During the period, `okr checkin` records where each key result stands and
        `okr status` shows where the OKRs stand; at its end, `okr retro` grades it and
        `okr next` plans the next one. Use `okr lint` in scripts and CI
        (files or whole folders), `okr map` for the view across teams,
        `okr export` to share the result, and `okr import` to bring OKRs in
        from a spreadsheet.
        """,
        version: Version.current,
        subcommands: [Workshop.self, CheckIn.self, StatusCommand.self, RetroCommand.self, Next.self, Lint.self, Map.self, Rules.self, Export.self, Import.self, Schema.self],
        defaultSubcommand: Workshop.self
    )

    /// ArgumentParser's own `main`, except that a rejected argument is quoted with its control
    /// characters made visible: `okr $'--\e[2J'` must not clear the screen while it is refused.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // `okr lnit bad.json` reads "lnit" as the workshop's document; name the command meant instead.
            let arguments = CommandLine.arguments.dropFirst()
            if code != .success, let first = arguments.first, !first.hasPrefix("-"), !first.hasSuffix(".json"),
               let meant = CommandSuggestion.nearest(to: first) {
                Console.error("'\(TextSafety.clip(first, limit: 40))' is not a command. Did you mean `okr \(meant)`? See `okr --help`.")
                exit(withError: ExitCode(64))
            }
            let message = fullMessage(for: error)
            if code == .success {
                // Help, version and completion scripts: okr's own text, as it is.
                if !message.isEmpty { Console.output(message + "\n") }
            } else if !message.isEmpty {
                Console.error(message, prefixed: false)
            }
            // The message is out; an ExitCode carries none, only the status.
            exit(withError: code)
        }
    }
}
