import ArgumentParser

/// The `okr` command: a workshop by default, plus subcommands for scripts and CI.
@main
struct OKR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okr",
        abstract: "Draft objectives and key results that change how people work, with a coach at your side.",
        discussion: """
        Run `okr` in a folder to start (or resume) a workshop in okrs.json there.
        Use `okr lint` in scripts and CI, and `okr export` to share the result.
        """,
        version: Version.current,
        subcommands: [Workshop.self, Lint.self, Rules.self, Export.self, Schema.self],
        defaultSubcommand: Workshop.self
    )
}
