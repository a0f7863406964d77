import OKRCoach
import OKRModel

extension Lint {
    /// Where each finding's item is in its file, line and column, read from the files as they are
    /// on disk: one pass per file for all its findings.
    static func positions(_ reviewed: [(file: String, findings: [Finding])], across: [SetFinding]) -> [String: [JSONPointer: TextPosition]] {
        var wanted: [String: [JSONPointer]] = [:]
        for (file, findings) in reviewed { wanted[file, default: []] += findings.map(\.path) }
        for finding in across {
            for place in finding.places { wanted[place.file, default: []].append(place.path) }
        }
        let files = Array(wanted.keys)
        let lists = files.map { wanted[$0]! }
        let found = ParallelChunks.map(count: files.count, minimumPerChunk: 4) { range in
            range.map { i in
                let bytes = (try? DocumentStore(path: files[i]).bytes()) ?? []
                return PointerLocator.positions(of: lists[i], in: bytes)
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(files, found.joined()))
    }

    /// `FILE:LINE:COL: severity: message [rule]` for each finding, the coach's question indented
    /// below it; across documents, a line for each other item the finding names (`note: … also`).
    static func compilerPieces(_ reviewed: [(file: String, findings: [Finding])], across: [SetFinding], style: TextStyle) -> [[UInt8]] {
        let positions = positions(reviewed, across: across)
        func location(_ file: String, _ path: JSONPointer) -> String {
            let position = positions[file]?[path] ?? TextPosition(line: 1, column: 1)
            return "\(TextSafety.neutralise(file)):\(position.line):\(position.column)"
        }
        func line(_ at: String, _ severity: String, _ message: String, _ rule: String, question: String?) -> String {
            var text = "\(at): \(severity): \(TextSafety.neutralise(message)) [\(rule)]\n"
            if let question { text += "    " + style.dim("? " + TextSafety.neutralise(question)) + "\n" }
            return text
        }
        var pieces: [[UInt8]] = []
        for (file, findings) in reviewed {
            var out = ""
            for finding in findings {
                let rule = finding.kept ? finding.rule + ", kept by the team" : finding.rule
                out += line(location(file, finding.path), severityWord(finding.severity, style), finding.message, rule, question: finding.question)
            }
            pieces.append(Array(out.utf8))
        }
        var out = ""
        for finding in across {
            guard let first = finding.places.first else { continue }
            out += line(location(first.file, first.path), severityWord(finding.severity, style), finding.message, finding.rule, question: finding.question)
            for place in finding.places.dropFirst() {
                let item = place.target == "document" ? TextSafety.neutralise(place.team) : "\(TextSafety.neutralise(place.team)) \(TextSafety.neutralise(place.target))"
                out += line(location(place.file, place.path), style.dim("note"), "\(item) is part of this", finding.rule, question: nil)
            }
        }
        pieces.append(Array(out.utf8))
        return pieces
    }

    /// The severity as compilers write it, coloured on a terminal.
    static func severityWord(_ severity: Severity, _ style: TextStyle) -> String {
        switch severity {
        case .error: return style.red("error")
        case .warning: return style.yellow("warning")
        case .info: return style.cyan("info")
        }
    }
}
