/// What Tab does with the candidates the caller offers, kept apart from
/// libedit so it can be tested on its own.
enum Completion {
    enum Outcome: Equatable {
        /// Nothing fits: beep.
        case noMatch
        /// Replace the last word (the text ends with a space: the word is complete); nothing left to choose.
        case replace(String)
        /// Still ambiguous: replace the last word if that gets further, then list.
        case list(replacement: String?, candidates: [String])
    }

    /// The word Tab works on: everything after the last whitespace.
    static func lastWord(of line: String) -> Substring {
        guard let space = line.lastIndex(where: \.isWhitespace) else { return line[...] }
        return line[line.index(after: space)...]
    }

    /// The longest prefix, in characters, that all candidates share.
    static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let shared = zip(prefix, candidate).prefix { $0 == $1 }.count
            prefix.removeLast(prefix.count - shared)
        }
        return String(prefix)
    }

    static func resolve(word: Substring, candidates: [String]) -> Outcome {
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0).inserted }
        guard let first = unique.first else { return .noMatch }
        // A whole word completed is followed by a space, as in a shell, ready for what comes next.
        if unique.count == 1 { return first == word ? .noMatch : .replace(first + " ") }
        let prefix = commonPrefix(unique)
        let extends = prefix.count > word.count && prefix.hasPrefix(word)
        return .list(replacement: extends ? prefix : nil, candidates: unique)
    }

    /// Candidates laid out in columns across `width`, one string per screen row.
    static func listing(_ candidates: [String], width: Int) -> [String] {
        let shown = candidates.map(DisplayText.neutralised)
        let cell = (shown.map(DisplayText.width).max() ?? 0) + 2
        let perRow = max(1, width / max(cell, 1))
        return stride(from: 0, to: shown.count, by: perRow).map { rowStart in
            let row = shown[rowStart..<min(rowStart + perRow, shown.count)]
            let padded = row.enumerated().map { index, text in
                index == row.count - 1 ? text : text + String(repeating: " ", count: cell - DisplayText.width(text))
            }
            return padded.joined()
        }
    }
}
