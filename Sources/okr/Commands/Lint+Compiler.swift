import OKRCoach
import OKRModel

extension Lint {
    /// Where findings are, by line and column, in the texts the documents were read from, the files
    /// on all processors. `byFile[f]` holds the positions of
    /// `reviewed[f]`'s findings in order; `across[n][p]` that of place `p` of finding `n` across documents.
    struct Places {
        var byFile: [[TextPosition?]]
        var across: [[TextPosition?]]

        /// `texts[f]` is `reviewed[f]`'s text, made ready; findings across documents name only documents of the set.
        init(_ reviewed: [(file: String, findings: [Finding])], across: [SetFinding], texts: [PointerLocator.LocatableText]) {
            let index = Dictionary(reviewed.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { first, _ in first })
            var wanted = reviewed.map { $0.findings.map(\.path) }
            // Each place across documents: its file, and where its pointer sits in that file's list.
            var slots: [[(file: Int, slot: Int)?]] = []
            for finding in across {
                slots.append(finding.places.map { place in
                    guard let f = index[place.file] else { return nil }
                    wanted[f].append(place.path)
                    return (f, wanted[f].count - 1)
                })
            }
            let lists = wanted
            let found = Array(ParallelChunks.map(count: lists.count, minimumPerChunk: 4) { range in
                range.map { f in texts.indices.contains(f) ? texts[f].positions(of: lists[f]) : lists[f].map { _ in nil } }
            }.joined())
            byFile = reviewed.indices.map { f in Array(found[f].prefix(reviewed[f].findings.count)) }
            self.across = slots.map { places in places.map { $0.flatMap { found[$0.file][$0.slot] } } }
        }
    }

    /// `FILE:LINE:COL: severity: message [rule]` for each finding, the coach's question indented
    /// below it; across documents, a `note:` line for each other item the finding names. Written
    /// in chunks on all processors, as the other reports are.
    static func compilerPieces(_ reviewed: [(file: String, findings: [Finding])], across: [SetFinding], texts: [PointerLocator.LocatableText],
                               style: TextStyle) -> [[UInt8]] {
        let places = Places(reviewed, across: across, texts: texts)
        let files = reviewed.map { TextSafety.neutralise($0.file) }
        let words = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, severityWord($0, style)) })
        let items: [(file: Int, finding: Int)] = reviewed.indices.flatMap { f in reviewed[f].findings.indices.map { (f, $0) } }
        var pieces = ParallelChunks.map(count: items.count, minimumPerChunk: 2000) { range in
            var out: [UInt8] = []
            out.reserveCapacity(range.count * 260)
            for i in range {
                let (f, n) = items[i]
                let finding = reviewed[f].findings[n]
                appendLine(to: &out, file: files[f], at: places.byFile[f][n], severity: words[finding.severity]!, message: finding.message,
                           rule: finding.kept ? finding.rule + ", kept by the team" : finding.rule, question: finding.question, style: style)
            }
            return out
        }
        var out: [UInt8] = []
        for (n, finding) in across.enumerated() {
            for (p, place) in finding.places.enumerated() {
                let item = place.target == "document" ? place.team : place.team + " " + place.target
                appendLine(to: &out, file: TextSafety.neutralise(place.file), at: places.across[n][p],
                           severity: p == 0 ? words[finding.severity]! : style.dim("note"),
                           message: p == 0 ? finding.message : item + " is part of this", rule: finding.rule,
                           question: p == 0 ? finding.question : nil, style: style)
            }
        }
        pieces.append(out)
        return pieces
    }

    private static func appendLine(to out: inout [UInt8], file: String, at position: TextPosition?, severity: String, message: String,
                                   rule: String, question: String?, style: TextStyle) {
        let position = position ?? TextPosition(line: 1, column: 1)
        out.append(utf8: file)
        out.append(utf8: ":\(position.line):\(position.column): ")
        out.append(utf8: severity)
        out.append(utf8: ": ")
        out.append(utf8: neutralised(message))
        out.append(utf8: " [")
        out.append(utf8: rule)
        out.append(utf8: "]\n")
        if let question {
            out.append(utf8: "    ")
            out.append(utf8: style.dim("? " + neutralised(question)))
            out.append(utf8: "\n")
        }
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
