import ArgumentParser
import OKRExport
import OKRModel

/// `okr schema`: the JSON Schema of the document format, for editors and validators.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Named here, not derived from the type name: deriving it costs a runtime type lookup at every start.
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the okr document format."
    )

    @Flag(help: "Print the schema of `okr map --format json` instead.")
    var map = false

    func run() {
        Console.output((map ? MapJSON.schema : DocumentSchema.text) + "\n")
    }
}
