import ArgumentParser
import OKRModel

/// `okr export`: a document in a form to share, on stdout or atomically into a file.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a document as JSON.",
        discussion: "Output goes to standard output unless --output names a file; that file is replaced atomically."
    )

    @Argument(help: "The okr document to export.")
    var file: String

    @Option(name: .shortAndLong, help: "Output format.")
    var format: ExportFormat = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    func run() throws {
        do {
            let document = try DocumentStore(path: file).load()
            let text = format.render(document)
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
