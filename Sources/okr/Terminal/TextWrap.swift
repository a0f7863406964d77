import LineEditing

/// Word-wraps text to the terminal's width, so no line runs past the edge
/// of a projector screen. Wide characters count two columns.
enum TextWrap {
    /// Wraps each line of `text` to `width` columns. Continuation lines start
    /// with `indent` and then line up under the line's text (see `hangingPrefix`).
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let limit = max(width, 10)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // A line that fits keeps its spacing (the aligned columns of /show).
            if DisplayText.width(String(paragraph)) <= limit {
                lines.append(String(paragraph))
                continue
            }
            let lead = hangingPrefix(of: paragraph, limit: limit)
            let continuation = indent + String(repeating: " ", count: DisplayText.width(lead))
            var line = lead
            var lineWidth = DisplayText.width(lead)
            var empty = true
            for piece in paragraph.dropFirst(lead.count).split(separator: " ") {
                var word = String(piece)
                var wordWidth = DisplayText.width(word)
                if !empty, lineWidth + 1 + wordWidth > limit {
                    lines.append(line)
                    (line, lineWidth, empty) = (continuation, DisplayText.width(continuation), true)
                }
                if !empty {
                    line += " "
                    lineWidth += 1
                }
                // A word longer than a whole line is cut where the line ends.
                while lineWidth + wordWidth > limit {
                    let head = prefix(of: word, columns: limit - lineWidth)
                    if head.isEmpty { break }
                    lines.append(line + head)
                    word.removeFirst(head.count)
                    wordWidth = DisplayText.width(word)
                    (line, lineWidth) = (continuation, DisplayText.width(continuation))
                }
                line += word
                lineWidth += wordWidth
                empty = false
            }
            lines.append(line)
        }
        return lines
    }

    /// What continuation lines align under: leading spaces, and for an aligned
    /// "label   text" line (as /show prints them) the label and its padding too.
    static func hangingPrefix(of line: Substring, limit: Int) -> String {
        let spaces = line.prefix { $0 == " " }
        let rest = line.dropFirst(spaces.count)
        if let gap = rest.firstRange(of: "  "), rest[rest.startIndex..<gap.lowerBound].allSatisfy({ $0 != " " }) {
            let end = rest[gap.lowerBound...].firstIndex { $0 != " " } ?? rest.endIndex
            let prefix = String(line[line.startIndex..<end])
            if DisplayText.width(prefix) <= limit / 2 { return prefix }
        }
        return String(spaces)
    }

    /// The longest start of `word` that fits in `columns`.
    private static func prefix(of word: String, columns: Int) -> String {
        var head = ""
        var used = 0
        for character in word {
            let width = DisplayText.width(String(character))
            if used + width > columns { break }
            head.append(character)
            used += width
        }
        return head
    }
}
