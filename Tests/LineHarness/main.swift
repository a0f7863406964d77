// A small program over LineEditing for the end-to-end tests: it asks for
// lines until end of input and prints each result in a form a test can match
// exactly, whether it runs in a pseudo-terminal or behind a pipe.
//
//   okr-line-harness [--prompt TEXT] [--default TEXT] [--prefill TEXT] [--history PATH | --no-history]
//
// Output per line: `GOT <hex of the UTF-8 bytes> <text>`, `INTERRUPTED` or `EOF`.
// --prefill applies to the first question only; without --history the XDG path is used.
import LineEditing
#if canImport(Glibc)
import Glibc
#endif

let commands = ["/help", "/show", "/back", "/skip", "/quit", "/undo", "/edit"]

var prompt = "\u{1B}[1;36mokr\u{1B}[0m> "
var defaultValue: String?
var prefill: String?
var historyPath = LineHistory.defaultPath()

var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--prompt": prompt = arguments.next() ?? prompt
    case "--default": defaultValue = arguments.next()
    case "--prefill": prefill = arguments.next()
    case "--history": historyPath = arguments.next()
    case "--no-history": historyPath = nil
    default:
        let message = "okr-line-harness: unknown argument \(argument)\n"
        _ = write(2, message, message.utf8.count)
        exit(2)
    }
}

let input = LineInputFactory.make(LineInputOptions(
    programName: "okr",
    historyPath: historyPath,
    completer: { before in
        let word = before.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return commands.filter { $0.hasPrefix(word) }
    }
))

/// The text with control characters shown as `?`, so the output line stays one line.
func printable(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
}

var request = LineRequest(prompt: prompt, defaultValue: defaultValue, prefill: prefill)
loop: while true {
    let result = input.readLine(request)
    request.prefill = nil
    switch result {
    case .line(let text):
        let hex = text.utf8.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        print("GOT \(hex) \(printable(text))")
    case .interrupted:
        print("INTERRUPTED")
    case .endOfInput:
        print("EOF")
        break loop
    }
}
input.close()
exit(0)
